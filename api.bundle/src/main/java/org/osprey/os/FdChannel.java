package org.osprey.os;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

import org.osprey.os.internal.Release;

/**
 * Python's {@code os.fdopen} for binary, unbuffered use: a channel over an open file descriptor. Every read,
 * write and seek is the matching {@code os} call on the descriptor itself, so the channel shares the
 * descriptor's file position with {@link Os#lseek} and with anything else using the same descriptor (nothing is
 * buffered here: wrap the streams in {@link java.io.BufferedInputStream} if wanted).
 *
 * <p>Closing it closes the descriptor exactly once, however often and from however many threads it is
 * closed, unless it was opened with {@code closefd = false} (Python's {@code closefd=False}), in which case
 * closing only stops this channel and the descriptor stays open for its owner. A close while another thread is
 * in a call on the channel (a read waiting on a pipe, say) returns at once and the descriptor is closed when
 * the last such call returns, so that no call ever goes to a descriptor number that an {@code open} elsewhere
 * may have reused. A channel that owns its descriptor and becomes unreachable unclosed has it closed by the
 * garbage collector, as CPython's {@code FileIO} does (which also warns: here a WARNING of the
 * {@code org.osprey.os} logger). {@link #inputStream()} and {@link #outputStream()} are views: closing one closes
 * the channel.
 *
 * <p>A read returns -1 at end of file, as Java channels do (where {@code os.read} returns {@code b''}).
 */
public final class FdChannel implements SeekableByteChannel {
    /** The {@link #state} bit of a closed channel; the other bits count the calls in progress, two per call. */
    private static final int CLOSED = 1;
    private static final int CALL = 2;

    private final Os os;
    private final int fd;
    private final boolean closefd;
    private final AtomicInteger state = new AtomicInteger();
    /** Closes the descriptor; null when the channel does not own it. */
    private final Release release;

    private FdChannel(Os os, int fd, boolean closefd) {
        this.os = os;
        this.fd = fd;
        this.closefd = closefd;
        this.release = closefd ? Release.warning(this, "FdChannel[fd=" + fd + "]", new CloseFd(os, fd)) : null;
    }

    private record CloseFd(Os os, int fd) implements Runnable {
        @Override
        public void run() {
            try {
                os.close(fd);
            } catch (OsException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One call on the descriptor, which stays open until it returns. */
    @FunctionalInterface
    private interface Call<T> {
        T on(int fd) throws IOException;
    }

    private <T> T call(Call<T> call) throws IOException {
        int s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                throw new ClosedChannelException();
            }
        } while (!state.compareAndSet(s, s + CALL));
        try {
            return call.on(fd);
        } finally {
            if (state.addAndGet(-CALL) == CLOSED) { // closed meanwhile, and this was the last call out
                release();
            }
            Reference.reachabilityFence(this);
        }
    }

    private void release() throws IOException {
        if (release != null) {
            try {
                release.run();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * A channel over {@code fd}; see {@link Os#fdopen(int, boolean)}.
     *
     * @param os the {@code os} that reads, writes and closes the descriptor
     * @param fd an open file descriptor
     * @param closefd whether closing the channel closes {@code fd}
     * @return the channel
     */
    public static FdChannel of(Os os, int fd, boolean closefd) {
        return new FdChannel(os, fd, closefd);
    }

    /**
     * The file descriptor (Python's {@code fileno()}).
     *
     * @return the descriptor
     * @throws ClosedChannelException if the channel is closed
     */
    public int fd() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        return fd;
    }

    /**
     * Whether closing this channel closes the descriptor.
     *
     * @return whether {@code close()} closes the descriptor
     */
    public boolean closesFd() {
        return closefd;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return call(fd -> {
            if (!dst.hasRemaining()) {
                return 0;
            }
            int n = os.read(fd, dst);
            return n == 0 ? -1 : n;
        });
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return call(fd -> {
            int total = 0;
            while (src.hasRemaining()) { // a channel write may be short, but a stream's must not be
                total += os.write(fd, src);
            }
            return total;
        });
    }

    @Override
    public long position() throws IOException {
        return call(fd -> os.lseek(fd, 0, os.SEEK_CUR()));
    }

    @Override
    public FdChannel position(long newPosition) throws IOException {
        call(fd -> {
            if (newPosition < 0) {
                throw new IllegalArgumentException("negative position: " + newPosition);
            }
            return os.lseek(fd, newPosition, os.SEEK_SET());
        });
        return this;
    }

    @Override
    public long size() throws IOException {
        return call(fd -> os.fstat(fd).size());
    }

    /** Cuts the file to {@code size} if it is longer ({@code ftruncate}); the position stays where it is. */
    @Override
    public FdChannel truncate(long size) throws IOException {
        call(fd -> {
            if (size < 0) {
                throw new IllegalArgumentException("negative size: " + size);
            }
            if (size < os.fstat(fd).size()) {
                os.ftruncate(fd, size);
            }
            return null;
        });
        return this;
    }

    @Override
    public boolean isOpen() {
        return (state.get() & CLOSED) == 0;
    }

    /**
     * Closes the descriptor (once) if this channel owns it, at once or, if calls are in progress, as the last
     * of them returns; later calls do nothing.
     */
    @Override
    public void close() throws IOException {
        int s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
        } while (!state.compareAndSet(s, s | CLOSED));
        if (s == 0) {
            release();
        }
    }

    /**
     * An unbuffered stream reading from the descriptor at its current position.
     *
     * @return a stream that reads through this channel
     */
    public InputStream inputStream() {
        return Channels.newInputStream(this);
    }

    /**
     * An unbuffered stream writing to the descriptor at its current position.
     *
     * @return a stream that writes through this channel
     */
    public OutputStream outputStream() {
        return Channels.newOutputStream(this);
    }

    @Override
    public String toString() {
        return "FdChannel[fd=" + fd + (isOpen() ? "" : ", closed") + (closefd ? "" : ", closefd=False") + "]";
    }
}
