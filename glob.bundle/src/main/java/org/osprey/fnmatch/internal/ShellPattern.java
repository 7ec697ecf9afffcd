package org.osprey.fnmatch.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a shell pattern into {@link Piece}s with CPython 3.13's rules: a {@code [} without a closing
 * {@code ]} is literal, {@code ]} right after {@code [} or {@code [!} is a member, ranges whose start is
 * above their end are dropped, {@code \} is an ordinary character.
 */
public final class ShellPattern {
    private final int[] pat;
    private final List<Piece> pieces = new ArrayList<>();

    private ShellPattern(String pattern) {
        this.pat = pattern.codePoints().toArray();
    }

    /** The pieces of {@code pattern}, consecutive stars folded into one. */
    public static List<Piece> parse(String pattern) {
        ShellPattern p = new ShellPattern(pattern);
        p.run();
        return List.copyOf(p.pieces);
    }

    private void run() {
        int n = pat.length;
        int i = 0;
        while (i < n) {
            int c = pat[i++];
            if (c == '*') {
                if (pieces.isEmpty() || !(pieces.get(pieces.size() - 1) instanceof Piece.Star)) {
                    pieces.add(Piece.STAR);
                }
            } else if (c == '?') {
                pieces.add(Piece.ANY);
            } else if (c == '[') {
                int end = closingBracket(i);
                if (end < 0) {
                    pieces.add(new Piece.Literal('['));
                } else {
                    pieces.add(bracket(i, end));
                    i = end + 1;
                }
            } else {
                pieces.add(new Piece.Literal(c));
            }
        }
    }

    /** The index of the {@code ]} that closes a bracket opened just before {@code start}, or -1. */
    private int closingBracket(int start) {
        int n = pat.length;
        int j = start;
        if (j < n && pat[j] == '!') {
            j++;
        }
        if (j < n && pat[j] == ']') {
            j++;
        }
        while (j < n && pat[j] != ']') {
            j++;
        }
        return j < n ? j : -1;
    }

    private Piece bracket(int start, int end) {
        String stuff = indexOf('-', start, end) < 0 ? text(start, end).replace("\\", "\\\\") : withRanges(start, end);
        stuff = escapeSetOperators(stuff);
        if (stuff.isEmpty()) {
            return new Piece.Bracket("(?!)", CharSet.NONE);
        }
        if (stuff.equals("!")) {
            return new Piece.Bracket(".", CharSet.ALL);
        }
        if (stuff.charAt(0) == '!') {
            stuff = "^" + stuff.substring(1);
        } else if (stuff.charAt(0) == '^' || stuff.charAt(0) == '[') {
            stuff = "\\" + stuff;
        }
        return new Piece.Bracket("[" + stuff + "]", CharSet.parseClass(stuff));
    }

    /** The class text of a bracket with hyphens: its ranges kept unescaped, every other hyphen escaped. */
    private String withRanges(int start, int end) {
        List<String> chunks = new ArrayList<>();
        int i = start;
        int k = pat[start] == '!' ? start + 2 : start + 1;
        while ((k = indexOf('-', k, end)) >= 0) {
            chunks.add(text(i, k));
            i = k + 1;
            k += 3;
        }
        String last = text(i, end);
        if (!last.isEmpty()) {
            chunks.add(last);
        } else {
            chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1) + "-");
        }
        // a range from a higher to a lower character matches nothing: drop it, keeping its outer characters
        for (int c = chunks.size() - 1; c > 0; c--) {
            String before = chunks.get(c - 1);
            String after = chunks.get(c);
            int hi = before.codePointBefore(before.length());
            int lo = after.codePointAt(0);
            if (hi > lo) {
                chunks.set(c - 1, before.substring(0, before.length() - Character.charCount(hi))
                        + after.substring(Character.charCount(lo)));
                chunks.remove(c);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String chunk : chunks) {
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(chunk.replace("\\", "\\\\").replace("-", "\\-"));
        }
        return sb.toString();
    }

    private static String escapeSetOperators(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '~' || c == '|') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private int indexOf(int cp, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pat[i] == cp) {
                return i;
            }
        }
        return -1;
    }

    private String text(int from, int to) {
        return new String(pat, from, to - from);
    }
}
