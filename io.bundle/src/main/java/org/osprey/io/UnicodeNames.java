package org.osprey.io;

import java.util.Locale;

/**
 * Python's {@code unicodedata.name()} as far as the JDK's Unicode data goes: the JDK gives characters without a
 * name of their own (ideographs, Hangul syllables, private use, surrogates) a block name and the number, which
 * Python does not, except for CJK unified ideographs and Hangul syllables, whose names Unicode derives by rule.
 */
final class UnicodeNames {
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xac00;
    private static final int HANGUL_COUNT = 11172;

    private UnicodeNames() {
    }

    /** The name, or null where Python has none. */
    static String name(int cp) {
        if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        String name = Character.getName(cp);
        if (name == null || Character.getType(cp) == Character.CONTROL) {
            return null; // Python's names for controls are aliases, which unicodedata.name() does not give
        }
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (!name.endsWith(" " + hex)) {
            return name;
        }
        return name.startsWith("CJK UNIFIED IDEOGRAPHS") ? "CJK UNIFIED IDEOGRAPH-" + hex : null;
    }
}
