package org.osprey.os.internal;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.osprey.os.MappedRegion;
import org.osprey.os.OsException;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.MemoryMaps.Mapping;

/**
 * A provider's {@link Mapping} made safe to share: every access holds the read side of one lock for its whole
 * duration and checks bounds against the length of that moment; {@link #close()} and {@link #resize(long)} hold
 * the write side, so a mapping is never touched while, or after, it is unmapped or moved. An access is one
 * uncontended lock acquisition (bulk copies and searches pay it once). Dropped unclosed, a {@link Cleaner}
 * unmaps it.
 */
final class GuardedRegion implements MappedRegion {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int SHIFT = MemoryMaps.CHUNK_SHIFT;
    private static final long MASK = (1L << SHIFT) - 1;
    /** What bulk searches copy at a time. */
    private static final int WINDOW = 64 * 1024;

    /** The mapping and whether it is open: what the cleaner closes, holding nothing of the region. */
    private static final class State implements Runnable {
        final Mapping mapping;
        boolean closed;

        State(Mapping mapping) {
            this.mapping = mapping;
        }

        /** Closes once; the caller holds the write lock (or the region is unreachable). */
        void close() throws OsException {
            if (!closed) {
                closed = true;
                mapping.close();
            }
        }

        @Override
        public void run() {
            try {
                close();
            } catch (OsException e) {
                // nothing to tell: the owner dropped it unclosed
            }
        }
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Lock shared = lock.readLock();
    private final Lock exclusive = lock.writeLock();
    private final State state;
    private final Cleaner.Cleanable cleanable;
    /** The chunks of the current mapping; replaced on resize, read under the lock. */
    private ByteBuffer[] chunks;
    private long length;

    GuardedRegion(Mapping mapping) {
        this.state = new State(mapping);
        this.cleanable = CLEANER.register(this, state);
        load();
    }

    private void load() {
        length = state.mapping.length();
        int n = (int) ((length + MASK) >>> SHIFT);
        chunks = new ByteBuffer[n];
        for (int i = 0; i < n; i++) {
            // little-endian: the word scan of indexOf reads the lowest address as the lowest byte
            chunks[i] = state.mapping.chunk(i).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Takes the read side; the caller releases it. */
    private void enter() {
        shared.lock();
        if (state.closed) {
            shared.unlock();
            throw new IllegalArgumentException("mmap closed or invalid");
        }
    }

    private void range(long offset, long count) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new IndexOutOfBoundsException("range [" + offset + ", " + offset + " + " + count
                    + ") out of bounds for length " + length);
        }
    }

    private void requireWritable() {
        if (!state.mapping.writable()) {
            throw new java.nio.ReadOnlyBufferException();
        }
    }

