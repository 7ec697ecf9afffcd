package org.osprey.io;

import java.nio.charset.CharacterCodingException;

/**
 * Python's {@code codecs.IncrementalEncoder} as {@code TextIOWrapper} uses it: a whole write at a time, with the
 * only state that matters to a file being whether a byte-order mark is still to be written.
 */
interface IncrementalEncoder {
    byte[] encode(String text) throws CharacterCodingException;

    /** {@code reset()}: at the start of the stream (a codec with a byte-order mark writes it next). */
    void reset();

    /** {@code setstate(0)}: past the start of the stream. */
    void pastStart();
}
