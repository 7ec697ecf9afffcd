package org.osprey.glob;

import java.io.IOException;
import java.util.List;

import org.osprey.glob.internal.GlobImpl;
import org.osprey.os.Os;

/**
 * Python's {@code glob} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 * <p>
 * As in CPython 3.13: wildcards are {@code fnmatch}'s; a name that starts with {@code .} is matched only by a
 * pattern segment that starts with {@code .} unless {@code includeHidden}; with {@code recursive}, a {@code **}
 * segment matches zero or more directories (and, last, the files in them); symlinks are followed and broken
 * ones are listed; a trailing separator selects directories; errors while reading the file system are ignored
 * (an unreadable directory has no matches). A NUL character in the pattern or root directory is an
 * {@link IllegalArgumentException} before anything is read (CPython would return nothing or raise
 * {@code ValueError}, depending on where the NUL is).
 */
public interface Glob {
    /**
     * {@code glob} over {@link Os#get()}.
     *
     * @return the {@code glob} module
     */
    static Glob get() {
        return of(Os.get());
    }

    /**
     * {@code glob} over the given {@code os}.
     *
     * @param os the {@code os} every call goes through
     * @return the {@code glob} module
     */
    static Glob of(Os os) {
        return new GlobImpl(os);
    }

    /**
     * {@code glob.glob(pathname, root_dir=..., dir_fd=..., recursive=..., include_hidden=...)}.
     *
     * @param pathname the pattern
     * @param options {@code root_dir}, {@code dir_fd}, {@code recursive}, {@code include_hidden}
     * @return the matching paths
     * @throws IOException if a directory cannot be read where Python would raise: an {@link org.osprey.os.OsException}
     */
    List<String> glob(String pathname, GlobOptions options) throws IOException;

    /**
     * {@code glob.glob(pathname)}.
     *
     * @param pathname the pattern
     * @return the matching paths
     * @throws IOException if a directory cannot be read where Python would raise: an {@link org.osprey.os.OsException}
     */
    List<String> glob(String pathname) throws IOException;

    /**
     * {@code glob.iglob(pathname, ...)}: the same matches, lazily; close the iterator.
     *
     * @param pathname the pattern
     * @param options {@code root_dir}, {@code dir_fd}, {@code recursive}, {@code include_hidden}
     * @return the matching paths
     */
    GlobIterator iglob(String pathname, GlobOptions options);

    /**
     * {@code glob.escape(pathname)}: {@code *}, {@code ?} and {@code [} made literal ({@code [*]}); the drive kept.
     *
     * @param pathname a path
     * @return the path as a pattern matching only itself
     */
    String escape(String pathname);

    /**
     * {@code glob.has_magic(s)}: whether {@code s} contains {@code *}, {@code ?} or {@code [}.
     *
     * @param s a string
     * @return whether it has wildcards
     */
    boolean hasMagic(String s);

    /**
     * {@code glob.glob(pathname, ...)} with a {@code bytes} pattern: the matches as bytes, a name that is not
     * UTF-8 exactly as the directory holds it. Wildcards match bytes ({@code ?} is one byte), as in Python; give
     * a {@code bytes} root directory with {@link GlobOptions#withRootDir(byte[])}.
     *
     * @param pathname the pattern
     * @param options {@code root_dir}, {@code dir_fd}, {@code recursive}, {@code include_hidden}
     * @return the matching paths
     * @throws IOException if a directory cannot be read where Python would raise: an {@link org.osprey.os.OsException}
     */
    List<byte[]> glob(byte[] pathname, GlobOptions options) throws IOException;

    /**
     * {@code glob.glob(pathname)} with a {@code bytes} pattern.
     *
     * @param pathname the pattern
     * @return the matching paths
     * @throws IOException if a directory cannot be read where Python would raise: an {@link org.osprey.os.OsException}
     */
    List<byte[]> glob(byte[] pathname) throws IOException;

    /**
     * {@code glob.iglob(pathname, ...)} with a {@code bytes} pattern: lazily; close the iterator.
     *
     * @param pathname the pattern
     * @param options {@code root_dir}, {@code dir_fd}, {@code recursive}, {@code include_hidden}
     * @return the matching paths
     */
    GlobBytesIterator iglob(byte[] pathname, GlobOptions options);

    /**
     * {@code glob.escape(pathname)} of {@code bytes}.
     *
     * @param pathname a path
     * @return the path as a pattern matching only itself
     */
    byte[] escape(byte[] pathname);

    /**
     * {@code glob.has_magic(s)} of {@code bytes}.
     *
     * @param s bytes
     * @return whether they have wildcards
     */
    boolean hasMagic(byte[] s);

    /**
     * {@code glob.translate(pat, recursive=..., include_hidden=..., seps=...)} (3.13): Python {@code re} text.
     *
     * @param pattern the pattern
     * @param options {@code recursive}, {@code include_hidden} and {@code seps}
     * @return the regular expression's text
     */
    String translate(String pattern, TranslateOptions options);
}
