package org.osprey.os.internal;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * The array that one {@code os.read(fd, n)} or {@code os.pread(fd, n, offset)} needs. CPython allocates
 * {@code n} bytes and lets the kernel back only the pages a read touches, so {@code n} may be any size; a Java
 * array is zeroed and counted on the heap at once. A large {@code n} is therefore cut to what one
 * {@code read(2)} can return: the rest of a regular file, with a floor for a file that grows meanwhile, and a
 * bounded chunk from anything else (a pipe, a socket, a terminal) or from a file the provider cannot stat, which
 * may return fewer bytes than asked.
 */
final class ReadSize {
    /** Reads up to this size allocate what they ask for and cost no extra call. */
    static final int CHUNK = 64 * 1024;
    /** Linux's {@code MAX_RW_COUNT} ({@code INT_MAX} rounded down to a page): no {@code read(2)} returns more. */
    static final int MAX_READ = 0x7fff_f000;

    private ReadSize() {
    }

    /** For {@code os.read(fd, n)}: at the descriptor's position. */
    static int forRead(Os os, int fd, int n) {
        return of(os, fd, n, true, 0);
    }

    /** For {@code os.pread(fd, n, offset)}. */
    static int forPread(Os os, int fd, int n, long offset) {
        return of(os, fd, n, false, offset);
    }

    private static int of(Os os, int fd, int n, boolean atPosition, long offset) {
        if (n <= CHUNK) {
            return n;
        }
        long left;
        try {
            StatResult st = os.fstat(fd);
            if (!st.isRegularFile()) {
                return CHUNK;
            }
            long position = atPosition ? os.lseek(fd, 0, os.SEEK_CUR()) : offset;
            left = position < 0 ? 0 : st.size() - position;
        } catch (OsException e) {
            return CHUNK; // the read itself then fails with its own errno, as CPython's would
        } catch (UnsupportedOperationException e) {
            return CHUNK; // a provider that cannot stat this open file (its name is gone): a chunk, as from a pipe
        }
        return (int) Math.min(Math.min(n, MAX_READ), Math.max(left, CHUNK));
    }
}
