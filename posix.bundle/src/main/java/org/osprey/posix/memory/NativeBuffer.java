package org.osprey.posix.memory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.kenai.jffi.MemoryIO;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * Native memory that Java reads and writes as a direct {@link ByteBuffer} (in native byte order) and passes to
 * native calls as a {@link Pointer}; hot paths write and read it at its {@link #address()} instead, without the
 * buffer's bounds checks. It may grow; the memory of a replaced or dropped buffer is freed by the
 * JDK when the buffer becomes unreachable.
 */
public final class NativeBuffer {
    private ByteBuffer bytes;
    private Pointer pointer;
    private long address;

    public NativeBuffer(int capacity) {
        allocate(capacity);
    }

    private void allocate(int capacity) {
        bytes = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
        pointer = Pointer.wrap(Runtime.getSystemRuntime(), bytes);
        address = MemoryIO.getInstance().getDirectBufferAddress(bytes);
    }

    public ByteBuffer bytes() {
        return bytes;
    }

    public Pointer pointer() {
        return pointer;
    }

    /** Where the memory starts; valid until the buffer grows. */
    public long address() {
        return address;
    }

    public int capacity() {
        return bytes.capacity();
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
