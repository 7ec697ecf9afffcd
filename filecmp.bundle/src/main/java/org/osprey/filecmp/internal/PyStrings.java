package org.osprey.filecmp.internal;

import java.util.Comparator;

/** Python's ordering of strings, which {@code dircmp} sorts with. */
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
}
