package org.osprey.fnmatch.internal;

import java.util.List;

/**
 * A run of pieces between stars: each consumes exactly one code point, so a segment matches a fixed number
 * of code points. An all-literal segment is also kept as a string for {@code startsWith}/{@code indexOf}.
 */
final class Segment {
    private static final int LITERAL = 0;
    private static final int ANY = 1;
    private static final int SET = 2;

    private final int[] kinds;
    private final int[] codePoints;
    private final CharSet[] sets;
    private final String literal;
    /** Whether the literal could match half of a surrogate pair at its start or end. */
    private final boolean lonelySurrogateEdge;

    Segment(List<Piece> pieces) {
        int n = pieces.size();
        kinds = new int[n];
        codePoints = new int[n];
        sets = new CharSet[n];
        StringBuilder text = new StringBuilder();
        boolean allLiteral = true;
        for (int i = 0; i < n; i++) {
            Piece p = pieces.get(i);
            if (p instanceof Piece.Literal l) {
                kinds[i] = LITERAL;
                codePoints[i] = l.codePoint();
                text.appendCodePoint(l.codePoint());
            } else if (p instanceof Piece.AnyChar) {
                kinds[i] = ANY;
                allLiteral = false;
            } else {
                kinds[i] = SET;
                sets[i] = ((Piece.Bracket) p).set();
                allLiteral = false;
            }
        }
        literal = allLiteral ? text.toString() : null;
        lonelySurrogateEdge = literal != null && !literal.isEmpty()
                && (Character.isLowSurrogate(literal.charAt(0))
                || Character.isHighSurrogate(literal.charAt(literal.length() - 1)));
    }

    boolean isEmpty() {
        return kinds.length == 0;
    }

    /** Where a match that starts at {@code p} ends, or -1. {@code p} is on a code point boundary. */
    int matchAt(String s, int p) {
        if (literal != null) {
            return s.startsWith(literal, p) && fits(s, p, p + literal.length()) ? p + literal.length() : -1;
        }
        int len = s.length();
        for (int i = 0; i < kinds.length; i++) {
            if (p >= len) {
                return -1;
            }
            int cp = s.codePointAt(p);
            switch (kinds[i]) {
                case LITERAL -> {
                    if (cp != codePoints[i]) {
                        return -1;
                    }
                }
                case SET -> {
                    if (!sets[i].contains(cp)) {
                        return -1;
                    }
                }
                default -> {
                }
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    /** Where the leftmost match at or after {@code from} ends, or -1. */
    int find(String s, int from) {
        if (literal != null) {
            for (int at = s.indexOf(literal, from); at >= 0; at = s.indexOf(literal, at + 1)) {
                if (fits(s, at, at + literal.length())) {
                    return at + literal.length();
                }
            }
            return -1;
        }
        int len = s.length();
        for (int p = from; p < len; p += Character.charCount(s.codePointAt(p))) {
            int end = matchAt(s, p);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** Whether the segment matches the end of {@code s}, starting no earlier than {@code from}. */
    boolean matchesEnd(String s, int from) {
        int len = s.length();
        int start;
        if (literal != null) {
            start = len - literal.length();
        } else {
            start = len;
            for (int i = 0; i < kinds.length && start > from; i++) {
                start -= start >= 2 && Character.isSurrogatePair(s.charAt(start - 2), s.charAt(start - 1)) ? 2 : 1;
            }
        }
        return start >= from && matchAt(s, start) == len;
    }

    /** Whether {@code s[start, end)} splits no surrogate pair (only a lone surrogate in the pattern can). */
    private boolean fits(String s, int start, int end) {
        if (!lonelySurrogateEdge) {
            return true;
        }
        boolean splitsStart = start > 0 && Character.isSurrogatePair(s.charAt(start - 1), s.charAt(start));
        boolean splitsEnd = end < s.length() && end > 0
                && Character.isSurrogatePair(s.charAt(end - 1), s.charAt(end));
        return !splitsStart && !splitsEnd;
    }
}
