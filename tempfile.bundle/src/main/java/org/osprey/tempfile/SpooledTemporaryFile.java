package org.osprey.tempfile;

import java.io.IOException;

/**
 * What {@code tempfile.SpooledTemporaryFile} returns: a {@link TemporaryFile} whose data stays in memory until it
 * grows past {@code max_size} (a write leaving the position beyond it), {@link #fileno()} is asked for or
 * {@link #rollover()} is called; then it moves, with its contents and position, to a real
 * {@code TemporaryFile}. A {@code max_size} of 0 means no limit. As in CPython, one collected by the garbage
 * collector while still open is closed then, with the warning
 * {@code Unclosed file <tempfile.SpooledTemporaryFile object at 0x...>} (the address an identity hash).
 */
public interface SpooledTemporaryFile extends TemporaryFile {
    /**
     * {@code rollover()}: moves the data to a real temporary file now, if not done yet.
     *
     * @throws IOException if the file cannot be made or written
     */
    void rollover() throws IOException;

    /**
     * Whether the data lives in a real file (Python's private {@code _rolled}).
     *
     * @return whether it rolled over
     */
    boolean rolled();

    /** {@code fileno()}: rolls over first, as Python does, then gives the real file's descriptor. */
    @Override
    int fileno() throws IOException;
}
