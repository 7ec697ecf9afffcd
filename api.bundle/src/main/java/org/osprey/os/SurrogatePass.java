package org.osprey.os;

import java.util.Arrays;

/**
 * Python's UTF-8 codec with the {@code surrogatepass} error handler, Windows' file system encoding (PEP 529): a
 * lone surrogate is written as the three bytes UTF-8 would give its code point, and those bytes read back as the
 * surrogate; anything else that is not UTF-8 fails, where and why CPython's decoder says.
 */
final class SurrogatePass {
    private static final String UTF_8 = "utf-8";

    private SurrogatePass() {
    }

    static byte[] encode(String s) {
        int n = s.length();
        byte[] out = new byte[n * 3]; // a UTF-16 unit never takes more than 3 UTF-8 bytes
        int len = 0;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i); // a lone surrogate is a code point of its own
            len = cp < 0x80 ? put(out, len, cp) : FsCodec.writeUtf8(out, len, cp);
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(out, len);
    }

    private static int put(byte[] out, int at, int ascii) {
        out[at] = (byte) ascii;
        return at + 1;
    }

    static String decode(byte[] b) {
        return FsCodec.decodeUtf8(b, 0, b.length, 0, SurrogatePass::passOrFail);
    }

    private static int passOrFail(byte[] b, int i, int end, StringBuilder out) {
        if (!isEncodedSurrogate(b, i, end)) {
            throw error(b, i);
        }
        out.append((char) FsCodec.codePoint(b, i, 3));
        return i + 3;
    }

    /** {@code ED A0..BF 80..BF}: the three bytes of a surrogate, which the handler passes through. */
    private static boolean isEncodedSurrogate(byte[] b, int i, int end) {
        return i + 3 <= end && (b[i] & 0xff) == 0xed && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80;
    }

    private static boolean isContinuation(int x) {
        return (x & 0xc0) == 0x80;
    }

    /** CPython's UTF-8 decoder's error for the invalid sequence at {@code i}: its range and reason. */
    private static UnicodeDecodeException error(byte[] b, int i) {
        int end = b.length;
        int b0 = b[i] & 0xff;
        int need = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
        if (need == 0) {
            return new UnicodeDecodeException(UTF_8, b, i, i + 1, "invalid start byte");
        }
        // the second byte has a narrower range after E0, ED, F0 and F4 (no overlong, surrogate or > U+10FFFF)
        int lo = b0 == 0xe0 ? 0xa0 : b0 == 0xf0 ? 0x90 : 0x80;
        int hi = b0 == 0xed ? 0x9f : b0 == 0xf4 ? 0x8f : 0xbf;
        for (int k = 1; k < need; k++) {
            if (i + k >= end) {
                return new UnicodeDecodeException(UTF_8, b, i, end, "unexpected end of data");
            }
            int x = b[i + k] & 0xff;
            if (!isContinuation(x) || (k == 1 && (x < lo || x > hi))) {
                return new UnicodeDecodeException(UTF_8, b, i, i + k, "invalid continuation byte");
            }
        }
        throw new IllegalStateException("a valid sequence reported invalid at " + i);
    }
}
