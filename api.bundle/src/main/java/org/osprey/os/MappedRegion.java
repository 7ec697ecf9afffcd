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
    /** The mapped length in bytes. */
    long length();

    /** Whether {@link #close} was called. */
    boolean isClosed();

    /** Whether the region was mapped writable ({@code PROT_WRITE}). */
    boolean writable();

    byte get(long index);

    void put(long index, byte value);

    /** Copies {@code length} bytes from {@code offset} into {@code dst[dstOffset...]}. */
    void get(long offset, byte[] dst, int dstOffset, int length);

    /** Copies {@code length} bytes of {@code src[srcOffset...]} to {@code offset}. */
    void put(long offset, byte[] src, int srcOffset, int length);

    /** Copies {@code count} bytes from {@code src} to {@code dest} within the region (they may overlap). */
    void move(long dest, long src, long count);

    /** The lowest index in {@code [from, to)} where {@code sub} starts and ends inside it, or -1. */
    long indexOf(byte[] sub, long from, long to);

    /** The highest index in {@code [from, to)} where {@code sub} starts and ends inside it, or -1. */
    long lastIndexOf(byte[] sub, long from, long to);

    /** {@code msync(MS_SYNC)} of {@code [offset, offset + size)}; {@code offset} a multiple of the page size. */
    void flush(long offset, long size) throws OsException;

    /** {@code madvise}; {@code offset} a multiple of the page size. */
    void madvise(long offset, long length, int advice) throws OsException;

    /**
     * Changes the mapped length (the file, if any, must already have the size: the caller truncates it).
     *
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
     * @throws UnsupportedOperationException for a region longer than {@link Integer#MAX_VALUE} bytes
     */
    ByteBuffer buffer();

    /** Unmaps the region (see {@link #buffer()} for views still held); a second call does nothing. */
    @Override
    void close() throws OsException;
}
