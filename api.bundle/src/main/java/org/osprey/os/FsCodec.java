package org.osprey.os;

import java.nio.charset.StandardCharsets;

/**
 * Python's {@code os.fsencode}/{@code os.fsdecode} on POSIX: UTF-8 with the {@code surrogateescape} error
 * handler, whatever the JVM's locale. Every byte string decodes to a Java string that encodes back to the
 * same bytes: a byte that is not part of valid UTF-8 becomes the lone surrogate {@code U+DC80 + (b - 0x80)}.
 */
public final class FsCodec {
    private FsCodec() {
    }

    /**
     * Decodes file-system bytes, escaping undecodable bytes as lone surrogates.
     *
     * @param bytes a file name as bytes
     * @return the name as a string
     */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * {@return the file name held in a slice of {@code bytes}} As {@link #decode(byte[])}.
     *
     * @param bytes a buffer holding a file name
     * @param offset where the name starts in {@code bytes}
     * @param length the name's length in bytes
     */
    public static String decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] < 0) {
                return decodeUtf8(bytes, offset, end, i, FsCodec::escape);
            }
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** surrogateescape: a byte that starts no UTF-8 sequence is the lone surrogate {@code U+DC80 + (b - 0x80)}. */
    private static int escape(byte[] b, int i, int end, StringBuilder out) {
        out.append((char) (0xdc00 | (b[i] & 0xff)));
        return i + 1;
    }

    /** What a UTF-8 decoder does at a byte that starts no valid sequence: an error handler. */
    interface Invalid {
        /** Appends what the bytes at {@code i} stand for and returns the index after them, or throws. */
        int at(byte[] b, int i, int end, StringBuilder out);
    }

    /** UTF-8 from {@code offset} to {@code end}, all ASCII before {@code firstNonAscii}. */
    static String decodeUtf8(byte[] b, int offset, int end, int firstNonAscii, Invalid invalid) {
        StringBuilder out = new StringBuilder(end - offset);
        for (int i = offset; i < firstNonAscii; i++) {
            out.append((char) b[i]);
        }
        int i = firstNonAscii;
        while (i < end) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n == 0) {
                i = invalid.at(b, i, end, out);
                continue;
            }
            out.appendCodePoint(codePoint(b, i, n));
            i += n;
        }
        return out.toString();
    }

    /** The code point of the valid {@code n}-byte UTF-8 sequence at {@code i}. */
    static int codePoint(byte[] b, int i, int n) {
        int cp = b[i] & (0xff >> (n + 1));
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3f);
        }
        return cp;
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0 if none starts there (RFC 3629 table). */
    static int sequenceLength(byte[] b, int i, int end) {
        int b0 = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            n = 2;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            n = 3;
            if (b0 == 0xe0) {
                lo = 0xa0; // overlong
            } else if (b0 == 0xed) {
                hi = 0x9f; // UTF-16 surrogates are not valid UTF-8
            }
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            n = 4;
            if (b0 == 0xf0) {
                lo = 0x90;
            } else if (b0 == 0xf4) {
                hi = 0x8f;
            }
        } else {
            return 0;
        }
        if (i + n > end) {
            return 0;
        }
        int b1 = b[i + 1] & 0xff;
        if (b1 < lo || b1 > hi) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        return n;
    }

    /**
     * Encodes a string to file-system bytes, turning escaped surrogates back into their bytes.
     *
     * @param s a file name
     * @return the name's bytes
     * @throws IllegalArgumentException if the string holds a lone surrogate that no byte escapes to
     *         (Python's {@code UnicodeEncodeError})
     */
    public static byte[] encode(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] out = new byte[n * 3]; // a UTF-16 unit never takes more than 3 UTF-8 bytes
        int len = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[len++] = (byte) c;
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                len = writeUtf8(out, len, Character.toCodePoint(c, s.charAt(i + 1)));
                i += 2;
            } else if (c >= 0xdc80 && c <= 0xdcff) {
                out[len++] = (byte) c;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnicodeEncodeException("utf-8", s, i, i + 1, "surrogates not allowed");
            } else {
                len = writeUtf8(out, len, c);
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, len);
    }

    /**
     * Writes one code point as UTF-8 at {@code at}; returns the index after it. A surrogate code point gets the
     * three bytes that {@code surrogatepass} writes for it.
     */
    static int writeUtf8(byte[] out, int at, int cp) {
        if (cp < 0x800) {
            out[at++] = (byte) (0xc0 | cp >> 6);
        } else if (cp < 0x10000) {
            out[at++] = (byte) (0xe0 | cp >> 12);
            out[at++] = (byte) (0x80 | (cp >> 6 & 0x3f));
        } else {
            out[at++] = (byte) (0xf0 | cp >> 18);
            out[at++] = (byte) (0x80 | (cp >> 12 & 0x3f));
            out[at++] = (byte) (0x80 | (cp >> 6 & 0x3f));
        }
        out[at++] = (byte) (0x80 | (cp & 0x3f));
        return at;
    }
}
