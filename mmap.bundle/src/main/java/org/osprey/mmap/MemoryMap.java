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
    /**
     * Unmaps now and closes the map's duplicate of the descriptor; a second call does nothing. Mirrors
     * {@code mmap.close()}.
     *
     * @throws OsException if the unmap or the close fails
     */
    @Override
    void close() throws OsException;

    /** {@return whether the map is closed} Mirrors the attribute {@code mmap.closed}. */
    boolean closed();

    /**
     * {@return the mapped length in bytes} Mirrors {@code mmap.__len__()}, {@code len(m)}.
     *
     * @throws IllegalArgumentException if the map is closed
     */
    long length();

    /**
     * {@return the byte at {@code index}, 0..255} Mirrors {@code mmap.__getitem__(index)}, {@code m[index]}.
     *
     * @param index the index, negative from the end
     * @throws IndexOutOfBoundsException Python's {@code IndexError}: an index outside the map
     */
    int get(long index);

    /**
     * {@return the bytes of the slice} Mirrors {@code mmap.__getitem__(slice)}, {@code m[start:stop]}, with
     * Python's slice rules (negative from the end, clamped).
     *
     * @param start the first index
     * @param stop the index after the last
     */
    byte[] get(long start, long stop);

    /**
     * {@return the bytes of the slice} Mirrors {@code mmap.__getitem__(slice)}, {@code m[start:stop:step]}, with
     * Python's slice rules.
     *
     * @param start the first index
     * @param stop where the slice stops (exclusive)
     * @param step the distance between two indices, negative backwards
     * @throws IllegalArgumentException Python's {@code ValueError}: a {@code step} of 0
     */
    byte[] get(long start, long stop, long step);

    /**
     * Stores one byte. Mirrors {@code mmap.__setitem__(index, value)}, {@code m[index] = value}.
     *
     * @param index the index, negative from the end
     * @param value the byte, 0..255
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IndexOutOfBoundsException Python's {@code IndexError}: an index outside the map
     * @throws IllegalArgumentException Python's {@code ValueError}: a value outside 0..255
     */
    void set(long index, int value);

    /**
     * Replaces a slice. Mirrors {@code mmap.__setitem__(slice, value)}, {@code m[start:stop] = value}.
     *
     * @param start the first index
     * @param stop the index after the last
     * @param value the new bytes, exactly as many as the slice has
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IndexOutOfBoundsException Python's {@code IndexError}: a {@code value} of another length
     */
    void set(long start, long stop, byte[] value);

    /**
     * Replaces an extended slice. Mirrors {@code mmap.__setitem__(slice, value)},
     * {@code m[start:stop:step] = value}.
     *
     * @param start the first index
     * @param stop where the slice stops (exclusive)
     * @param step the distance between two indices, negative backwards, not 0
     * @param value the new bytes, exactly as many as the slice has
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IndexOutOfBoundsException Python's {@code IndexError}: a {@code value} of another length
     * @throws IllegalArgumentException Python's {@code ValueError}: a {@code step} of 0
     */
    void set(long start, long stop, long step, byte[] value);

    /**
     * {@return the lowest index of {@code sub} from the current position to the end, or -1} Mirrors
     * {@code mmap.find(sub)}.
     *
     * @param sub the bytes to look for
     */
    long find(byte[] sub);

    /**
     * {@return the lowest index of {@code sub} from {@code start} to the end, or -1} Mirrors
     * {@code mmap.find(sub, start)}.
     *
     * @param sub the bytes to look for
     * @param start where the search starts, negative from the end, clamped to the map
     */
    long find(byte[] sub, long start);

    /**
     * {@return the lowest index of {@code sub} within the slice {@code [start:end]}, or -1} Mirrors
     * {@code mmap.find(sub, start, end)}.
     *
     * @param sub the bytes to look for
     * @param start where the search starts, negative from the end, clamped to the map
     * @param end where a match must end by (exclusive), negative from the end, clamped to the map
     */
    long find(byte[] sub, long start, long end);

    /**
     * {@return the highest index of {@code sub} from the current position to the end, or -1} Mirrors
     * {@code mmap.rfind(sub)}.
     *
     * @param sub the bytes to look for
     */
    long rfind(byte[] sub);

    /**
     * {@return the highest index of {@code sub} from {@code start} to the end, or -1} Mirrors
     * {@code mmap.rfind(sub, start)}.
     *
     * @param sub the bytes to look for
     * @param start where the search starts, negative from the end, clamped to the map
     */
    long rfind(byte[] sub, long start);

    /**
     * {@return the highest index of {@code sub} within the slice {@code [start:end]}, or -1} Mirrors
     * {@code mmap.rfind(sub, start, end)}.
     *
     * @param sub the bytes to look for
     * @param start where the search starts, negative from the end, clamped to the map
     * @param end where a match must end by (exclusive), negative from the end, clamped to the map
     */
    long rfind(byte[] sub, long start, long end);

    /**
     * Writes the whole map back to the file; nothing for an {@code ACCESS_READ} or {@code ACCESS_COPY} map.
     * Mirrors {@code mmap.flush()}.
     *
     * @throws OsException if {@code msync} fails
     */
    void flush() throws OsException;

    /**
     * As {@link #flush(long, long)} with the map's whole length as {@code size}, so any {@code offset} but 0 is
     * out of range, as in CPython. Mirrors {@code mmap.flush(offset)}.
     *
     * @param offset where the range starts
     * @throws OsException if {@code msync} fails
     * @throws IllegalArgumentException Python's {@code ValueError}: an {@code offset} other than 0
     */
    void flush(long offset) throws OsException;

    /**
     * {@code msync} of the range to the file; nothing for an {@code ACCESS_READ} or {@code ACCESS_COPY} map.
     * Mirrors {@code mmap.flush(offset, size)}.
     *
     * @param offset where the range starts, a multiple of {@link Mmap#PAGESIZE()}
     * @param size the length of the range
     * @throws OsException if {@code msync} fails ({@code EINVAL} for an unaligned {@code offset})
     * @throws IllegalArgumentException Python's {@code ValueError}: a range outside the map
     */
    void flush(long offset, long size) throws OsException;

    /**
     * Advises the kernel about the whole map. Mirrors {@code mmap.madvise(option)}.
     *
     * @param option one of the platform's {@code MADV_*} values ({@link Mmap#constants()})
     * @throws OsException if {@code madvise} fails
     * @throws UnsupportedOperationException where the provider has no {@code madvise} (the pure-Java provider)
     */
    void madvise(int option) throws OsException;

    /**
     * Advises the kernel about the map from {@code start} to its end. Mirrors {@code mmap.madvise(option, start)}.
     *
     * @param option one of the platform's {@code MADV_*} values ({@link Mmap#constants()})
     * @param start where the range starts, a multiple of {@link Mmap#PAGESIZE()}
     * @throws OsException if {@code madvise} fails ({@code EINVAL} for an unaligned {@code start})
     * @throws IllegalArgumentException Python's {@code ValueError}: a {@code start} outside the map
     * @throws UnsupportedOperationException where the provider has no {@code madvise} (the pure-Java provider)
     */
    void madvise(int option, long start) throws OsException;

    /**
     * Advises the kernel about {@code length} bytes from {@code start}, clamped to the map. Mirrors
     * {@code mmap.madvise(option, start, length)}.
     *
     * @param option one of the platform's {@code MADV_*} values ({@link Mmap#constants()})
     * @param start where the range starts, a multiple of {@link Mmap#PAGESIZE()}
     * @param length the length of the range
     * @throws OsException if {@code madvise} fails ({@code EINVAL} for an unaligned {@code start})
     * @throws IllegalArgumentException Python's {@code ValueError}: a {@code start} outside the map, a negative
     *         {@code length}
     * @throws ArithmeticException Python's {@code OverflowError}: {@code start + length} overflows
     * @throws UnsupportedOperationException where the provider has no {@code madvise} (the pure-Java provider)
     */
    void madvise(int option, long start, long length) throws OsException;

    /**
     * Copies {@code count} bytes within the map (they may overlap). Mirrors {@code mmap.move(dest, src, count)}.
     *
     * @param dest where the bytes go
     * @param src where the bytes start
     * @param count how many bytes to copy
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IllegalArgumentException Python's {@code ValueError}: a range outside the map
     */
    void move(long dest, long src, long count);

    /**
     * {@return the bytes from the position to the end} The position moves to the end. Mirrors
     * {@code mmap.read()}.
     */
    byte[] read();

    /**
     * {@return up to {@code n} bytes from the position} The position moves past them. Mirrors
     * {@code mmap.read(n)}.
     *
     * @param n how many bytes at most; negative: to the end
     */
    byte[] read(long n);

    /**
     * {@return the byte at the position, 0..255} The position moves past it. Mirrors {@code mmap.read_byte()}.
     *
     * @throws IllegalArgumentException Python's {@code ValueError}: the position is at or past the end
     */
    int readByte();

    /**
     * {@return the bytes from the position up to and with the next {@code \n}, or to the end} The position moves
     * past them. Mirrors {@code mmap.readline()}.
     */
    byte[] readline();

    /**
     * The map, and the file (to {@code offset + newsize}), grow or shrink; on Linux through {@code mremap}.
     * Mirrors {@code mmap.resize(newsize)}.
     *
     * @param newsize the new length of the map in bytes
     * @throws OsException if the file's {@code ftruncate} or the remap fails (a failed remap puts the file's
     *         size back)
     * @throws AccessModeException for an {@code ACCESS_READ} or {@code ACCESS_COPY} map
     * @throws IllegalArgumentException Python's {@code ValueError}: a negative {@code newsize}, a map made with
     *         {@code trackfd=False}
     * @throws IllegalStateException while a {@link #buffer()} view may still be in use (until the garbage
     *         collector has cleared it), Python's {@code BufferError}
     * @throws UnsupportedOperationException where the provider cannot remap (the pure-Java provider, macOS)
     */
    void resize(long newsize) throws OsException;

    /**
     * Moves the position to {@code pos}. Mirrors {@code mmap.seek(pos)}.
     *
     * @param pos the new position, 0 to the map's length
     * @return the new position (Python 3.13)
     * @throws IllegalArgumentException Python's {@code ValueError}: a position outside the map
     */
    long seek(long pos);

    /**
     * Moves the position by {@code pos} from where {@code whence} says. Mirrors {@code mmap.seek(pos, whence)}.
     *
     * @param pos the distance
     * @param whence 0 (from the start), 1 (from the current position) or 2 (from the end)
     * @return the new position (Python 3.13)
     * @throws IllegalArgumentException Python's {@code ValueError}: a position outside the map, another
     *         {@code whence}
     */
    long seek(long pos, int whence);

    /** {@return true: a map can always seek} Mirrors {@code mmap.seekable()} (Python 3.13). */
    boolean seekable();

    /**
     * {@return the size of the file ({@code fstat}), not of the map} Mirrors {@code mmap.size()}.
     *
     * @throws OsException if {@code fstat} fails: {@code EBADF} for anonymous memory or a map made with
     *         {@code trackfd=False}
     */
    long size() throws OsException;

    /** {@return the position} Mirrors {@code mmap.tell()}. */
    long tell();

    /**
     * Writes {@code bytes} at the position, which moves past them. Mirrors {@code mmap.write(bytes)}.
     *
     * @param bytes what to write
     * @return the number of bytes written, all of them
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IllegalArgumentException Python's {@code ValueError}: the bytes do not fit before the end
     */
    int write(byte[] bytes);

    /**
     * Writes one byte at the position, which moves past it. Mirrors {@code mmap.write_byte(byte)}.
     *
     * @param value the byte, 0..255
     * @throws ArithmeticException Python's {@code OverflowError}: a value outside 0..255
     * @throws AccessModeException for an {@code ACCESS_READ} map
     * @throws IllegalArgumentException Python's {@code ValueError}: the position is at or past the end
     */
    void writeByte(int value);

    /**
     * The map as a {@link ByteBuffer} for Java code ({@code memoryview(m)}): read-only for an
     * {@code ACCESS_READ} map, at most 2 GiB - 1 bytes. The buffer stays safe to touch after {@link #close()}
     * and never reaches memory that is unmapped: on the POSIX provider the file's pages are replaced at close by
     * zero pages (a late read sees zeros, a late write goes nowhere), unmapped once the buffer and every buffer
     * made from it are garbage; on the pure-Java provider the map lives until then. While such a buffer is
     * reachable, {@link #resize(long)} is refused. An Osprey extension.
     *
     * @return a buffer over the whole map
     * @throws UnsupportedOperationException for a map longer than 2 GiB - 1 bytes
     */
    ByteBuffer buffer();
}
