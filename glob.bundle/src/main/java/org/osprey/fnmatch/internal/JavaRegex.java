package org.osprey.fnmatch.internal;

import java.util.List;
import java.util.regex.Pattern;

/** The {@link Pattern} equivalent of {@code re.compile(fnmatch.translate(pat))}. */
final class JavaRegex {
    private JavaRegex() {
    }

    static Pattern compile(List<Piece> pieces) {
        return Pattern.compile("(?s:" + PyRegex.body(pieces, JavaRegex::text) + ")\\z");
    }

    private static String text(Piece piece) {
        if (piece instanceof Piece.AnyChar) {
            return ".";
        }
        if (piece instanceof Piece.Bracket b) {
            return b.set().javaRegex();
        }
        return codePoint(((Piece.Literal) piece).codePoint());
    }

    static String codePoint(int cp) {
        boolean plain = cp < 128 && Character.isLetterOrDigit(cp);
        return plain ? Character.toString(cp) : "\\x{" + Integer.toHexString(cp) + "}";
    }
}
