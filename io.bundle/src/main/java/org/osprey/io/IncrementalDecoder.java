package org.osprey.io;

import java.nio.charset.CharacterCodingException;

/**
 * Python's {@code codecs.IncrementalDecoder}: decodes a byte stream in pieces, keeping an incomplete sequence
 * for the next piece. Its state is Python's {@code getstate()}: the bytes kept back and an integer of flags
 * (0 for a decoder in its initial state, except where a codec says otherwise); {@link TextIO#tell()} rebuilds
 * positions from it.
 */
interface IncrementalDecoder {
    /** Decodes {@code input} after what was kept back; with {@code fin}, nothing may be kept back. */
    String decode(byte[] input, boolean fin) throws CharacterCodingException;

    /** The bytes kept back ({@code getstate()[0]}). */
    byte[] buffered();

    /** {@code getstate()[1]}. */
    int flags();

    /** {@code setstate((buffered, flags))}. */
    void setstate(byte[] buffered, int flags);

    /** {@code reset()}: the initial state. */
    void reset();
}
