package org.osprey.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An {@link IncrementalEncoder} over a JDK charset. Each write is encoded whole, as CPython's encoders do: a lone
 * surrogate, at its end too, is an error for the {@link ErrorHandler}, whose replacement text is encoded in its
 * place (if that fails as well, the original error is thrown, as in Python).
 */
final class CharsetEncoding implements IncrementalEncoder {
    private final CharsetEncoder encoder;
    private final ErrorHandler handler;
    private final int unit; // bytes per code unit: CPython's UTF-16 and UTF-32 encoders take raw bytes in whole units
    /** UTF-8 encodes every character but a surrogate, whose handling is the error handler's. */
    private final boolean utf8;

    CharsetEncoding(Charset charset, ErrorHandler handler) {
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.handler = handler;
        String name = charset.name();
        this.unit = name.startsWith("UTF-16") ? 2 : name.startsWith("UTF-32") ? 4 : 1;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public byte[] encode(String text) throws CharacterCodingException {
        if (utf8 && !hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8); // nothing to refuse: the JDK's exact-size fast path
        }
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (text.length() * (double) encoder.maxBytesPerChar()) + 16));
        while (true) {
            CoderResult r = encoder.encode(in, out, false);
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            if (r.isUnderflow()) {
                if (!in.hasRemaining()) {
                    break;
                }
                r = CoderResult.malformedForLength(in.remaining()); // a high surrogate that nothing follows
            }
            String bad = in.subSequence(0, r.length()).toString();
            if (handler.writesBytes()) {
                byte[] raw = handler.encodeBytes(bad, r);
                if (raw.length % unit != 0) {
                    r.throwException(); // "surrogates not allowed"
                }
                out = put(out, raw);
            } else {
                out = encodeReplacement(handler.encodeText(bad, r), out, r);
            }
            in.position(in.position() + r.length());
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private ByteBuffer encodeReplacement(String replacement, ByteBuffer out, CoderResult original)
            throws CharacterCodingException {
        CharBuffer rep = CharBuffer.wrap(replacement);
        while (true) {
            CoderResult r = encoder.encode(rep, out, false);
            if (r.isOverflow()) {
                out = grow(out);
            } else if (r.isUnderflow() && !rep.hasRemaining()) {
                return out;
            } else {
                original.throwException();
            }
        }
    }

    private static ByteBuffer grow(ByteBuffer out) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(16, out.capacity() * 2));
        out.flip();
        return bigger.put(out);
    }

    private static ByteBuffer put(ByteBuffer out, byte[] bytes) {
        while (out.remaining() < bytes.length) {
            out = grow(out);
        }
        return out.put(bytes);
    }

    @Override
    public void reset() {
        encoder.reset();
    }

    @Override
    public void pastStart() {
        // only the byte-order-mark codecs know a start
    }
}
