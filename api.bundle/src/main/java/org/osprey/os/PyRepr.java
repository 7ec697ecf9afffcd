package org.osprey.os;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * Python's {@code repr()} of a {@code str}, of a list of them and of {@code bytes}, which Python's messages use to
 * quote file names (a lone surrogate that surrogateescape left for an undecodable byte prints escaped, as in Python).
 */
public final class PyRepr {
    private PyRepr() {
    }

    static String osErrorMessage(int errno, String strerror, String filename, String filename2) {
        return withFilenames(new StringBuilder("[Errno ").append(errno).append("] ").append(strerror), filename,
                filename2);
    }

    /** CPython's {@code OSError.__str__} on Windows, for an error with a {@code winerror}. */
    static String winErrorMessage(int winerror, String strerror, String filename, String filename2) {
        return withFilenames(new StringBuilder("[WinError ").append(winerror).append("] ").append(strerror), filename,
                filename2);
    }

    private static String withFilenames(StringBuilder b, String filename, String filename2) {
        if (filename != null) {
            b.append(": ").append(repr(filename));
            if (filename2 != null) {
                b.append(" -> ").append(repr(filename2));
            }
        }
        return b.toString();
    }

    /**
     * {@code repr(s)}: {@code 'a'}, {@code "it's"}, {@code 'tab\\there'}; what CPython 3.13's
     * {@code str.isprintable()} rejects is escaped (its Unicode, not the JDK's).
     *
     * @param s a string
     * @return its Python repr
     */
    public static String repr(String s) {
        return quoted(s, false);
    }

    /**
     * {@code ascii(s)}: {@link #repr(String)} with every non-ASCII code point escaped too.
     *
     * @param s a string
     * @return its Python ascii()
     */
    public static String ascii(String s) {
        return quoted(s, true);
    }

    /**
     * {@code repr(b)} of {@code bytes}: {@code b'a\\xff'}, {@code b"it's"}; only printable ASCII shows as itself.
     *
     * @param b bytes
     * @return their Python repr
     */
    public static String repr(byte[] b) {
        return "b" + quoted(new String(b, StandardCharsets.ISO_8859_1), true);
    }

    private static String quoted(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (asciiOnly ? cp >= ' ' && cp < 0x7f : Printable.test(cp)) {
                b.appendCodePoint(cp);
            } else {
                escape(b, cp);
            }
        }
        return b.append(quote).toString();
    }

    private static void escape(StringBuilder b, int cp) {
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        b.append(digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
        String hex = Integer.toHexString(cp);
        for (int pad = digits - hex.length(); pad > 0; pad--) {
            b.append('0');
        }
        b.append(hex);
    }

    /**
     * {@code repr(list_of_str)}: {@code ['a', "b's"]}.
     *
     * @param items strings
     * @return the Python repr of the list
     */
    public static String repr(List<String> items) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String s : items) {
            j.add(repr(s));
        }
        return j.toString();
    }
}
