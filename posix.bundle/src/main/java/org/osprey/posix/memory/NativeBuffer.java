package org.osprey.posix.memory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.kenai.jffi.MemoryIO;

/**
 * Native memory that Java reads and writes as a direct {@link ByteBuffer} (in native byte order) and passes to
 * native calls by its {@link #address()}; hot paths write and read it at that address too, without the buffer's
 * bounds checks. It may grow; the memory of a replaced or dropped buffer is freed by the
 * JDK when the buffer becomes unreachable.
 */
public final class NativeBuffer {
    private ByteBuffer bytes;
    private long address;

    public NativeBuffer(int capacity) {
        allocate(capacity);
    }

    private void allocate(int capacity) {
        bytes = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
        address = MemoryIO.getInstance().getDirectBufferAddress(bytes);
    }

    public ByteBuffer bytes() {
        return bytes;
    }

    /** Where the memory starts; valid until the buffer grows. */
    public long address() {
        return address;
    }

    /** {@code count} C {@code unsigned int}s (uids, gids) from byte {@code offset} on, as Java longs. */
    public long[] unsignedInts(int offset, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = Integer.toUnsignedLong(bytes.getInt(offset + i * Integer.BYTES));
        }
        return values;
    }

    /** Writes {@code values} as C {@code int}s from the start; returns the address. */
    public long putInts(long... values) {
        ensure(values.length * Integer.BYTES);
        for (int i = 0; i < values.length; i++) {
            bytes.putInt(i * Integer.BYTES, (int) values[i]);
        }
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
