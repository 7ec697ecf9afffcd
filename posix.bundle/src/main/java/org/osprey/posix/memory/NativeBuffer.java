package org.osprey.posix.memory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * Native memory that Java reads and writes as a direct {@link ByteBuffer} (in native byte order) and passes to
 * native calls as a {@link Pointer}. It may grow; the memory of a replaced or dropped buffer is freed by the
 * JDK when the buffer becomes unreachable.
 */
public final class NativeBuffer {
    private ByteBuffer bytes;
    private Pointer pointer;
    private byte[] staging = new byte[0];

    public NativeBuffer(int capacity) {
        allocate(capacity);
    }

    private void allocate(int capacity) {
        bytes = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
        pointer = Pointer.wrap(Runtime.getSystemRuntime(), bytes);
    }

    public ByteBuffer bytes() {
        return bytes;
    }

    public Pointer pointer() {
        return pointer;
    }

    public int capacity() {
        return bytes.capacity();
    }

    /** A heap array of at least {@code length} bytes to assemble contents in before one bulk copy. */
    public byte[] staging(int length) {
        if (staging.length < length) {
            staging = new byte[Math.max(length, 2 * staging.length)];
        }
        return staging;
    }

    /** Makes room for at least {@code capacity} bytes; the contents are not kept. */
    public NativeBuffer ensure(int capacity) {
        if (capacity > bytes.capacity()) {
            allocate(Math.max(capacity, bytes.capacity() * 2));
        }
        return this;
    }

    /** Doubles the capacity, for a call that reported its result did not fit; the contents are not kept. */
    public NativeBuffer grow() {
        return ensure(bytes.capacity() * 2);
    }
}
