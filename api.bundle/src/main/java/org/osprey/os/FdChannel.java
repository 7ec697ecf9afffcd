package org.osprey.os;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Python's {@code os.fdopen} for binary, unbuffered use: a channel over an open file descriptor. Every read,
 * write and seek is the matching {@code os} call on the descriptor itself, so the channel shares the
 * descriptor's file position with {@link Os#lseek} and with anything else using the same descriptor (nothing is
 * buffered here: wrap the streams in {@link java.io.BufferedInputStream} if wanted).
 *
 * <p>Closing it closes the descriptor exactly once, however often and from however many threads it is
 * closed, unless it was opened with {@code closefd = false} (Python's {@code closefd=False}), in which case
 * closing only stops this channel and the descriptor stays open for its owner. {@link #inputStream()} and
 * {@link #outputStream()} are views: closing one closes the channel.
 *
 * <p>A read returns -1 at end of file, as Java channels do (where {@code os.read} returns {@code b''}).
 */
public final class FdChannel implements SeekableByteChannel {
    private final Os os;
    private final int fd;
    private final boolean closefd;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private FdChannel(Os os, int fd, boolean closefd) {
        this.os = os;
        this.fd = fd;
        this.closefd = closefd;
    }

    /** A channel over {@code fd}; see {@link Os#fdopen(int, boolean)}. */
    public static FdChannel of(Os os, int fd, boolean closefd) {
        return new FdChannel(os, fd, closefd);
    }

    /** The file descriptor (Python's {@code fileno()}). */
    public int fd() throws ClosedChannelException {
        ensureOpen();
        return fd;
    }

    /** Whether closing this channel closes the descriptor. */
    public boolean closesFd() {
        return closefd;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open.get()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (!dst.hasRemaining()) {
            return 0;
        }
        int n = os.read(fd, dst);
        return n == 0 ? -1 : n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        int total = 0;
        while (src.hasRemaining()) { // a channel write may be short, but a stream's must not be
            total += os.write(fd, src);
        }
        return total;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return os.lseek(fd, 0, os.SEEK_CUR());
    }

    @Override
    public FdChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position: " + newPosition);
        }
        os.lseek(fd, newPosition, os.SEEK_SET());
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return os.fstat(fd).size();
    }

    /** Cuts the file to {@code size} if it is longer ({@code ftruncate}); the position stays where it is. */
    @Override
    public FdChannel truncate(long size) throws IOException {
        ensureOpen();
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        if (size < size()) {
            os.ftruncate(fd, size);
        }
        return this;
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    /** Closes the descriptor (once) if this channel owns it; later calls do nothing. */
    @Override
    public void close() throws IOException {
        if (open.compareAndSet(true, false) && closefd) {
            os.close(fd);
        }
    }

    /** An unbuffered stream reading from the descriptor at its current position. */
    public InputStream inputStream() {
        return Channels.newInputStream(this);
    }

    /** An unbuffered stream writing to the descriptor at its current position. */
    public OutputStream outputStream() {
        return Channels.newOutputStream(this);
    }

    @Override
    public String toString() {
        return "FdChannel[fd=" + fd + (open.get() ? "" : ", closed") + (closefd ? "" : ", closefd=False") + "]";
    }
}
