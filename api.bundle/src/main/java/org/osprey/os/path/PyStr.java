package org.osprey.os.path;

import java.util.Locale;

/**
 * Python's {@code str} where it parts from {@link String}: Python orders strings by code point (Java by UTF-16
 * unit) and lowercases with its own rules. A lone surrogate is one code point in both, and passes through.
 */
final class PyStr {
    private PyStr() {
    }

    /** Python's {@code a < b}: code point order, which UTF-16 order breaks for characters above U+FFFF. */
    static int compare(String a, String b) {
        int i = commonPrefixLength(a, b);
        if (i == a.length() || i == b.length()) {
            return a.length() - b.length();
        }
        return Integer.compare(a.codePointAt(i), b.codePointAt(i));
    }

    /**
     * The length of the longest common prefix of {@code a} and {@code b} that does not end inside a code point:
     * a high surrogate followed by a low one is one character to Python.
     */
    static int commonPrefixLength(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))
                && (lowAt(a, i) || lowAt(b, i))) {
            i--;
        }
        return i;
    }

    private static boolean lowAt(String s, int i) {
        return i < s.length() && Character.isLowSurrogate(s.charAt(i));
    }

    /**
     * Python's {@code str.lower()}: full lowercase mapping ({@code 'İ'} becomes {@code "i̇"}) and the
     * Final_Sigma rule, decided as CPython decides it. Java's {@code toLowerCase(Locale.ROOT)} finds the end of a
     * word with a break iterator instead, which differs around separators and apostrophes.
     */
    static String lower(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 ? Character.toLowerCase(s.codePointAt(i)) != s.codePointAt(i) || c == 0x130
                    : c >= 'A' && c <= 'Z') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 1).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp == 0x130) {
                b.append("i\u0307");
            } else if (cp == 0x3A3) {
                b.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
            } else {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Python's {@code str.casefold()} as far as Java's case tables go: each code point upper-cased in full
     * ({@code 'ß'} to {@code "SS"}) and then lowered alone ({@code 'ς'} and {@code 'Σ'} both to {@code 'σ'}),
     * which is Unicode's full case folding for all but a few characters (such as {@code 'İ'}).
     */
    static String casefold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).codePoints()
                .forEach(upper -> b.appendCodePoint(Character.toLowerCase(upper))));
        return b.toString();
    }

    /** CPython's {@code handle_capital_sigma}: a cased letter before, none after, case-ignorables skipped. */
    private static boolean finalSigma(String s, int at) {
        int j = at;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            if (!caseIgnorable(c)) {
                break;
            }
            j -= Character.charCount(c);
        }
        if (j == 0 || !cased(c)) {
            return false;
        }
        j = at + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!caseIgnorable(c)) {
                return !cased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    /** Unicode's Cased property. */
    private static boolean cased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter, MidNumLet or Single_Quote. */
    private static boolean caseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                return false;
        }
    }
}
