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

    /** {@code filecmp} over {@link Os#get()}. */
    static Filecmp get() {
        return of(Os.get());
    }

    /** {@code filecmp} over the given {@code os}. */
    static Filecmp of(Os os) {
        return new FilecmpImpl(os);
    }

    /** {@code filecmp.cmp(f1, f2)}: {@link #cmp(String, String, boolean)} with {@code shallow=True}. */
    boolean cmp(String f1, String f2) throws IOException;

    /**
     * {@code filecmp.cmp(f1, f2, shallow)}: whether two files are the same. Only regular files (symlinks
     * followed) can be; with {@code shallow}, equal signatures (type, size, mtime) are enough, otherwise the
     * contents are compared. Content comparisons are cached by names and signatures (see {@link #clearCache}).
     *
     * @throws org.osprey.os.OsException when a file cannot be stat'ed or read
     */
    boolean cmp(String f1, String f2, boolean shallow) throws IOException;

    /** {@code filecmp.cmpfiles(a, b, common)}: with {@code shallow=True}. */
    CmpfilesResult cmpfiles(String a, String b, List<String> common);

    /**
     * {@code filecmp.cmpfiles(a, b, common, shallow)}: sorts the names of {@code common} by {@link #cmp} of
     * {@code a/name} and {@code b/name}; names that cannot be compared (an OS error, a NUL byte) go to
     * {@link CmpfilesResult#errors()}.
     */
    CmpfilesResult cmpfiles(String a, String b, List<String> common, boolean shallow);

    /** {@code filecmp.dircmp(a, b)}: Python's default {@code ignore}, {@code hide} and {@code shallow}. */
    Dircmp dircmp(String a, String b);

    /**
     * {@code filecmp.dircmp(a, b, ignore, hide, shallow=...)}: a comparison of two directories whose attributes
     * are computed when first asked for.
     */
    Dircmp dircmp(String a, String b, DircmpOptions options);

    /** {@code filecmp.clear_cache()}: forgets the cached content comparisons of this instance. */
    void clearCache();
}
