package org.osprey.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An {@link IncrementalDecoder} over a JDK charset: the JDK decoder leaves an incomplete sequence unread, and this
 * keeps it for the next piece, where Python's {@code getstate()} finds it. Errors go to the {@link ErrorHandler},
 * each covering the bytes CPython's decoder reports, where the JDK's differ: UTF-8's maximal subpart of an
 * ill-formed sequence (an encoded surrogate, {@code ED A0 80}, is one error for the JDK, three for CPython) and
 * UTF-16's lone high surrogate without the unit after it. (UTF-32 has a decoder of its own.)
 */
final class CharsetDecoding extends BufferedDecoding {
    private enum Utf {
        EIGHT, SIXTEEN, NONE
    }

    private final CharsetDecoder decoder;
    private final ErrorHandler handler;
    private final Utf utf;

    CharsetDecoding(Charset charset, ErrorHandler handler) {
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.handler = handler;
        this.utf = charset.equals(StandardCharsets.UTF_8) ? Utf.EIGHT
                : charset.name().startsWith("UTF-16") ? Utf.SIXTEEN : Utf.NONE;
    }

    @Override
    public String decode(byte[] input, boolean fin) throws CharacterCodingException {
        byte[] data = Bytes.concat(pending, input);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (data.length * (double) decoder.maxCharsPerByte()) + 16));
        StringBuilder text = new StringBuilder();
        try {
            while (true) {
                CoderResult r = decoder.decode(in, out, fin);
                if (r.isOverflow()) {
                    drain(out, text);
                    continue;
                }
                if (r.isUnderflow()) {
                    break;
                }
                int at = in.position();
                ErrorHandler.Replacement replacement = handler.decodeReplacement(data, at, errorLength(data, at, r), r);
                drain(out, text);
                text.append(replacement.text());
                in.position(at + replacement.consumed());
            }
            if (fin) {
                while (decoder.flush(out).isOverflow()) {
                    drain(out, text);
                }
                decoder.reset();
            }
        } catch (CharacterCodingException | RuntimeException e) {
            decoder.reset(); // as Python's: what was kept back stays kept back
            throw e;
        }
        drain(out, text);
        pending = in.hasRemaining() ? Arrays.copyOfRange(data, in.position(), data.length) : Bytes.EMPTY;
        return text.toString();
    }

    private static void drain(CharBuffer out, StringBuilder text) {
        out.flip();
        text.append(out);
        out.clear();
    }

    /** How many bytes CPython's decoder reports as one error where the JDK's reported {@code r}. */
    private int errorLength(byte[] data, int at, CoderResult r) {
        switch (utf) {
            case EIGHT:
                return utf8ErrorLength(data, at, data.length);
            case SIXTEEN:
                return r.length() == 4 ? 2 : r.length(); // a high surrogate, not what follows it
            default:
                return r.length();
        }
    }

    /** How many bytes CPython's UTF-8 decoder reports as one error at {@code i}: the maximal subpart (RFC 3629). */
    static int utf8ErrorLength(byte[] b, int i, int end) {
        int b0 = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            n = 2;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            n = 3;
            lo = b0 == 0xe0 ? 0xa0 : lo; // overlong
            hi = b0 == 0xed ? 0x9f : hi; // UTF-16 surrogates
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            n = 4;
            lo = b0 == 0xf0 ? 0x90 : lo;
            hi = b0 == 0xf4 ? 0x8f : hi;
        } else {
            return 1;
        }
        int k = 1;
        while (k < n && i + k < end) {
            int c = b[i + k] & 0xff;
            if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) {
                break;
            }
            k++;
        }
        return k;
    }

    @Override
    void resetCodec() {
        decoder.reset();
    }
}
