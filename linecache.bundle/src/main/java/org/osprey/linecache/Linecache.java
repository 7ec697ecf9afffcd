package org.osprey.linecache;

import java.util.List;

import org.osprey.linecache.internal.LinecacheImpl;
import org.osprey.os.Os;

/**
 * Python's {@code linecache} module over the {@link Os} API: the lines of source files, read once and cached.
 * {@link #get()} serves the running platform's {@code os}; in an OSGi framework the same type is also a
 * Declarative Services component bound to the highest-ranked {@code Os} service.
 *
 * <p>Python's module-level cache belongs to the instance here: {@link #get()} and {@link #of} make a fresh one,
 * the DS component is the one shared instance of a framework. Files are decoded as Python's
 * {@code tokenize.open} does: UTF-8 unless a UTF-8 BOM or a PEP 263 coding cookie on one of the first two lines
 * says otherwise, with universal newlines. Python's {@code sys.path} and {@code module_globals} are
 * {@link LinecacheOptions#path()} and {@link LinecacheOptions#loader()}.
 */
public interface Linecache {
    /**
     * {@code linecache} over {@link Os#get()}.
     *
     * @return the {@code linecache} module
     */
    static Linecache get() {
        return of(Os.get());
    }

    /**
     * {@code linecache} over the given {@code os}.
     *
     * @param os the {@code os} every call goes through
     * @return the {@code linecache} module
     */
    static Linecache of(Os os) {
        return new LinecacheImpl(os);
    }

    /**
     * {@code linecache.getline(filename, lineno)}: with {@link LinecacheOptions#DEFAULT}.
     *
     * @param filename the file's name
     * @param lineno the line number, from 1
     * @return the line, or {@code ""}
     */
    String getline(String filename, int lineno);

    /**
     * {@code linecache.getline(filename, lineno, module_globals)}: line {@code lineno} (from 1) with its
     * {@code "\n"}, or {@code ""} when the file or the line cannot be had. Never throws for a file problem.
     *
     * @param filename the file's name
     * @param lineno the line number, from 1
     * @param options the search path and the loader
     * @return the line, or {@code ""}
     */
    String getline(String filename, int lineno, LinecacheOptions options);

    /**
     * {@code linecache.getlines(filename)}: with {@link LinecacheOptions#DEFAULT}.
     *
     * @param filename the file's name
     * @return the lines
     */
    List<String> getlines(String filename);

    /**
     * {@code linecache.getlines(filename, module_globals)}: the cached lines of {@code filename}, read (see
     * {@link #updatecache(String, LinecacheOptions)}) when not cached yet; empty when they cannot be had.
     *
     * @param filename the file's name
     * @param options the search path and the loader
     * @return the lines
     */
    List<String> getlines(String filename, LinecacheOptions options);

    /** {@code linecache.clearcache()}. */
    void clearcache();

    /** {@code linecache.checkcache()}: drops every entry whose file vanished or changed size or mtime. */
    void checkcache();

    /**
     * {@code linecache.checkcache(filename)}: drops the entry of {@code filename} if its file vanished or changed
     * size or mtime (compared to the nanosecond). Entries that came from a loader are kept.
     *
     * @param filename the file's name
     */
    void checkcache(String filename);

    /**
     * {@code linecache.updatecache(filename)}: with {@link LinecacheOptions#DEFAULT}.
     *
     * @param filename the file's name
     * @return the lines
     */
    List<String> updatecache(String filename);

    /**
     * {@code linecache.updatecache(filename, module_globals)}: (re)reads {@code filename} into the cache and
     * returns its lines. A name that cannot be stat'ed is asked of the options' loader, then, if relative,
     * looked for in each directory of the options' path. Empty names and {@code <...>} names are never read.
     *
     * @param filename the file's name
     * @param options the search path and the loader
     * @return the lines
     */
    List<String> updatecache(String filename, LinecacheOptions options);

    /**
     * {@code linecache.lazycache(filename, module_globals)}: registers {@code loader} to supply the source of
     * {@code filename} when its lines are first asked for. Returns whether a lazy entry is (now) registered:
     * false when {@code filename} is already cached from a file, is empty or {@code <...>}, or loader is null.
     *
     * @param filename the file's name
     * @param loader supplies the source, or null
     * @return whether a lazy entry is registered
     */
    boolean lazycache(String filename, SourceLoader loader);
}
