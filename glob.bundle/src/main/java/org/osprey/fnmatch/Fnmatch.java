package org.osprey.fnmatch;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.osprey.fnmatch.internal.FnmatchImpl;
import org.osprey.os.Os;

/**
 * Python's {@code fnmatch} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 * <p>
 * Patterns follow CPython 3.13: {@code *} matches any run of characters ({@code /} included), {@code ?} any one
 * character, {@code [seq]} / {@code [!seq]} one character in / not in {@code seq} (ranges {@code a-z}; a range
 * whose start is above its end matches nothing), {@code \} is an ordinary character and a {@code [} without a
 * closing {@code ]} stands for itself. A character is a Unicode code point, as in a Python {@code str}, or a byte
 * where name and pattern are {@code bytes} ({@code translate} takes only {@code str}, as in Python). Compiled
 * patterns are cached (the last 32,768, like CPython's LRU cache). Matching never backtracks.
 */
public interface Fnmatch {
    /**
     * {@code fnmatch} over {@link Os#get()}.
     *
     * @return the {@code fnmatch} module
     */
    static Fnmatch get() {
        return of(Os.get());
    }

    /**
     * {@code fnmatch} over the given {@code os}.
     *
     * @param os the {@code os} whose {@code os.path.normcase} applies
     * @return the {@code fnmatch} module
     */
    static Fnmatch of(Os os) {
        return new FnmatchImpl(os);
    }

    /**
     * {@code fnmatch.fnmatch(name, pat)}: both {@code os.path.normcase}d first (the identity on POSIX).
     *
     * @param name a file name
     * @param pattern the shell-style pattern
     * @return whether it matches
     */
    boolean fnmatch(String name, String pattern);

    /**
     * {@code fnmatch.fnmatchcase(name, pat)}: case-sensitive, no normalisation.
     *
     * @param name a file name
     * @param pattern the shell-style pattern
     * @return whether it matches
     */
    boolean fnmatchcase(String name, String pattern);

    /**
     * {@code fnmatch.filter(names, pat)}: the names that match, in order, after {@code os.path.normcase}.
     *
     * @param names file names
     * @param pattern the shell-style pattern
     * @return the names that match
     */
    List<String> filter(Collection<String> names, String pattern);

    /**
     * {@code fnmatch.fnmatch(name, pat)} of {@code bytes}: both {@code os.path.normcase}d, then
     * {@link #fnmatchcase(byte[], byte[])}.
     *
     * @param name a file name
     * @param pattern the shell-style pattern
     * @return whether it matches
     */
    boolean fnmatch(byte[] name, byte[] pattern);

    /**
     * {@code fnmatch.fnmatchcase(name, pat)} of {@code bytes}: a character is a byte, as in CPython (which matches
     * the bytes as latin-1 text), so {@code ?} is one byte of a UTF-8 character and {@code [\x80-\xff]} a range
     * of bytes.
     *
     * @param name a file name
     * @param pattern the shell-style pattern
     * @return whether it matches
     */
    boolean fnmatchcase(byte[] name, byte[] pattern);

    /**
     * {@code fnmatch.filter(names, pat)} of {@code bytes}: the names that match (the same arrays), in order.
     *
     * @param names file names
     * @param pattern the shell-style pattern
     * @return the names that match
     */
    List<byte[]> filter(Collection<byte[]> names, byte[] pattern);

    /**
     * {@code fnmatch.translate(pat)}: the Python regular expression, exactly the text CPython 3.13 returns
     * (for Python's {@code re}; use {@link #compile} for a Java pattern).
     *
     * @param pattern the shell-style pattern
     * @return the regular expression's text
     */
    String translate(String pattern);

    /**
     * {@code re.compile(fnmatch.translate(pat))} as a {@link Pattern} with the same meaning (code points,
     * {@code DOTALL}, atomic groups, anchored at the end): {@code compile(pat).matcher(name).matches()} is
     * {@code fnmatchcase(name, pat)}.
     *
     * @param pattern the shell-style pattern
     * @return the compiled pattern
     */
    Pattern compile(String pattern);
}
