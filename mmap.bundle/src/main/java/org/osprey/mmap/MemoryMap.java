package org.osprey.mmap;

import java.nio.ByteBuffer;

import org.osprey.os.OsException;

/**
 * A Python {@code mmap.mmap} object: a memory map of a file or of anonymous memory, with a position for the
 * file-like calls. Safe to share between threads: {@link #close()} and {@link #resize(long)} wait for the calls
 * under way and a call after them fails cleanly ({@code ValueError: mmap closed or invalid} is an
 * {@link IllegalArgumentException}), never touching memory that is no longer mapped. The position moves
 * atomically per call. Python's errors: {@code ValueError} is {@link IllegalArgumentException},
 * {@code IndexError} {@link IndexOutOfBoundsException}, {@code TypeError} (a write to a read-only map)
 * {@link AccessModeException}, {@code BufferError} {@link IllegalStateException}, {@code OverflowError}
 * {@link ArithmeticException}, {@code OSError} an {@link OsException}. Dropped unclosed, the map and its
 * descriptor are closed when the garbage collector finds it.
 */
public interface MemoryMap extends AutoCloseable {
    /** {@code close()}: unmaps now and closes the map's duplicate of the descriptor; a second call does nothing. */
    @Override
    void close() throws OsException;

    /** {@code closed}. */
    boolean closed();

    /** {@code len(m)}: the mapped length. */
    long length();

    /** {@code m[index]}: the byte, 0..255, at {@code index} (negative: from the end). */
    int get(long index);

    /** {@code m[start:stop]} with Python's slice rules (negative from the end, clamped). */
    byte[] get(long start, long stop);

    /** {@code m[start:stop:step]}; {@code step} not 0. */
    byte[] get(long start, long stop, long step);

    /** {@code m[index] = value}, {@code value} in 0..255. */
    void set(long index, int value);

    /** {@code m[start:stop] = value}: {@code value} exactly as long as the slice. */
    void set(long start, long stop, byte[] value);

    /** {@code m[start:stop:step] = value}. */
    void set(long start, long stop, long step, byte[] value);

    /** {@code find(sub)}: from the current position. */
    long find(byte[] sub);

    long find(byte[] sub, long start);

    /** {@code find(sub, start, end)}: the lowest index of {@code sub} within the slice, or -1. */
    long find(byte[] sub, long start, long end);

    /** {@code rfind(sub)}: from the current position. */
    long rfind(byte[] sub);

    long rfind(byte[] sub, long start);

    /** {@code rfind(sub, start, end)}: the highest index of {@code sub} within the slice, or -1. */
    long rfind(byte[] sub, long start, long end);

    /** {@code flush()}: the whole map. */
    void flush() throws OsException;

    void flush(long offset) throws OsException;

    /**
     * {@code flush(offset, size)}: {@code msync} of the range to the file ({@code offset} a multiple of
     * {@link Mmap#PAGESIZE()}); nothing for an {@code ACCESS_READ} or {@code ACCESS_COPY} map.
     */
    void flush(long offset, long size) throws OsException;

    void madvise(int option) throws OsException;

    void madvise(int option, long start) throws OsException;

    /** {@code madvise(option, start, length)} with one of the platform's {@code MADV_*} values. */
    void madvise(int option, long start, long length) throws OsException;

    /** {@code move(dest, src, count)}: copies {@code count} bytes within the map (they may overlap). */
    void move(long dest, long src, long count);

    /** {@code read()}: from the position to the end. */
    byte[] read();

    /** {@code read(n)}: up to {@code n} bytes from the position (a negative {@code n}: to the end). */
    byte[] read(long n);

    /** {@code read_byte()}: the byte at the position, 0..255. */
    int readByte();

    /** {@code readline()}: up to and with the next {@code \n}, or to the end. */
    byte[] readline();

    /**
     * {@code resize(newsize)}: the map, and the file (to {@code offset + newsize}), grow or shrink; on Linux
     * through {@code mremap}.
     *
     * @throws IllegalStateException while a {@link #buffer()} view may still be in use (until the garbage
     *         collector has cleared it), Python's {@code BufferError}
     * @throws UnsupportedOperationException where the provider cannot remap (the pure-Java provider, macOS)
     */
    void resize(long newsize) throws OsException;

    /** {@code seek(pos)}: absolute; returns the new position (Python 3.13). */
    long seek(long pos);

    /** {@code seek(pos, whence)}: {@code whence} 0 (start), 1 (current) or 2 (end). */
    long seek(long pos, int whence);

    /** {@code seekable()}: true. */
    boolean seekable();

    /** {@code size()}: the size of the file ({@code fstat}), not of the map; anonymous memory is {@code EBADF}. */
    long size() throws OsException;

    /** {@code tell()}. */
    long tell();

    /** {@code write(bytes)}: at the position, which moves past it; returns the number written. */
    int write(byte[] bytes);

    /** {@code write_byte(byte)}: {@code value} in 0..255. */
    void writeByte(int value);

    /**
     * The map as a {@link ByteBuffer} for Java code ({@code memoryview(m)}): read-only for an
     * {@code ACCESS_READ} map, at most 2 GiB - 1 bytes. The buffer stays safe to touch after {@link #close()}
     * and never reaches memory that is unmapped: on the POSIX provider the file's pages are replaced at close by
     * zero pages (a late read sees zeros, a late write goes nowhere), unmapped once the buffer and every buffer
     * made from it are garbage; on the pure-Java provider the map lives until then. While such a buffer is
     * reachable, {@link #resize(long)} is refused.
     */
    ByteBuffer buffer();
}
