package org.osprey.fnmatch.internal;

import java.util.List;
import java.util.function.Function;

/** Python {@code re} text for parsed patterns: what {@code fnmatch.translate} and {@code glob.translate} return. */
public final class PyRegex {
    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    private PyRegex() {
    }

    /** {@code fnmatch.translate}: interior {@code *fixed} runs become atomic groups, so nothing backtracks. */
    static String translate(List<Piece> pieces) {
        return "(?s:" + body(pieces, p -> text(p, ".*", ".")) + ")\\Z";
    }

    /**
     * The regex of a whole pattern given each non-star piece's text: fixed pieces up to the first star, then
     * {@code (?>.*?fixed)} for each interior star and {@code .*fixed} (or {@code .*}) for the last one. Java's
     * {@link java.util.regex.Pattern} reads the same constructs, so both dialects share this shape.
     */
    static String body(List<Piece> pieces, Function<Piece, String> atom) {
        StringBuilder sb = new StringBuilder();
        int n = pieces.size();
        int i = 0;
        while (i < n && !(pieces.get(i) instanceof Piece.Star)) {
            sb.append(atom.apply(pieces.get(i++)));
        }
        while (i < n) {
            i++;
            if (i == n) {
                sb.append(".*");
                break;
            }
            StringBuilder fixed = new StringBuilder();
            while (i < n && !(pieces.get(i) instanceof Piece.Star)) {
                fixed.append(atom.apply(pieces.get(i++)));
            }
            if (i == n) {
                sb.append(".*").append(fixed);
            } else {
                sb.append("(?>.*?").append(fixed).append(')');
            }
        }
        return sb.toString();
    }

    /** One piece's text, with the caller's spelling of {@code *} and {@code ?}. */
    public static String text(Piece piece, String star, String any) {
        if (piece instanceof Piece.Star) {
            return star;
        }
        if (piece instanceof Piece.AnyChar) {
            return any;
        }
        if (piece instanceof Piece.Bracket b) {
            return b.regex();
        }
        return escape(((Piece.Literal) piece).codePoint());
    }

    /** {@code re.escape} of one character. */
    public static String escape(int cp) {
        String s = Character.toString(cp);
        return cp < 128 && SPECIAL.indexOf(cp) >= 0 ? "\\" + s : s;
    }
}
