package org.osprey.posix.variant;

import org.osprey.os.OsException;
import org.osprey.posix.files.Xattrs;
import org.osprey.posix.memory.NativeBuffer;

/** The native calls that each variant makes its own way; the C convention: -1 (or not 0) and errno on failure. */
public interface PlatformCalls {
    Xattrs xattrs();

    /** {@code mkfifoat}, for a real {@code dirFd}. */
    int mkfifoat(int dirFd, long path, int mode);

    /** {@code mknod}, relative to {@code dirFd} unless it is {@code NO_DIR_FD}. */
    int mknod(int dirFd, long path, int mode, long device);

    /** BSD file flags. */
    int chflags(long path, int flags, boolean followSymlinks);

    /** A sync through the drive's write cache: {@code fcntl(F_FULLFSYNC)} or a plain {@code fsync}. */
    int fullfsync(int fd);

    /** {@code fcopyfile(3)} with no state (macOS). */
    int fcopyfile(int inFd, int outFd, int flags);

    /** {@code clonefile(2)} (macOS). */
    int clonefile(long src, long dst, int flags);

    /** Python's {@code os.sendfile}; {@code offset} {@code NO_OFFSET} for {@code None}. */
    long sendfile(int outFd, int inFd, long offset, long count) throws OsException;

    /** Fills {@code out} with up to {@code want} random bytes (at most its capacity) and returns how many. */
    int random(NativeBuffer out, int want) throws OsException;
}
