package org.osprey.posix.memory;

import java.nio.ByteBuffer;

import org.osprey.os.OsException;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.MemoryMaps.Mapping;
import org.osprey.posix.natives.MapCalls;

/** One {@code mmap(2)} mapping; the API's guard makes sure it is used by one thread at a time, never after close. */
final class NativeMapping implements Mapping {
    private static final int MREMAP_MAYMOVE = 1;

    private final MapSide side;
    private final int prot;
    private final int flags;
    private final boolean writable;
    /** Shared anonymous memory is a shmem object of the first size: mremap could not grow it (SIGBUS past it). */
    private final boolean sharedAnonymous;
    private Span span;

    NativeMapping(MapSide side, Span span, int prot, int flags, boolean sharedAnonymous) {
        this.side = side;
        this.span = span;
        this.prot = prot;
        this.flags = flags;
        this.writable = (prot & side.constants.python().get("PROT_WRITE")) != 0;
        this.sharedAnonymous = sharedAnonymous;
    }

    @Override
    public long length() {
        return span.length;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public ByteBuffer chunk(int i) {
        long offset = (long) i << MemoryMaps.CHUNK_SHIFT;
        int size = (int) Math.min(1L << MemoryMaps.CHUNK_SHIFT, span.length - offset);
        ByteBuffer chunk = span.internal(offset, size);
        return writable ? chunk : chunk.asReadOnlyBuffer();
    }

    @Override
    public void flush(long offset, long size) throws OsException {
        side.check(side.calls.msync(span.address + offset, size, side.constants.msSync()));
    }

    @Override
    public void madvise(long offset, long length, int advice) throws OsException {
        side.check(side.calls.madvise(span.address + offset, length, advice));
    }

    @Override
    public void resize(long newLength) throws OsException {
        if (!side.calls.canRemap()) {
            throw new UnsupportedOperationException(
                    "mmap.resize is not available: this C library has no mremap (Linux's)");
        }
        if (span.hasViews()) {
            throw new IllegalStateException("mmap can't resize with extant buffers exported.");
        }
        if (sharedAnonymous && newLength > span.length) {
            growSharedAnonymous(newLength);
            return;
        }
        long address = side.calls.mremap(span.address, span.length, newLength, MREMAP_MAYMOVE);
        if (address == MapCalls.MAP_FAILED) {
            throw side.errors.last(null);
        }
        span.forget();
        span = new Span(side, address, newLength);
    }

    /** A new shared anonymous mapping of the new size, the old content copied in (CPython 3.13 mremaps: SIGBUS). */
    private void growSharedAnonymous(long newLength) throws OsException {
        long address = side.calls.mmap(0, newLength, prot, flags, -1, 0);
        if (address == MapCalls.MAP_FAILED) {
            throw side.errors.last(null);
        }
        Span grown = new Span(side, address, newLength);
        for (long done = 0; done < span.length; ) {
            int n = (int) Math.min(1 << MemoryMaps.CHUNK_SHIFT, span.length - done);
            grown.internal(done, n).put(0, span.internal(done, n), 0, n);
            done += n;
        }
        Span old = span;
        span = grown;
        old.release();
    }

    @Override
    public ByteBuffer view() {
        ByteBuffer view = span.view();
        return writable ? view : view.asReadOnlyBuffer();
    }

    @Override
    public void close() throws OsException {
        span.release();
    }
}
