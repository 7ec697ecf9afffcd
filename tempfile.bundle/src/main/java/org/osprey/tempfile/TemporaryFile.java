package org.osprey.tempfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/**
 * Python's binary, unbuffered file object as {@code tempfile.TemporaryFile} returns it (mode {@code 'w+b'}):
 * a channel over a file that owns its descriptor. Reads, writes and seeks go straight to the descriptor; closing
 * closes it exactly once. A read at end of file returns -1, as Java channels do. Text mode ({@code 'w+'}) is
 * {@link TemporaryTextFile}, which the overloads taking {@link TextOptions} return. {@link #truncate} keeps the
 * {@link SeekableByteChannel} contract: it only shortens, and leaves the position alone (Python's
 * {@code truncate(n)} also extends a file past its end: use {@code os.ftruncate(fileno(), n)} for that). As in
 * CPython, a file collected by the garbage collector while still open is closed then, with the warning
 * {@code unclosed file <_io.FileIO name=N mode='rb+' closefd=True>}.
 */
public interface TemporaryFile extends SeekableByteChannel {
    /**
     * {@code fileno()}: the file descriptor, owned by this object (do not close it yourself).
     *
     * @return the descriptor
     * @throws java.nio.channels.ClosedChannelException if the file is closed (Python's {@code ValueError})
     */
    int fileno() throws IOException;

    /**
     * An unbuffered stream reading at the current position; closing it closes the file.
     *
     * @return the stream
     */
    default InputStream inputStream() {
        return Channels.newInputStream(this);
    }

    /**
     * An unbuffered stream writing at the current position; closing it closes the file.
     *
     * @return the stream
     */
    default OutputStream outputStream() {
        return Channels.newOutputStream(this);
    }
}
