package org.osprey.io;

import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * CPython's {@code utf-8-sig}, {@code utf-16} and {@code utf-32} encoders: a byte-order mark first (the UTF-16
 * and UTF-32 ones in the machine's own order, as CPython writes them), then the text, until {@link #reset()} puts
 * the encoder back at the start of the stream.
 */
final class BomEncoding implements IncrementalEncoder {
    static final byte[] UTF_16LE_BOM = {(byte) 0xff, (byte) 0xfe};
    static final byte[] UTF_16BE_BOM = {(byte) 0xfe, (byte) 0xff};
    static final byte[] UTF_32LE_BOM = {(byte) 0xff, (byte) 0xfe, 0, 0};
    static final byte[] UTF_32BE_BOM = {0, 0, (byte) 0xfe, (byte) 0xff};
    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private final byte[] bom;
    private final CharsetEncoding encoder;
    private boolean atStart = true;

    private BomEncoding(byte[] bom, Charset charset, ErrorHandler handler) {
        this.bom = bom;
        this.encoder = new CharsetEncoding(charset, handler);
    }

    static BomEncoding utf8Sig(ErrorHandler handler) {
        return new BomEncoding(Utf8SigDecoding.BOM, StandardCharsets.UTF_8, handler);
    }

    static BomEncoding utf16(ErrorHandler handler) {
        return LITTLE ? new BomEncoding(UTF_16LE_BOM, StandardCharsets.UTF_16LE, handler)
                : new BomEncoding(UTF_16BE_BOM, StandardCharsets.UTF_16BE, handler);
    }

    static BomEncoding utf32(ErrorHandler handler) {
        return LITTLE ? new BomEncoding(UTF_32LE_BOM, Charset.forName("UTF-32LE"), handler)
                : new BomEncoding(UTF_32BE_BOM, Charset.forName("UTF-32BE"), handler);
    }

    @Override
    public byte[] encode(String text) throws CharacterCodingException {
        boolean first = atStart;
        atStart = false; // as in CPython, also when this write fails: the mark is not written later
        byte[] encoded = encoder.encode(text);
        return first ? Bytes.concat(bom, encoded) : encoded;
    }

    @Override
    public void reset() {
        atStart = true;
        encoder.reset();
    }

    @Override
    public void pastStart() {
        atStart = false;
    }
}
