package org.osprey.io;

import java.io.IOException;
import java.math.BigInteger;

/**
 * The position {@code TextIOWrapper.tell()} returns: a byte offset where the decoder can start afresh
 * ({@code start_pos}, with the decoder flags there), and how to get from there to the character reached (feed
 * {@code bytes_to_feed} bytes, signal end of input if {@code need_eof}, skip {@code chars_to_skip} characters).
 *
 * <p>CPython packs these into one unbounded integer. Here the cookie is a {@code long}: CPython's own value
 * whenever only the offset is set (the usual case: the decoder at rest), and otherwise a negative number (which
 * CPython's never is) holding the fields in bits: bit 62 clear, then the offset in 40 bits, the flags in 3, the
 * end-of-input bit, and 9 bits each for the bytes to feed and the characters to skip.
 */
final class Cookie {
    private static final int SKIP_BITS = 9;
    private static final int FEED_BITS = 9;
    private static final int FLAG_BITS = 3;
    private static final int POS_BITS = 40;

    long startPos;
    int decFlags;
    int bytesToFeed;
    int charsToSkip;
    boolean needEof;

    Cookie(long startPos, int decFlags) {
        this.startPos = startPos;
        this.decFlags = decFlags;
    }

    /** Whether the offset alone says it: then the cookie is the offset, as in CPython. */
    private boolean plain() {
        return decFlags == 0 && bytesToFeed == 0 && charsToSkip == 0 && !needEof;
    }

    long pack() throws IOException {
        if (plain()) {
            return startPos;
        }
        if (startPos >= 1L << POS_BITS || decFlags >= 1 << FLAG_BITS || bytesToFeed >= 1 << FEED_BITS
                || charsToSkip >= 1 << SKIP_BITS) {
            throw new IOException("can't reconstruct logical file position: it does not fit in a long cookie");
        }
        long bits = startPos;
        bits = bits << FLAG_BITS | decFlags;
        bits = bits << 1 | (needEof ? 1 : 0);
        bits = bits << FEED_BITS | bytesToFeed;
        bits = bits << SKIP_BITS | charsToSkip;
        return Long.MIN_VALUE | bits;
    }

    /** Whether {@code cookie} can be one {@link #pack()} returned (else a negative number is just negative). */
    static boolean valid(long cookie) {
        return cookie >= 0 || (cookie & 1L << 62) == 0;
    }

    static Cookie unpack(long cookie) {
        if (cookie >= 0) {
            return new Cookie(cookie, 0);
        }
        long bits = cookie & Long.MAX_VALUE;
        int skip = (int) (bits & (1 << SKIP_BITS) - 1);
        bits >>>= SKIP_BITS;
        int feed = (int) (bits & (1 << FEED_BITS) - 1);
        bits >>>= FEED_BITS;
        boolean eof = (bits & 1) != 0;
        bits >>>= 1;
        Cookie c = new Cookie(bits >>> FLAG_BITS, (int) (bits & (1 << FLAG_BITS) - 1));
        c.bytesToFeed = feed;
        c.charsToSkip = skip;
        c.needEof = eof;
        return c;
    }

    /** The integer CPython's C {@code TextIOWrapper} would return for the same position (for comparing). */
    static BigInteger python(long cookie) {
        Cookie c = unpack(cookie);
        return BigInteger.valueOf(c.startPos).or(BigInteger.valueOf(c.decFlags).shiftLeft(64))
                .or(BigInteger.valueOf(c.bytesToFeed).shiftLeft(96)).or(BigInteger.valueOf(c.charsToSkip)
                        .shiftLeft(128))
                .or(BigInteger.valueOf(c.needEof ? 1 : 0).shiftLeft(160));
    }
}
