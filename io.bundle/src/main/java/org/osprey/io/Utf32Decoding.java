package org.osprey.io;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * CPython's {@code utf-32-le} and {@code utf-32-be} decoders. The JDK's are not used: they drop a U+FEFF at the
 * start of their input and decode surrogate code units, where CPython keeps the one and rejects the others.
 */
final class Utf32Decoding extends BufferedDecoding {
    private final boolean bigEndian;
    private final ErrorHandler handler;

    Utf32Decoding(boolean bigEndian, ErrorHandler handler) {
        this.bigEndian = bigEndian;
        this.handler = handler;
    }

    @Override
    public String decode(byte[] input, boolean fin) throws CharacterCodingException {
        byte[] data = Bytes.concat(pending, input);
        StringBuilder text = new StringBuilder(data.length / 4);
        int i = 0;
        while (i + 4 <= data.length || fin && i < data.length) {
            int length = Math.min(4, data.length - i); // less than a unit at the end: truncated data
            int unit = length < 4 ? -1 : bigEndian
                    ? (data[i] & 0xff) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff
                    : (data[i + 3] & 0xff) << 24 | (data[i + 2] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | data[i] & 0xff;
            if (unit >= 0 && unit <= Character.MAX_CODE_POINT && (unit < 0xd800 || unit > 0xdfff)) {
                text.appendCodePoint(unit);
                i += 4;
            } else {
                ErrorHandler.Replacement r = handler.decodeReplacement(data, i, length,
                        CoderResult.malformedForLength(length));
                text.append(r.text());
                i += r.consumed();
            }
        }
        pending = Arrays.copyOfRange(data, i, data.length);
        return text.toString();
    }
}
