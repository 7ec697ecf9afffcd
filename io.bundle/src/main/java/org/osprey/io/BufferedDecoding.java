package org.osprey.io;

/**
 * Python's {@code codecs.BufferedIncrementalDecoder}: a decoder whose whole state is the bytes it keeps back,
 * with flags 0.
 */
abstract class BufferedDecoding implements IncrementalDecoder {
    /** The bytes kept back for the next piece. */
    byte[] pending = Bytes.EMPTY;

    /** Puts whatever the subclass decodes with back in its initial state. */
    void resetCodec() {
    }

    @Override
    public byte[] buffered() {
        return pending.clone();
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void setstate(byte[] buffered, int flags) {
        resetCodec();
        pending = buffered.clone();
    }

    @Override
    public void reset() {
        resetCodec();
        pending = Bytes.EMPTY;
    }
}