    @Override
    public long length() {
        enter();
        try {
            return length;
        } finally {
            shared.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        shared.lock();
        try {
            return state.closed;
        } finally {
            shared.unlock();
        }
    }

    @Override
    public boolean writable() {
        return state.mapping.writable();
    }

    @Override
    public byte get(long index) {
        enter();
        try {
            range(index, 1);
            return chunks[(int) (index >>> SHIFT)].get((int) (index & MASK));
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void put(long index, byte value) {
        requireWritable();
        enter();
        try {
            range(index, 1);
            chunks[(int) (index >>> SHIFT)].put((int) (index & MASK), value);
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void get(long offset, byte[] dst, int dstOffset, int count) {
        java.util.Objects.checkFromIndexSize(dstOffset, count, dst.length);
        enter();
        try {
            range(offset, count);
            copyOut(offset, dst, dstOffset, count);
        } finally {
            shared.unlock();
        }
    }

    /** Under the lock, within bounds. */
    private void copyOut(long offset, byte[] dst, int dstOffset, int count) {
        copy(offset, dst, dstOffset, count, true);
    }

    private void copyIn(long offset, byte[] src, int srcOffset, int count) {
        copy(offset, src, srcOffset, count, false);
    }

    /** Between the region at {@code offset} and {@code array}, chunk by chunk: out of the region or into it. */
    private void copy(long offset, byte[] array, int arrayOffset, int count, boolean out) {
        while (count > 0) {
            ByteBuffer chunk = chunks[(int) (offset >>> SHIFT)];
            int at = (int) (offset & MASK);
            int n = Math.min(count, chunk.capacity() - at);
            if (out) {
                chunk.get(at, array, arrayOffset, n);
            } else {
                chunk.put(at, array, arrayOffset, n);
            }
            offset += n;
            arrayOffset += n;
            count -= n;
        }
    }

    @Override
    public void put(long offset, byte[] src, int srcOffset, int count) {
        java.util.Objects.checkFromIndexSize(srcOffset, count, src.length);
        requireWritable();
        enter();
        try {
            range(offset, count);
            copyIn(offset, src, srcOffset, count);
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void move(long dest, long src, long count) {
        requireWritable();
        enter();
        try {
            range(dest, count);
            range(src, count);
            // through a window, in the order that reads each byte before it is overwritten
            byte[] window = new byte[(int) Math.min(count, WINDOW)];
            if (dest <= src) {
                for (long done = 0; done < count; done += window.length) {
                    int n = (int) Math.min(window.length, count - done);
                    copyOut(src + done, window, 0, n);
                    copyIn(dest + done, window, 0, n);
                }
            } else {
                for (long left = count; left > 0; ) {
                    int n = (int) Math.min(window.length, left);
                    left -= n;
                    copyOut(src + left, window, 0, n);
                    copyIn(dest + left, window, 0, n);
                }
            }
        } finally {
            shared.unlock();
        }
    }

    @Override
    public long indexOf(byte[] sub, long from, long to) {
        enter();
        try {
            to = Math.min(to, length);
            from = Math.max(from, 0);
            if (to - from < sub.length) {
                return -1;
            }
            if (sub.length == 0) {
                return from;
            }
            long last = to - sub.length;
            for (long at = from; at <= last; at++) {
                at = scan(sub[0], at, last);
                if (at < 0) {
                    return -1;
                }
                if (matchesAt(at, sub)) {
                    return at;
                }
            }
            return -1;
        } finally {
            shared.unlock();
        }
    }

    /**
     * The first index in {@code [from, last]} holding {@code b}, or -1: eight bytes at a time where it can, in
     * place (SWAR: a zero byte of {@code word ^ b*0x0101...} marks a match; the lowest marked byte is exact).
     */
    private long scan(byte b, long from, long last) {
        long pattern = (b & 0xffL) * 0x0101010101010101L;
        long at = from;
        while (at <= last) {
            ByteBuffer chunk = chunks[(int) (at >>> SHIFT)];
            long base = at & ~MASK;
            int i = (int) (at - base);
            int end = (int) Math.min(chunk.capacity() - 1L, last - base); // inclusive
            for (; i + 7 <= end; i += 8) {
                long x = chunk.getLong(i) ^ pattern;
                long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
                if (found != 0) {
                    return base + i + (Long.numberOfTrailingZeros(found) >>> 3);
                }
            }
            for (; i <= end; i++) {
                if (chunk.get(i) == b) {
                    return base + i;
                }
            }
            at = base + end + 1;
        }
        return -1;
    }

    /** Whether {@code sub} is at {@code at} (within bounds), across chunks if it must. */
    private boolean matchesAt(long at, byte[] sub) {
        for (int k = 1; k < sub.length; k++) {
            long i = at + k;
            if (chunks[(int) (i >>> SHIFT)].get((int) (i & MASK)) != sub[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long lastIndexOf(byte[] sub, long from, long to) {
        enter();
        try {
            to = Math.min(to, length);
            from = Math.max(from, 0);
            if (to - from < sub.length) {
                return -1;
            }
            if (sub.length == 0) {
                return to;
            }
            byte[] window = new byte[(int) Math.min(to - from, Math.max(WINDOW, 2L * sub.length))];
            for (long end = to; end - from >= sub.length; ) {
                int n = (int) Math.min(window.length, end - from);
                copyOut(end - n, window, 0, n);
                int found = Bytes.lastIndexOf(window, n, sub);
                if (found >= 0) {
                    return end - n + found;
                }
                end -= n - sub.length + 1;
            }
            return -1;
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void flush(long offset, long size) throws OsException {
        enter();
        try {
            range(offset, size);
            state.mapping.flush(offset, size);
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void madvise(long offset, long count, int advice) throws OsException {
        enter();
        try {
            range(offset, count);
            state.mapping.madvise(offset, count, advice);
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void resize(long newLength) throws OsException {
        if (newLength < 0) {
            throw new IllegalArgumentException("new size out of range");
        }
        exclusive.lock();
        try {
            if (state.closed) {
                throw new IllegalArgumentException("mmap closed or invalid");
            }
            state.mapping.resize(newLength);
            load();
        } finally {
            exclusive.unlock();
        }
    }

    @Override
    public ByteBuffer buffer() {
        enter();
        try {
            if (length > Integer.MAX_VALUE) {
                throw new UnsupportedOperationException(
                        "a map of " + length + " bytes is longer than one ByteBuffer can be");
            }
            return state.mapping.view();
        } finally {
            shared.unlock();
        }
    }

    @Override
    public void close() throws OsException {
        exclusive.lock();
        try {
            if (!state.closed) {
                chunks = new ByteBuffer[0];
                try {
                    state.close();
                } finally {
                    cleanable.clean(); // State.close has run: the cleaner has nothing left to do
                }
            }
        } finally {
            exclusive.unlock();
        }
    }
}
