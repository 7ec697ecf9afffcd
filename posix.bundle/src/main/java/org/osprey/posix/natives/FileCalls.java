package org.osprey.posix.natives;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.VOID;

/**
 * The C library's file and directory calls that Linux and macOS share, beyond {@link LibC}: ownership, special
 * files, limits, file system statistics and times. Bound on first use ({@link NativeDoor#bind}).
 */
public final class FileCalls {
    private final CFunction fchownat;
    private final CFunction fchown;
    private final CFunction chroot;
    private final CFunction mkfifo;
    private final CFunction pathconf;
    private final CFunction fpathconf;
    private final CFunction statvfs;
    private final CFunction fstatvfs;
    private final CFunction sync;
    private final CFunction utimensat;
    private final CFunction futimens;

    public FileCalls(Binder b) {
        fchownat = b.function("fchownat", INT, INT, POINTER, INT, INT, INT);
        fchown = b.function("fchown", INT, INT, INT, INT);
        chroot = b.function("chroot", INT, POINTER);
        mkfifo = b.function("mkfifo", INT, POINTER, INT);
        pathconf = b.function("pathconf", LONG, POINTER, INT);
        fpathconf = b.function("fpathconf", LONG, INT, INT);
        statvfs = b.function("statvfs", INT, POINTER, POINTER);
        fstatvfs = b.function("fstatvfs", INT, INT, POINTER);
        sync = b.function("sync", VOID);
        utimensat = b.function("utimensat", INT, INT, POINTER, POINTER, INT);
        futimens = b.function("futimens", INT, INT, POINTER);
    }

    public int fchownat(int dirfd, long path, int uid, int gid, int flags) {
        return (int) fchownat.call(dirfd, path, uid, gid, flags);
    }

    public int fchown(int fd, int uid, int gid) {
        return (int) fchown.call(fd, uid, gid);
    }

    public int chroot(long path) {
        return (int) chroot.call(path);
    }

    public int mkfifo(long path, int mode) {
        return (int) mkfifo.call(path, mode);
    }

    /** {@code long} in C; {@code -1} both for "no limit" (errno untouched) and for an error. */
    public long pathconf(long path, int name) {
        return pathconf.call(path, name);
    }

    public long fpathconf(int fd, int name) {
        return fpathconf.call(fd, name);
    }

    public int statvfs(long path, long buf) {
        return (int) statvfs.call(path, buf);
    }

    public int fstatvfs(int fd, long buf) {
        return (int) fstatvfs.call(fd, buf);
    }

    public void sync() {
        sync.call();
    }

    /** {@code times} is two {@code struct timespec}, or null for now. */
    public int utimensat(int dirfd, long path, long times, int flags) {
        return (int) utimensat.call(dirfd, path, times, flags);
    }

    public int futimens(int fd, long times) {
        return (int) futimens.call(fd, times);
    }
}
