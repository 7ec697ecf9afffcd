package org.osprey.tempfile.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * The bytes under a {@link TextIO}, Python's {@code TextIOWrapper.buffer}: a channel read and written with the
 * calls {@code TextIOWrapper} makes of a {@code BufferedRandom} or {@code BytesIO}. Nothing is buffered here, so
 * the channel's position is the buffer's.
 */
public final class RawIO implements Channel {
    /** Python's {@code truncate(size)} past the end: a file grows, a {@code BytesIO} does not. */
    @FunctionalInterface
    public interface Extender {
        void extend(long size) throws IOException;
    }

    private static final int SMALL = 1 << 16;

    private final SeekableByteChannel channel;
    private final Extender extender;

    /** @param extender makes the file {@code size} bytes long, or null where Python's truncate never extends */
    public RawIO(SeekableByteChannel channel, Extender extender) {
        this.channel = channel;
        this.extender = extender;
    }

    /** {@code read1(n)}: at most {@code n} bytes in one read; none at the end. */
    byte[] read1(int n) throws IOException {
        // a large read(n) asks for chunks that large: allocated no larger than what is there
        int size = n <= SMALL ? n : (int) Math.min(n, Math.max(1, channel.size() - channel.position()));
        ByteBuffer b = ByteBuffer.allocate(size);
        int got = channel.read(b);
        return got <= 0 ? Bytes.EMPTY : Arrays.copyOf(b.array(), got);
    }

    /** {@code read(n)}: {@code n} bytes, fewer only at the end. */
    byte[] read(int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining() && channel.read(b) > 0) {
            // until full or at the end
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    /** {@code read()}: everything to the end. */
    byte[] readAll() throws IOException {
        long left = channel.size() - channel.position();
        ByteBuffer b = ByteBuffer.allocate((int) Math.max(64, Math.min(left + 1, Integer.MAX_VALUE - 8)));
        while (channel.read(b) > 0) {
            if (!b.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(b.capacity() * 2);
                b.flip();
                b = bigger.put(b);
            }
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    /** Writes all of {@code data} at the position. */
    void write(byte[] data) throws IOException {
        write(ByteBuffer.wrap(data));
    }

    /** Writes all that remains of {@code data} at the position. */
    public void write(ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    long tell() throws IOException {
        return channel.position();
    }

    void seek(long position) throws IOException {
        channel.position(position);
    }

    /** {@code seek(0, SEEK_END)}. */
    long seekEnd() throws IOException {
        long end = channel.size();
        channel.position(end);
        return end;
    }

    /** Python's {@code truncate(size)}: at the position if {@code size} is null; the position stays. */
    long truncate(Long size) throws IOException {
        long n = size == null ? channel.position() : size;
        if (n < 0) {
            throw new IllegalArgumentException("negative size value " + n);
        }
        long current = channel.size();
        if (n < current) {
            channel.truncate(n);
        } else if (n > current && extender != null) {
            extender.extend(n);
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
