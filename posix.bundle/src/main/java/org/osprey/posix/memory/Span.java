package org.osprey.posix.memory;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;

import org.osprey.os.OsException;

/**
 * One mapped address range and the {@link ByteBuffer} views handed out over it. Released while a view may still
 * be reachable, its pages are replaced at once by private zero pages ({@code MAP_FIXED}), so the file is no longer
 * mapped and a late use of the view reads zeros instead of crashing the JVM; the range is unmapped when the
 * garbage collector has cleared the last view (a view's duplicates and slices keep it reachable).
 */
final class Span {
    private static final Cleaner VIEWS = Cleaner.create();

    private final MapSide side;
    final long address;
    final long length;
    private int views;
    private boolean released;

    Span(MapSide side, long address, long length) {
        this.side = side;
        this.address = address;
        this.length = length;
    }

    /** A buffer over bytes {@code [offset, offset + size)}, only for use while the span is not released. */
    ByteBuffer internal(long offset, int size) {
        return side.memory.newDirectByteBuffer(address + offset, size);
    }

    /** A view over the whole span that stays safe to touch after the span is released. */
    synchronized ByteBuffer view() {
        ByteBuffer root = side.memory.newDirectByteBuffer(address, (int) length);
        views++;
        VIEWS.register(root, this::viewGone);
        return root;
    }

    synchronized boolean hasViews() {
        return views > 0;
    }

    private synchronized void viewGone() {
        views--;
        if (released && views == 0) {
            side.calls.munmap(address, length); // nothing to tell anyone: the owner is gone
        }
    }

    /** Unmaps now, or (views alive) puts zero pages in the place of the mapping and unmaps when they die. */
    synchronized void release() throws OsException {
        if (released) {
            return;
        }
        released = true;
        if (views == 0) {
            side.check(side.calls.munmap(address, length));
            return;
        }
        int readWrite = side.constants.python().get("PROT_READ") | side.constants.python().get("PROT_WRITE");
        // if this fails the file's pages stay mapped until the views die: still never an unmapped address
        side.calls.mmap(address, length, readWrite, side.constants.mapPrivateAnonymous() | side.constants.mapFixed(),
                -1, 0);
    }

    /** After {@code mremap} moved or resized the range: nothing is left to unmap here. */
    synchronized void forget() {
        released = true;
    }
}
