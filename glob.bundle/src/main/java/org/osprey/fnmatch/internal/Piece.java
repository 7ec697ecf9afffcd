package org.osprey.fnmatch.internal;

/**
 * One piece of a parsed shell pattern, as CPython's {@code fnmatch._translate} appends them: a run of
 * {@code *}, a {@code ?}, one literal code point or one bracket expression. Every piece but {@link Star}
 * consumes exactly one code point of a name.
 */
public sealed interface Piece {
    /** One or more consecutive {@code *}. */
    record Star() implements Piece {
    }

    /** {@code ?}. */
    record AnyChar() implements Piece {
    }

    /** A character that stands for itself. */
    record Literal(int codePoint) implements Piece {
    }

    /** {@code [...]}: {@code regex} is CPython's text for it, {@code set} what that text matches. */
    record Bracket(String regex, CharSet set) implements Piece {
    }

    Star STAR = new Star();
    AnyChar ANY = new AnyChar();
}
