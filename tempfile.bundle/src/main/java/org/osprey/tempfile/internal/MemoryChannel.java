package org.osprey.tempfile.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * Python's {@code io.BytesIO} as a channel: a growable byte array with a position. Writing past the end fills
 * the gap with zeros; {@link #truncate} keeps the position where it is, as Python's {@code truncate} does.
 */
final class MemoryChannel implements SeekableByteChannel {
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8; // the largest array a JVM reliably allocates
    private byte[] data = new byte[64];
    private int size;
    private long position;
    private boolean open = true;

    /** The contents, from 0 to {@link #size()}, without a copy. */
    ByteBuffer contents() {
        return ByteBuffer.wrap(data, 0, size);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), size - position);
        dst.put(data, (int) position, n);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        int n = src.remaining();
        long end = position + n;
        if (end > MAX_SIZE) {
            throw new IOException("SpooledTemporaryFile: " + end + " bytes do not fit in memory");
        }
        if (end > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(end, Math.min((long) data.length * 2, MAX_SIZE)));
        }
        src.get(data, (int) position, n);
        position = end;
        size = Math.max(size, (int) end);
        return n;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public MemoryChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position: " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public MemoryChannel truncate(long newSize) throws IOException {
        ensureOpen();
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        if (newSize < size) {
            Arrays.fill(data, (int) newSize, size, (byte) 0); // a later write past the end must find zeros
            size = (int) newSize;
        }
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        data = null;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
