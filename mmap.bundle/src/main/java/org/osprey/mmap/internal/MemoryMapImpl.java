package org.osprey.mmap.internal;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;

import org.osprey.mmap.AccessModeException;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.os.MappedRegion;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * A {@link MemoryMap} over a guarded {@link MappedRegion}: the region makes every access safe against close and
 * resize; this adds Python's rules and messages, the position (moved under this object's monitor) and the
 * tracked descriptor.
 */
final class MemoryMapImpl implements MemoryMap {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    /** What a map owns, closed once, by {@link #close()} or by the cleaner; holds nothing of the map itself. */
    private static final class Owned implements Runnable {
        private final Os os;
        final MappedRegion region;
        private int fd;

        Owned(Os os, MappedRegion region, int fd) {
            this.os = os;
            this.region = region;
            this.fd = fd;
        }

        /** The tracked descriptor while the map is open, or -1; under this monitor it stays open. */
        int fd() {
            return fd;
        }

        synchronized void close() throws OsException {
            region.close();
            if (fd != -1) {
                int was = fd;
                fd = -1;
                os.close(was);
            }
        }

        @Override
        public void run() {
            try {
                close();
            } catch (OsException e) {
                // dropped unclosed: nobody to tell
            }
        }
    }

    private final Os os;
    private final Owned owned;
    private final MappedRegion region;
    private final Cleaner.Cleanable cleanable;
    private final long offset;
    private final int access;
    private final boolean trackfd;
    /** Serializes resizes, whose file and map changes are two steps. */
    private final Object resizing = new Object();
    /** Guarded by {@code this}. */
    private long pos;

    MemoryMapImpl(Os os, MappedRegion region, int fd, long offset, int access, boolean trackfd) {
        this.os = os;
        this.region = region;
        this.owned = new Owned(os, region, fd);
        this.cleanable = CLEANER.register(this, owned);
        this.offset = offset;
        this.access = access;
        this.trackfd = trackfd;
    }

    @Override
    public void close() throws OsException {
        try {
            owned.close();
        } finally {
            cleanable.clean();
        }
    }

    @Override
    public boolean closed() {
        return region.isClosed();
    }

    /** Python's {@code CHECK_VALID}. */
    private void valid() {
        if (region.isClosed()) {
            throw new IllegalArgumentException("mmap closed or invalid");
        }
    }

    /** Python's {@code is_writable}, after {@code CHECK_VALID}. */
    private void writable() {
        valid();
        if (access == Mmap.ACCESS_READ) {
            throw new AccessModeException("mmap can't modify a readonly memory map.");
        }
    }

    @Override
    public long length() {
        return region.length();
    }

