package org.osprey.os;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntPredicate;

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
     * {@code repr(s)}: {@code 'a'}, {@code "it's"}, {@code 'tab\\there'}.
     *
     * @param s a string
     * @return its Python repr
     */
    public static String repr(String s) {
        return quoted(s, PyRepr::isPrintable);
    }

    /**
     * {@code repr(b)} of {@code bytes}: {@code b'a\\xff'}, {@code b"it's"}; only printable ASCII shows as itself.
     *
     * @param b bytes
     * @return their Python repr
     */
    public static String repr(byte[] b) {
        return "b" + quoted(new String(b, StandardCharsets.ISO_8859_1), c -> c >= ' ' && c < 0x7f);
    }

    private static String quoted(String s, IntPredicate isPrintable) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (isPrintable.test(cp)) {
                b.appendCodePoint(cp);
            } else if (cp < 0x100) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.append(quote).toString();
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

    /** Python's {@code str.isprintable()} for one code point. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
