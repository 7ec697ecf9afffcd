package org.osprey.io;

import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * CPython's {@code utf-16} and {@code utf-32} decoders: the stream must start with a byte-order mark, which
 * chooses the byte order (without one, CPython's incremental decoder fails, whatever the error handler). Its
 * flags are CPython's: 2 until the order is known, then 0 for the machine's own order and 1 for the other.
 */
final class BomDetectingDecoding implements IncrementalDecoder {
    private static final int UNDECIDED = 2;

    private final byte[] littleBom;
    private final byte[] bigBom;
    private final Function<Boolean, IncrementalDecoder> decoders; // for big-endian or not
    private IncrementalDecoder decoder; // null until the order is known
    private boolean nativeOrder;
    private byte[] head = Bytes.EMPTY;

    private final ErrorHandler handler;

    private BomDetectingDecoding(byte[] littleBom, byte[] bigBom, Function<Boolean, IncrementalDecoder> decoders,
            ErrorHandler handler) {
        this.littleBom = littleBom;
        this.bigBom = bigBom;
        this.decoders = decoders;
        this.handler = handler;
    }

    static BomDetectingDecoding utf16(ErrorHandler handler) {
        return new BomDetectingDecoding(BomEncoding.UTF_16LE_BOM, BomEncoding.UTF_16BE_BOM,
                big -> new CharsetDecoding(big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, handler),
                handler);
    }

    static BomDetectingDecoding utf32(ErrorHandler handler) {
        return new BomDetectingDecoding(BomEncoding.UTF_32LE_BOM, BomEncoding.UTF_32BE_BOM,
                big -> new Utf32Decoding(big, handler), handler);
    }

    @Override
    public String decode(byte[] input, boolean fin) throws CharacterCodingException {
        if (decoder != null) {
            return decoder.decode(input, fin);
        }
        byte[] data = Bytes.concat(head, input);
        boolean isLittle = Bytes.startsWith(data, littleBom);
        if (isLittle || Bytes.startsWith(data, bigBom)) {
            choose(isLittle == (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN));
            try {
                String text = decoder.decode(Arrays.copyOfRange(data, littleBom.length, data.length), fin);
                head = Bytes.EMPTY;
                return text;
            } catch (CharacterCodingException | RuntimeException e) {
                decoder = null; // as in Python: the order is decided only by a decode that succeeds
                throw e;
            }
        }
        // as CPython's utf_16_ex_decode: no mark, so the machine's order, and an error once a unit is decoded
        IncrementalDecoder natural = decoders.apply(ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
        String text = natural.decode(data, fin);
        byte[] kept = natural.buffered();
        if (data.length - kept.length >= littleBom.length) {
            throw new MalformedInputException(littleBom.length); // "Stream does not start with BOM"
        }
        head = kept;
        return text;
    }

    private void choose(boolean natural) {
        boolean isLittle = natural == (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        decoder = decoders.apply(!isLittle);
        nativeOrder = natural;
    }

    @Override
    public byte[] buffered() {
        return decoder == null ? head.clone() : decoder.buffered();
    }

    @Override
    public int flags() {
        if (decoder == null) {
            return UNDECIDED;
        }
        return nativeOrder ? 0 : 1;
    }

    @Override
    public void setstate(byte[] buffered, int flags) {
        if (flags == UNDECIDED) {
            decoder = null;
            head = buffered.clone();
        } else {
            choose(flags == 0);
            head = Bytes.EMPTY;
            decoder.setstate(buffered, 0);
        }
    }

    @Override
    public void reset() {
        decoder = null;
        head = Bytes.EMPTY;
    }
}