    private static long index(long index, long length) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("mmap index out of range");
        }
        return i;
    }

    @Override
    public int get(long index) {
        return region.get(index(index, region.length())) & 0xff;
    }

    @Override
    public byte[] get(long start, long stop) {
        return get(start, stop, 1);
    }

    @Override
    public byte[] get(long start, long stop, long step) {
        Slice s = Slice.of(start, stop, step, region.length());
        if (s.step() == 1) {
            byte[] out = new byte[s.count()];
            region.get(s.start(), out, 0, out.length);
            return out;
        }
        byte[] out = new byte[s.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = region.get(s.start() + i * s.step());
        }
        return out;
    }

    @Override
    public void set(long index, int value) {
        writable();
        long i = index(index, region.length());
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("mmap item value must be in range(0, 256)");
        }
        region.put(i, (byte) value);
    }

    @Override
    public void set(long start, long stop, byte[] value) {
        set(start, stop, 1, value);
    }

    @Override
    public void set(long start, long stop, long step, byte[] value) {
        writable();
        Slice s = Slice.of(start, stop, step, region.length());
        if (s.count() != value.length) {
            throw new IndexOutOfBoundsException("mmap slice assignment is wrong size");
        }
        if (s.step() == 1) {
            region.put(s.start(), value, 0, value.length);
            return;
        }
        for (int i = 0; i < value.length; i++) {
            region.put(s.start() + i * s.step(), value[i]);
        }
    }

    @Override
    public long find(byte[] sub) {
        return find(sub, tell());
    }

    @Override
    public long find(byte[] sub, long start) {
        return find(sub, start, region.length());
    }

    @Override
    public long find(byte[] sub, long start, long end) {
        return search(sub, start, end, false);
    }

    @Override
    public long rfind(byte[] sub) {
        return rfind(sub, tell());
    }

    @Override
    public long rfind(byte[] sub, long start) {
        return rfind(sub, start, region.length());
    }

    @Override
    public long rfind(byte[] sub, long start, long end) {
        return search(sub, start, end, true);
    }

    private long search(byte[] sub, long start, long end, boolean last) {
        long length = region.length();
        long from = clamp(start, length);
        long to = clamp(end, length);
        if (to < from) {
            return -1;
        }
        return last ? region.lastIndexOf(sub, from, to) : region.indexOf(sub, from, to);
    }

    /** An index of {@code find}: negative from the end, clamped to {@code [0, length]}. */
    private static long clamp(long index, long length) {
        if (index < 0) {
            return Math.max(0, index + length);
        }
        return Math.min(index, length);
    }

    @Override
    public void flush() throws OsException {
        flush(0);
    }

    @Override
    public void flush(long offset) throws OsException {
        flush(offset, region.length());
    }

    @Override
    public void flush(long offset, long size) throws OsException {
        long length = region.length();
        if (size < 0 || offset < 0 || length - offset < size) {
            throw new IllegalArgumentException("flush values out of range");
        }
        if (access == Mmap.ACCESS_READ || access == Mmap.ACCESS_COPY) {
            return;
        }
        region.flush(offset, size);
    }

    @Override
    public void madvise(int option) throws OsException {
        madvise(option, 0);
    }

    @Override
    public void madvise(int option, long start) throws OsException {
        madvise(option, start, region.length() - start);
    }

    @Override
    public void madvise(int option, long start, long length) throws OsException {
        long size = region.length();
        if (start < 0 || start >= size) {
            throw new IllegalArgumentException("madvise start out of bounds");
        }
        if (length < 0) {
            throw new IllegalArgumentException("madvise length invalid");
        }
        if (Long.MAX_VALUE - start < length) {
            throw new ArithmeticException("madvise length too large");
        }
        region.madvise(start, Math.min(length, size - start), option);
    }

    @Override
    public void move(long dest, long src, long count) {
        writable();
        long size = region.length();
        if (dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count) {
            throw new IllegalArgumentException("source, destination, or count out of range");
        }
        region.move(dest, src, count);
    }

    @Override
    public byte[] read() {
        return read(-1);
    }

    @Override
    public synchronized byte[] read(long n) {
        long length = region.length();
        long remaining = pos < length ? length - pos : 0;
        if (n < 0 || n > remaining) {
            n = remaining;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("a read of " + n + " bytes is more than a Java array holds");
        }
        byte[] out = new byte[(int) n];
        if (n > 0) { // past a shrunk end the position stays where it was, as in CPython
            region.get(pos, out, 0, out.length);
            pos += n;
        }
        return out;
    }

    @Override
    public synchronized int readByte() {
        valid();
        if (pos >= region.length()) {
            throw new IllegalArgumentException("read byte out of range");
        }
        int b = region.get(pos) & 0xff;
        pos++;
        return b;
    }

    @Override
    public synchronized byte[] readline() {
        long length = region.length();
        long start = Math.min(pos, length);
        long newline = region.indexOf(new byte[] {'\n'}, start, length);
        return read((newline < 0 ? length : newline + 1) - start);
    }

    @Override
    public void resize(long newsize) throws OsException {
        valid();
        if (access != Mmap.ACCESS_WRITE && access != Mmap.ACCESS_DEFAULT) {
            throw new AccessModeException("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (!trackfd) {
            throw new IllegalArgumentException("mmap can't resize with trackfd=False.");
        }
        if (newsize < 0 || Long.MAX_VALUE - newsize < offset) {
            throw new IllegalArgumentException("new size out of range");
        }
        synchronized (resizing) {
            synchronized (owned) {
                int fd = owned.fd();
                long old = region.length();
                if (fd == -1 || newsize <= old) {
                    // shrinking: the map first, so that no reader ever meets a page past the end of the file
                    region.resize(newsize);
                    if (fd != -1) {
                        os.ftruncate(fd, offset + newsize);
                    }
                    return;
                }
                os.ftruncate(fd, offset + newsize);
                try {
                    region.resize(newsize);
                } catch (OsException | RuntimeException e) {
                    os.ftruncate(fd, offset + old); // the file as it was: the map could not follow
                    throw e;
                }
            }
        }
    }

    @Override
    public long seek(long pos) {
        return seek(pos, 0);
    }

    @Override
    public synchronized long seek(long dist, int whence) {
        valid();
        long length = region.length();
        long where = switch (whence) {
            case 0 -> dist;
            case 1 -> {
                if (dist > 0 ? pos > Long.MAX_VALUE - dist : pos < Long.MIN_VALUE - dist) {
                    throw new IllegalArgumentException("seek out of range");
                }
                yield pos + dist;
            }
            case 2 -> length + dist;
            default -> throw new IllegalArgumentException("unknown seek type");
        };
        if (where > length || where < 0) {
            throw new IllegalArgumentException("seek out of range");
        }
        pos = where;
        return pos;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public long size() throws OsException {
        synchronized (owned) {
            valid();
            return os.fstat(owned.fd()).size(); // -1 (anonymous, trackfd=False) is EBADF, as in CPython
        }
    }

    @Override
    public synchronized long tell() {
        valid();
        return pos;
    }

    @Override
    public synchronized int write(byte[] bytes) {
        writable();
        long length = region.length();
        if (pos > length || length - pos < bytes.length) {
            throw new IllegalArgumentException("data out of range");
        }
        region.put(pos, bytes, 0, bytes.length);
        pos += bytes.length;
        return bytes.length;
    }

    @Override
    public synchronized void writeByte(int value) {
        if (value > 255) {
            throw new ArithmeticException("unsigned byte integer is greater than maximum");
        }
        if (value < 0) {
            throw new ArithmeticException("unsigned byte integer is less than minimum");
        }
        writable();
        if (pos >= region.length()) {
            throw new IllegalArgumentException("write byte out of range");
        }
        region.put(pos, (byte) value);
        pos++;
    }

    @Override
    public ByteBuffer buffer() {
        return region.buffer();
    }

    @Override
    public synchronized String toString() {
        if (region.isClosed()) {
            return "<mmap.mmap closed=True>";
        }
        return "<mmap.mmap closed=False, access=" + ACCESS_NAMES[access] + ", length=" + region.length() + ", pos="
                + pos + ", offset=" + offset + ">";
    }
}
