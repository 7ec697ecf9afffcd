package org.osprey.io;

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
    /**
     * What a file's {@code FileIO} does by its descriptor where a {@code BytesIO} differs. As in CPython, none
     * needs {@code fstat} to succeed: a provider may be unable to stat an open file whose name is gone.
     */
    public interface File {
        /**
         * {@code ftruncate}: to {@code size}, growing the file past its end.
         *
         * @param size the new size
         * @throws IOException if the call fails
         */
        void truncate(long size) throws IOException;

        /**
         * {@code lseek(fd, 0, SEEK_END)}: the new position.
         *
         * @return the position
         * @throws IOException if the call fails
         */
        long seekEnd() throws IOException;

        /**
         * The file's size as {@code fstat} tells it, to size a buffer; -1 where it cannot tell.
         *
         * @return the size, or -1
         * @throws IOException if the call fails
         */
        long sizeHint() throws IOException;
    }

    private static final int SMALL = 1 << 16;
    private static final int UNKNOWN_MAX = 1 << 24;
    /** CPython's {@code DEFAULT_BUFFER_SIZE}, the first chunk of a {@code readall} that cannot know the size. */
    private static final int DEFAULT_BUFFER_SIZE = 8192;

    private final SeekableByteChannel channel;
    private final File file;

    /**
     * The bytes of {@code channel}.
     *
     * @param file the descriptor's calls, or null over a {@code BytesIO} (whose truncate never extends)
     * @param channel the bytes
     */
    public RawIO(SeekableByteChannel channel, File file) {
        this.channel = channel;
        this.file = file;
    }

    /** The bytes from the position to the end; -1 where the file cannot tell. */
    private long remaining() throws IOException {
        long size = file == null ? channel.size() : file.sizeHint();
        return size < 0 ? -1 : Math.max(0, size - channel.position());
    }

    /** {@code read1(n)}: at most {@code n} bytes in one read; none at the end. */
    byte[] read1(int n) throws IOException {
        // a large read(n) asks for chunks that large: allocated no larger than what is there, or than UNKNOWN_MAX
        // where the size is unknown (a shorter read1 is still a read1)
        long left = n <= SMALL ? n : remaining();
        int size = (int) Math.min(n, left < 0 ? UNKNOWN_MAX : Math.max(1, left));
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
        long left = remaining();
        ByteBuffer b = ByteBuffer.allocate(left < 0 ? DEFAULT_BUFFER_SIZE
                : (int) Math.max(64, Math.min(left + 1, Integer.MAX_VALUE - 8)));
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

    /**
     * Writes all that remains of {@code data} at the position.
     *
     * @param data the bytes
     * @throws IOException if writing fails
     */
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
        if (file != null) {
            return file.seekEnd();
        }
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
        if (file != null) {
            file.truncate(n);
        } else if (n < channel.size()) {
            channel.truncate(n);
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
