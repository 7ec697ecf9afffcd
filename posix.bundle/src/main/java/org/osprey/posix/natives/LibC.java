package org.osprey.posix.natives;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

/**
 * The core of the C library as the provider calls it, found when the provider's native side loads: every path
 * is the address of a NUL-terminated byte string in native memory (jnr-posix, by contrast, lacks the {@code *at}
 * calls, encodes paths with the JVM's charset, and took 0.3-0.5 s to bind at first use, so it is not used).
 * Every call saves errno right after it; pointers are plain addresses (0 is NULL).
 */
public final class LibC {
    private final CFunction fstatat;
    private final CFunction fstat;
    private final CFunction faccessat;
    private final CFunction fchmodat;
    private final CFunction mkdirat;
    private final CFunction unlinkat;
    private final CFunction renameat;
    private final CFunction linkat;
    private final CFunction symlinkat;
    private final CFunction readlinkat;
    private final CFunction openat4;
    private final CFunction openat3;
    private final CFunction fcntl;
    private final CFunction lseek;
    private final CFunction close;
    private final CFunction chdir;
    private final CFunction fchdir;
    private final CFunction getcwd;
    private final CFunction getdents64;
    private final CFunction fdopendir;
    private final CFunction readdir;
    private final CFunction closedir;
    private final CFunction uname;
    private final CFunction fchmod;
    private final CFunction umask;
    private final CFunction getpid;
    private final CFunction getppid;
    private final CFunction getuid;
    private final CFunction geteuid;
    private final CFunction getgid;
    private final CFunction getegid;
    private final CFunction getgroups;
    private final CFunction getpwnam_r;
    private final CFunction getpwuid_r;
    private final CFunction getgrnam_r;
    private final CFunction getgrgid_r;
    private final CFunction strerror;
    private final CFunction setenv;
    private final CFunction unsetenv;
    private final CFunction _NSGetEnviron;

    public LibC(Binder b) {
        fstatat = b.function("fstatat", INT, INT, POINTER, POINTER, INT);
        fstat = b.function("fstat", INT, INT, POINTER);
        faccessat = b.function("faccessat", INT, INT, POINTER, INT, INT);
        fchmodat = b.function("fchmodat", INT, INT, POINTER, INT, INT);
        mkdirat = b.function("mkdirat", INT, INT, POINTER, INT);
        unlinkat = b.function("unlinkat", INT, INT, POINTER, INT);
        renameat = b.function("renameat", INT, INT, POINTER, INT, POINTER);
        linkat = b.function("linkat", INT, INT, POINTER, INT, POINTER, INT);
        symlinkat = b.function("symlinkat", INT, POINTER, INT, POINTER);
        readlinkat = b.function("readlinkat", LONG, INT, POINTER, POINTER, SIZE);
        openat4 = b.variadic("openat", 3, INT, INT, POINTER, INT, INT);
        openat3 = b.function("openat", INT, INT, POINTER, INT);
        fcntl = b.variadic("fcntl", 2, INT, INT, INT, INT);
        lseek = b.function("lseek", LONG, INT, LONG, INT);
        close = b.function("close", INT, INT);
        chdir = b.function("chdir", INT, POINTER);
        fchdir = b.function("fchdir", INT, INT);
        getcwd = b.function("getcwd", POINTER, POINTER, SIZE);
        getdents64 = b.function("getdents64", LONG, INT, POINTER, SIZE);
        fdopendir = b.function("fdopendir", POINTER, INT);
        readdir = b.function("readdir", POINTER, POINTER);
        closedir = b.function("closedir", INT, POINTER);
        uname = b.function("uname", INT, POINTER);
        fchmod = b.function("fchmod", INT, INT, INT);
        umask = b.function("umask", INT, INT);
        getpid = b.function("getpid", INT);
        getppid = b.function("getppid", INT);
        getuid = b.function("getuid", INT);
        geteuid = b.function("geteuid", INT);
        getgid = b.function("getgid", INT);
        getegid = b.function("getegid", INT);
        getgroups = b.function("getgroups", INT, INT, POINTER);
        getpwnam_r = b.function("getpwnam_r", INT, POINTER, POINTER, POINTER, SIZE, POINTER);
        getpwuid_r = b.function("getpwuid_r", INT, INT, POINTER, POINTER, SIZE, POINTER);
        getgrnam_r = b.function("getgrnam_r", INT, POINTER, POINTER, POINTER, SIZE, POINTER);
        getgrgid_r = b.function("getgrgid_r", INT, INT, POINTER, POINTER, SIZE, POINTER);
        strerror = b.function("strerror", POINTER, INT);
        setenv = b.function("setenv", INT, POINTER, POINTER, INT);
        unsetenv = b.function("unsetenv", INT, POINTER);
        _NSGetEnviron = b.function("_NSGetEnviron", POINTER);
    }

    public int fstatat(int dirfd, long path, long buf, int flags) {
        return (int) fstatat.call(dirfd, path, buf, flags);
    }

