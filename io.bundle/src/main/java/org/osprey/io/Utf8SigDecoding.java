package org.osprey.io;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CPython's {@code utf-8-sig} decoder: UTF-8 that skips a byte-order mark at the start of the stream. Until it
 * has seen three bytes (or fewer that cannot begin a mark) it keeps them back; its flags are Python's
 * {@code first}, 1 until then.
 */
final class Utf8SigDecoding implements IncrementalDecoder {
    static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private final CharsetDecoding utf8;
    private boolean first = true;
    private byte[] head = Bytes.EMPTY;

    Utf8SigDecoding(ErrorHandler handler) {
        this.utf8 = new CharsetDecoding(StandardCharsets.UTF_8, handler);
    }

    @Override
    public String decode(byte[] input, boolean fin) throws CharacterCodingException {
        if (!first) {
            return utf8.decode(input, fin);
        }
        byte[] data = Bytes.concat(head, input);
        if (data.length < BOM.length && Bytes.startsWith(BOM, data)) {
            head = data; // not enough to decide; as in CPython even at the end, where they are dropped
            return "";
        }
        first = false; // as in Python, decided even if decoding what follows fails
        byte[] kept = head;
        head = Bytes.EMPTY;
        try {
            return utf8.decode(Bytes.startsWith(data, BOM) ? Arrays.copyOfRange(data, BOM.length, data.length) : data,
                    fin);
        } catch (CharacterCodingException | RuntimeException e) {
            utf8.setstate(kept, 0); // what was kept back stays kept back, now for UTF-8
            throw e;
        }
    }

    @Override
    public byte[] buffered() {
        return first ? head.clone() : utf8.buffered();
    }

    @Override
    public int flags() {
        return first ? 1 : 0;
    }

    @Override
    public void setstate(byte[] buffered, int flags) {
        first = flags != 0;
        if (first) {
            head = buffered.clone();
            utf8.reset();
        } else {
            head = Bytes.EMPTY;
            utf8.setstate(buffered, 0);
        }
    }

    @Override
    public void reset() {
        first = true;
        head = Bytes.EMPTY;
        utf8.reset();
    }
}
