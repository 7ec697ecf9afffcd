package org.osprey.fnmatch.internal;

import java.util.Arrays;

/**
 * The code points that a regular-expression character class matches: ranges, possibly negated, read the way
 * Python's {@code re} reads the class text that {@code fnmatch.translate} writes.
 */
public final class CharSet {
    private final int[] ranges;
    private final boolean negated;
    private final long ascii0;
    private final long ascii1;

    private CharSet(int[] ranges, boolean negated) {
        this.ranges = ranges;
        this.negated = negated;
        long a0 = 0;
        long a1 = 0;
        for (int c = 0; c < 128; c++) {
            if (inRanges(c) != negated) {
                if (c < 64) {
                    a0 |= 1L << c;
                } else {
                    a1 |= 1L << (c - 64);
                }
            }
        }
        this.ascii0 = a0;
        this.ascii1 = a1;
    }

    /** Matches no character: CPython's {@code (?!)} for a bracket whose ranges are all empty. */
    static final CharSet NONE = new CharSet(new int[0], false);
    /** Matches every character: CPython's {@code .} for a negated empty bracket. */
    static final CharSet ALL = new CharSet(new int[0], true);

    /**
     * Reads the inside of a class, {@code ^} included, as {@code re} does: {@code \} makes the next character
     * literal, an unescaped {@code -} between two characters is a range, a {@code -} at the end is literal.
     */
    static CharSet parseClass(String content) {
        int[] cps = content.codePoints().toArray();
        int pos = 0;
        boolean negated = cps.length > 0 && cps[0] == '^';
        if (negated) {
            pos++;
        }
        int[] ranges = new int[2 * cps.length];
        int count = 0;
        while (pos < cps.length) {
            boolean escaped = cps[pos] == '\\' && pos + 1 < cps.length;
            int lo = escaped ? cps[pos + 1] : cps[pos];
            pos += escaped ? 2 : 1;
            int hi = lo;
            if (pos + 1 < cps.length && cps[pos] == '-') {
                boolean escapedHi = cps[pos + 1] == '\\' && pos + 2 < cps.length;
                hi = escapedHi ? cps[pos + 2] : cps[pos + 1];
                pos += escapedHi ? 3 : 2;
                if (hi < lo) {
                    throw new IllegalArgumentException("bad character range in [" + content + "]");
                }
            }
            ranges[count++] = lo;
            ranges[count++] = hi;
        }
        return new CharSet(Arrays.copyOf(ranges, count), negated);
    }

    boolean contains(int cp) {
        if (cp < 64) {
            return (ascii0 >>> cp & 1) != 0;
        }
        if (cp < 128) {
            return (ascii1 >>> (cp - 64) & 1) != 0;
        }
        return inRanges(cp) != negated;
    }

    private boolean inRanges(int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The same set in {@link java.util.regex.Pattern}'s syntax. */
    String javaRegex() {
        if (ranges.length == 0) {
            return negated ? "." : "(?!)";
        }
        StringBuilder sb = new StringBuilder("[");
        if (negated) {
            sb.append('^');
        }
        for (int i = 0; i < ranges.length; i += 2) {
            sb.append(JavaRegex.codePoint(ranges[i]));
            if (ranges[i + 1] != ranges[i]) {
                sb.append('-').append(JavaRegex.codePoint(ranges[i + 1]));
            }
        }
        return sb.append(']').toString();
    }
}