    public int fstat(int fd, long buf) {
        return (int) fstat.call(fd, buf);
    }

    public int faccessat(int dirfd, long path, int mode, int flags) {
        return (int) faccessat.call(dirfd, path, mode, flags);
    }

    public int fchmodat(int dirfd, long path, int mode, int flags) {
        return (int) fchmodat.call(dirfd, path, mode, flags);
    }

    public int mkdirat(int dirfd, long path, int mode) {
        return (int) mkdirat.call(dirfd, path, mode);
    }

    public int unlinkat(int dirfd, long path, int flags) {
        return (int) unlinkat.call(dirfd, path, flags);
    }

    public int renameat(int olddirfd, long oldpath, int newdirfd, long newpath) {
        return (int) renameat.call(olddirfd, oldpath, newdirfd, newpath);
    }

    public int linkat(int olddirfd, long oldpath, int newdirfd, long newpath, int flags) {
        return (int) linkat.call(olddirfd, oldpath, newdirfd, newpath, flags);
    }

    public int symlinkat(long target, int newdirfd, long linkpath) {
        return (int) symlinkat.call(target, newdirfd, linkpath);
    }

    public long readlinkat(int dirfd, long path, long buf, long size) {
        return readlinkat.call(dirfd, path, buf, size);
    }

    /** Variadic in C: on Apple arm64 the mode goes on the stack, not in a register. */
    public int openat(int dirfd, long path, int flags, int mode) {
        return (int) openat4.call(dirfd, path, flags, mode);
    }

    /** {@code openat} for flags that create nothing: C then reads no mode, so the fixed-argument call is right. */
    public int openat(int dirfd, long path, int flags) {
        return (int) openat3.call(dirfd, path, flags);
    }

    public int fcntl(int fd, int cmd, int arg) {
        return (int) fcntl.call(fd, cmd, arg);
    }

    public long lseek(int fd, long offset, int whence) {
        return lseek.call(fd, offset, whence);
    }

    public int close(int fd) {
        return (int) close.call(fd);
    }

    public int chdir(long path) {
        return (int) chdir.call(path);
    }

    public int fchdir(int fd) {
        return (int) fchdir.call(fd);
    }

    /** The buffer's address, or 0 with errno set. */
    public long getcwd(long buf, long size) {
        return getcwd.call(buf, size);
    }

    /** Linux (glibc 2.30+): fills {@code buf} with {@code struct linux_dirent64} records. */
    public long getdents64(int fd, long buf, long count) {
        return getdents64.call(fd, buf, count);
    }

    /** A {@code DIR *} that owns {@code fd}, or 0 with errno set. */
    public long fdopendir(int fd) {
        return fdopendir.call(fd);
    }

    /** The next {@code struct dirent *}, or 0 at the end or (with errno set) on error. */
    public long readdir(long dir) {
        return readdir.call(dir);
    }

    public int closedir(long dir) {
        return (int) closedir.call(dir);
    }

    public int uname(long buf) {
        return (int) uname.call(buf);
    }

    public int fchmod(int fd, int mode) {
        return (int) fchmod.call(fd, mode);
    }

    public int umask(int mask) {
        return (int) umask.call(mask);
    }

    public int getpid() {
        return (int) getpid.call();
    }

    public int getppid() {
        return (int) getppid.call();
    }

    public int getuid() {
        return (int) getuid.call();
    }

    public int geteuid() {
        return (int) geteuid.call();
    }

    public int getgid() {
        return (int) getgid.call();
    }

    public int getegid() {
        return (int) getegid.call();
    }

    /** With {@code size} 0, how many supplementary groups there are; else fills {@code list}. */
    public int getgroups(int size, long list) {
        return (int) getgroups.call(size, list);
    }

    /** Returns the error number; a missing entry is success with a null {@code *result}. */
    public int getpwnam_r(long name, long pwd, long buf, long buflen, long result) {
        return (int) getpwnam_r.call(name, pwd, buf, buflen, result);
    }

    public int getpwuid_r(int uid, long pwd, long buf, long buflen, long result) {
        return (int) getpwuid_r.call(uid, pwd, buf, buflen, result);
    }

    public int getgrnam_r(long name, long grp, long buf, long buflen, long result) {
        return (int) getgrnam_r.call(name, grp, buf, buflen, result);
    }

    public int getgrgid_r(int gid, long grp, long buf, long buflen, long result) {
        return (int) getgrgid_r.call(gid, grp, buf, buflen, result);
    }

    public long strerror(int errnum) {
        return strerror.call(errnum);
    }

    public int setenv(long name, long value, int overwrite) {
        return (int) setenv.call(name, value, overwrite);
    }

    public int unsetenv(long name) {
        return (int) unsetenv.call(name);
    }

    /** macOS: the address of {@code environ}, which its shared libraries cannot name directly. */
    public long _NSGetEnviron() {
        return _NSGetEnviron.call();
    }
}
