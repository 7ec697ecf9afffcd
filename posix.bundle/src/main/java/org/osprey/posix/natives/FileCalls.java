package org.osprey.posix.natives;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;

/**
 * The C library's file and directory calls that Linux and macOS share, beyond {@link LibC}: ownership, special
 * files, limits, file system statistics and times. Bound on first use ({@link NativeDoor#bind}).
 */
public interface FileCalls {
    @SaveError
    int fchownat(int dirfd, Pointer path, int uid, int gid, int flags);

    @SaveError
    int fchown(int fd, int uid, int gid);

    @SaveError
    int chroot(Pointer path);

    @SaveError
    int mkfifo(Pointer path, int mode);

    /** {@code long} in C; {@code -1} both for "no limit" (errno untouched) and for an error. */
    @SaveError
    long pathconf(Pointer path, int name);

    @SaveError
    long fpathconf(int fd, int name);

    @SaveError
    int statvfs(Pointer path, Pointer buf);

    @SaveError
    int fstatvfs(int fd, Pointer buf);

    void sync();

    /** {@code times} is two {@code struct timespec}, or null for now. */
    @SaveError
    int utimensat(int dirfd, Pointer path, Pointer times, int flags);

    @SaveError
    int futimens(int fd, Pointer times);
}
