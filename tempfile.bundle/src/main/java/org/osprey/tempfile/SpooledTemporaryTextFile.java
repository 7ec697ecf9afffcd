package org.osprey.tempfile;

import java.io.IOException;

/**
 * What {@code tempfile.SpooledTemporaryFile(max_size, 'w+', ...)} returns: a {@link TemporaryTextFile} whose
 * encoded bytes stay in memory until a write leaves the position ({@link #tell()}) past {@code max_size},
 * {@link #fileno()} is asked for or {@link #rollover()} is called; then they move, with the text position, to a
 * real temporary file, as in CPython. {@link #newlines()} is the current file's, so it starts afresh after the
 * rollover, as in CPython. A {@code max_size} of 0 means no limit. Collected unclosed, it warns
 * {@code Unclosed file <tempfile.SpooledTemporaryFile object at 0x...>} and closes, as CPython's does.
 */
public interface SpooledTemporaryTextFile extends TemporaryTextFile {
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

    /** {@code fileno()}: rolls over first, as Python does. */
    @Override
    int fileno() throws IOException;

    /** {@code truncate(size)}: rolls over first if {@code size} is past {@code max_size}, as Python does. */
    @Override
    long truncate(long size) throws IOException;
}
