package org.osprey.filecmp.internal;

import java.util.Comparator;
import java.util.List;

/** Python's ordering and {@code repr()} of strings, which {@code dircmp} sorts and prints with. */
final class PyStrings {
    private PyStrings() {
    }

    /** Python compares strings by code point; {@link String#compareTo} by UTF-16 unit would differ above BMP. */
    static final Comparator<String> ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** {@code repr(list_of_str)}: {@code ['a', "b's"]}. */
    static String repr(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < names.size(); k++) {
            if (k > 0) {
                b.append(", ");
            }
            appendRepr(b, names.get(k));
        }
        return b.append(']').toString();
    }

    private static void appendRepr(StringBuilder b, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        b.append(quote);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (cp == quote) {
                        b.append('\\').append(quote);
                    } else if (isPrintable(cp)) {
                        b.appendCodePoint(cp);
                    } else {
                        appendEscape(b, cp);
                    }
                }
            }
        });
        b.append(quote);
    }

    private static void appendEscape(StringBuilder b, int cp) {
        if (cp < 0x100) {
            b.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
            b.append(String.format("\\u%04x", cp));
        } else {
            b.append(String.format("\\U%08x", cp));
        }
    }

    /** {@code str.isprintable()} of one code point: not a control, format, separator (but space) or unassigned. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
