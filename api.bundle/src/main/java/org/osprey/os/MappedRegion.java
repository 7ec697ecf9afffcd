package org.osprey.os;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Memory mapped from a file or anonymous memory ({@link Os#mmap}): the native part of Python's {@code mmap.mmap},
 * made safe to share between threads. Every access holds the region open for its duration, and {@link #close} and
 * {@link #resize} wait for the accesses under way and exclude new ones, so a racing reader sees a clean error,
 * never memory that is no longer mapped. Offsets and lengths are checked: an access outside the region is an
 * {@link IndexOutOfBoundsException}, an access to a closed region an {@link IllegalArgumentException} with
 * CPython's message ({@code mmap closed or invalid}). Whether writes are allowed is the mapping's {@code prot}:
 * a write to a region mapped without {@code PROT_WRITE} is a {@link java.nio.ReadOnlyBufferException}.
 */
@ProviderType
public interface MappedRegion extends AutoCloseable {
    /**
     * {@return the mapped length in bytes}
     *
     * @throws IllegalArgumentException if the region is closed
     */
    long length();

    /** {@return whether {@link #close} was called} */
    boolean isClosed();

    /** {@return whether the region was mapped writable ({@code PROT_WRITE})} */
    boolean writable();

    /**
     * {@return the byte at {@code index}}
     *
     * @param index the offset in the region
     * @throws IndexOutOfBoundsException if {@code index} is outside the region
     * @throws IllegalArgumentException if the region is closed
     */
    byte get(long index);

    /**
     * Stores {@code value} at {@code index}.
     *
     * @param index the offset in the region
     * @param value the byte to store
     * @throws java.nio.ReadOnlyBufferException if the region is not {@link #writable()}
     * @throws IndexOutOfBoundsException if {@code index} is outside the region
     * @throws IllegalArgumentException if the region is closed
     */
    void put(long index, byte value);

    /**
     * Copies {@code length} bytes from {@code offset} into {@code dst[dstOffset...]}.
     *
     * @param offset where in the region the bytes start
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the bytes go
     * @param length how many bytes to copy
     * @throws IndexOutOfBoundsException if either range is outside its region or array
     * @throws IllegalArgumentException if the region is closed
     */
    void get(long offset, byte[] dst, int dstOffset, int length);

    /**
     * Copies {@code length} bytes of {@code src[srcOffset...]} to {@code offset}.
     *
     * @param offset where in the region the bytes go
     * @param src the array to copy from
     * @param srcOffset where in {@code src} the bytes start
     * @param length how many bytes to copy
     * @throws java.nio.ReadOnlyBufferException if the region is not {@link #writable()}
     * @throws IndexOutOfBoundsException if either range is outside its array or region
     * @throws IllegalArgumentException if the region is closed
     */
    void put(long offset, byte[] src, int srcOffset, int length);

    /**
     * Copies {@code count} bytes from {@code src} to {@code dest} within the region (they may overlap).
     *
     * @param dest where the bytes go
     * @param src where the bytes start
     * @param count how many bytes to copy
     * @throws java.nio.ReadOnlyBufferException if the region is not {@link #writable()}
     * @throws IndexOutOfBoundsException if either range is outside the region
     * @throws IllegalArgumentException if the region is closed
     */
    void move(long dest, long src, long count);

    /**
     * {@return the lowest index in {@code [from, to)} where {@code sub} starts and ends inside it, or -1} An empty
     * {@code sub} is found at {@code from}. {@code from} and {@code to} are first clamped to the region.
     *
     * @param sub the bytes to look for
     * @param from the lowest index to start at
     * @param to where the match must end by (exclusive)
     * @throws IllegalArgumentException if the region is closed
     */
    long indexOf(byte[] sub, long from, long to);

    /**
     * {@return the highest index in {@code [from, to)} where {@code sub} starts and ends inside it, or -1} An
     * empty {@code sub} is found at {@code to}. {@code from} and {@code to} are first clamped to the region.
     *
     * @param sub the bytes to look for
     * @param from the lowest index to start at
     * @param to where the match must end by (exclusive)
     * @throws IllegalArgumentException if the region is closed
     */
    long lastIndexOf(byte[] sub, long from, long to);

    /**
     * Writes {@code [offset, offset + size)} back to the file, {@code msync(MS_SYNC)}.
     *
     * @param offset where the range starts, a multiple of the page size
     * @param size the length of the range
     * @throws OsException if {@code msync} fails ({@code EINVAL} for an unaligned {@code offset})
     * @throws IndexOutOfBoundsException if the range is outside the region
     * @throws IllegalArgumentException if the region is closed
     */
    void flush(long offset, long size) throws OsException;

    /**
     * Advises the kernel how {@code [offset, offset + length)} will be used, {@code madvise(2)}.
     *
     * @param offset where the range starts, a multiple of the page size
     * @param length the length of the range
     * @param advice one of the platform's {@code MADV_*} values ({@link Os#mmapConstants()})
     * @throws OsException if {@code madvise} fails
     * @throws IndexOutOfBoundsException if the range is outside the region
     * @throws IllegalArgumentException if the region is closed
     * @throws UnsupportedOperationException where the provider has no {@code madvise}
     */
    void madvise(long offset, long length, int advice) throws OsException;

    /**
     * Changes the mapped length (the file, if any, must already have the size: the caller truncates it).
     *
     * @param newLength the new length in bytes
     * @throws OsException if the remap fails
     * @throws IllegalArgumentException for a negative {@code newLength}, or if the region is closed
     * @throws IllegalStateException while a {@link #buffer()} view of the region may still be in use (CPython's
     *         {@code BufferError}): a view is in use until the garbage collector has cleared it
     * @throws UnsupportedOperationException where the provider cannot remap
     */
    void resize(long newLength) throws OsException;

    /**
     * A {@link ByteBuffer} over the whole region, for Java code (read-only if the region is), such as Python's
     * {@code memoryview(mm)}. It may outlive {@link #close}: the provider then either keeps the memory mapped
     * until the buffer and every buffer derived from it are garbage ({@code FileChannel.map}), or replaces the
     * file's pages at once with private zero pages, so that a late use reads zeros and its writes go nowhere,
     * and unmaps them when the buffer is garbage (the POSIX provider). Never a crash.
     *
     * @return a buffer of {@link #length()} bytes at position 0
     * @throws IllegalArgumentException if the region is closed
     * @throws UnsupportedOperationException for a region longer than {@link Integer#MAX_VALUE} bytes
     */
    ByteBuffer buffer();

    /**
     * Unmaps the region (see {@link #buffer()} for views still held); a second call does nothing.
     *
     * @throws OsException if {@code munmap} fails
     */
    @Override
    void close() throws OsException;
}
