package org.osprey.posix.fd;

import java.nio.ByteBuffer;

import com.kenai.jffi.MemoryIO;

/**
 * The native memory that one buffer's remaining bytes occupy during one call. A direct buffer is used in
 * place; a heap buffer goes through this thread's 64 KiB staging area or, when that is taken or too small,
 * through memory allocated for the call and freed when it is closed, so memory stays flat however much is
 * read or written.
 */
final class Staged implements AutoCloseable {
    private static final int AREA = 64 * 1024;
    private static final MemoryIO MEMORY = MemoryIO.getInstance();

    /**
     * This thread's staging area, lent to one buffer at a time. A direct buffer rather than malloc'd memory, so
     * that the JDK frees it once its thread is gone.
     */
    private static final class Area {
        final ByteBuffer memory = ByteBuffer.allocateDirect(AREA);
        final long address = MEMORY.getDirectBufferAddress(memory);
        boolean lent;
    }

    private static final ThreadLocal<Area> AREA_OF_THREAD = ThreadLocal.withInitial(Area::new);

    private final ByteBuffer buffer;
    private final int length;
    private final long address;
    private final Area lentArea;
    private final boolean allocated;

    private Staged(ByteBuffer buffer, boolean copyIn) {
        this.buffer = buffer;
        this.length = buffer.remaining();
        if (buffer.isDirect()) {
            address = MEMORY.getDirectBufferAddress(buffer) + buffer.position();
            lentArea = null;
            allocated = false;
            return;
        }
        Area area = AREA_OF_THREAD.get();
        if (!area.lent && length <= AREA) {
            area.lent = true;
            lentArea = area;
            allocated = false;
            address = area.address;
        } else {
            lentArea = null;
            allocated = true;
            address = MEMORY.allocateMemory(Math.max(length, 1), false);
        }
        if (copyIn) {
            copyIn();
        }
    }

    /** For a call that fills the buffer. */
    static Staged forRead(ByteBuffer buffer) {
        return new Staged(buffer, false);
    }

    /** For a call that reads the buffer's remaining bytes. */
    static Staged forWrite(ByteBuffer buffer) {
        return new Staged(buffer, true);
    }

    private void copyIn() {
        if (buffer.hasArray()) {
            MEMORY.putByteArray(address, buffer.array(), buffer.arrayOffset() + buffer.position(), length);
        } else { // a read-only heap buffer hides its array
            byte[] copy = new byte[length];
            buffer.duplicate().get(copy);
            MEMORY.putByteArray(address, copy, 0, length);
        }
    }

    long address() {
        return address;
    }

    int length() {
        return length;
    }

    /** The call put {@code n} bytes into the native memory: move them into the buffer and past them. */
    void filled(int n) {
        if (!buffer.isDirect() && n > 0) {
            MEMORY.getByteArray(address, buffer.array(), buffer.arrayOffset() + buffer.position(), n);
        }
        buffer.position(buffer.position() + n);
    }

    /** The call took {@code n} bytes: move past them. */
    void consumed(int n) {
        buffer.position(buffer.position() + n);
    }

    @Override
    public void close() {
        if (lentArea != null) {
            lentArea.lent = false;
        } else if (allocated) {
            MEMORY.freeMemory(address);
        }
    }
}
