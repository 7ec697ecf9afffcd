package org.osprey.filecmp;

import java.io.IOException;
import java.util.List;

import org.osprey.filecmp.internal.FilecmpImpl;
import org.osprey.os.Os;

/**
 * Python's {@code filecmp} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 *
 * <p>Python's module-level comparison cache belongs to the instance here: {@link #get()} and {@link #of} make a
 * fresh one, the DS component is the one shared instance of a framework. Keep the instance to keep its cache.
 */
public interface Filecmp {
    /** {@code filecmp.DEFAULT_IGNORES} (3.13): the names {@link #dircmp} ignores unless told otherwise. */
    List<String> DEFAULT_IGNORES = List.of("RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__");

    /**
     * {@code filecmp} over {@link Os#get()}.
     *
     * @return the {@code filecmp} module
     */
    static Filecmp get() {
        return of(Os.get());
    }

    /**
     * {@code filecmp} over the given {@code os}.
     *
     * @param os the {@code os} every call goes through
     * @return the {@code filecmp} module
     */
    static Filecmp of(Os os) {
        return new FilecmpImpl(os);
    }

    /**
     * {@code filecmp.cmp(f1, f2)}: {@link #cmp(String, String, boolean)} with {@code shallow=True}.
     *
     * @param f1 a file
     * @param f2 another file
     * @return whether they are the same
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    boolean cmp(String f1, String f2) throws IOException;

    /**
     * {@code filecmp.cmp(f1, f2, shallow)}: whether two files are the same. Only regular files (symlinks
     * followed) can be; with {@code shallow}, equal signatures (type, size, mtime) are enough, otherwise the
     * contents are compared. Content comparisons are cached by names and signatures (see {@link #clearCache}).
     *
     * @param f1 a file
     * @param f2 another file
     * @param shallow whether equal signatures are enough
     * @return whether they are the same
     * @throws org.osprey.os.OsException when a file cannot be stat'ed or read
     */
    boolean cmp(String f1, String f2, boolean shallow) throws IOException;

    /**
     * {@code filecmp.cmpfiles(a, b, common)}: with {@code shallow=True}.
     *
     * @param a a directory
     * @param b another directory
     * @param common names in both
     * @return the names that match, differ, and could not be compared
     */
    CmpfilesResult cmpfiles(String a, String b, List<String> common);

    /**
     * {@code filecmp.cmpfiles(a, b, common, shallow)}: sorts the names of {@code common} by {@link #cmp} of
     * {@code a/name} and {@code b/name}; names that cannot be compared (an OS error, a NUL byte) go to
     * {@link CmpfilesResult#errors()}.
     *
     * @param a a directory
     * @param b another directory
     * @param common names in both
     * @param shallow whether equal signatures are enough
     * @return the names that match, differ, and could not be compared
     */
    CmpfilesResult cmpfiles(String a, String b, List<String> common, boolean shallow);

    /**
     * {@code filecmp.dircmp(a, b)}: Python's default {@code ignore}, {@code hide} and {@code shallow}.
     *
     * @param a the left directory
     * @param b the right directory
     * @return the comparison
     */
    Dircmp dircmp(String a, String b);

    /**
     * {@code filecmp.dircmp(a, b, ignore, hide, shallow=...)}: a comparison of two directories whose attributes
     * are computed when first asked for.
     *
     * @param a the left directory
     * @param b the right directory
     * @param options {@code ignore}, {@code hide} and {@code shallow}
     * @return the comparison
     */
    Dircmp dircmp(String a, String b, DircmpOptions options);

    /** {@code filecmp.clear_cache()}: forgets the cached content comparisons of this instance. */
    void clearCache();
}
