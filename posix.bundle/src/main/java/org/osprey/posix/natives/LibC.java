package org.osprey.posix.natives;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.off_t;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/**
 * The C library as the provider calls it, bound by jnr-ffi: every path is a NUL-terminated byte string in
 * native memory (jnr-posix, by contrast, lacks the {@code *at} calls, encodes paths with the JVM's charset, and
 * took 0.3-0.5 s to bind at first use, so it is not used). Calls that report failure through {@code errno} save it right
 * after the call ({@link SaveError}); the others ignore it. Native pointers that Java only hands back
 * ({@code DIR *}) or reads itself are plain addresses. Public because jnr-ffi implements it in a class of its
 * own loader.
 */
public interface LibC {
    @SaveError
    int fstatat(int dirfd, Pointer path, Pointer buf, int flags);

    @SaveError
    int fstat(int fd, Pointer buf);

    @SaveError
    int faccessat(int dirfd, Pointer path, int mode, int flags);

    @SaveError
    int fchmodat(int dirfd, Pointer path, int mode, int flags);

    @SaveError
    int mkdirat(int dirfd, Pointer path, int mode);

    @SaveError
    int unlinkat(int dirfd, Pointer path, int flags);

    @SaveError
    int renameat(int olddirfd, Pointer oldpath, int newdirfd, Pointer newpath);

    @SaveError
    int linkat(int olddirfd, Pointer oldpath, int newdirfd, Pointer newpath, int flags);

    @SaveError
    int symlinkat(Pointer target, int newdirfd, Pointer linkpath);

    @SaveError
    @ssize_t
    long readlinkat(int dirfd, Pointer path, Pointer buf, @size_t long size);

    /** Variadic in C: on Apple arm64 the mode goes on the stack, not in a register. */
    @SaveError
    @Variadic(fixedCount = 3)
    int openat(int dirfd, Pointer path, int flags, int mode);

    /**
     * {@code openat} for flags that create nothing: C then reads no mode, so the fixed-argument call (much
     * cheaper through jnr-ffi than a variadic one) is right on every ABI.
     */
    @SaveError
    int openat(int dirfd, Pointer path, int flags);

    @SaveError
    @Variadic(fixedCount = 2)
    int fcntl(int fd, int cmd, int arg);

    @SaveError
    @off_t
    long lseek(int fd, @off_t long offset, int whence);

    @SaveError
    int close(int fd);

    @SaveError
    int chdir(Pointer path);

    @SaveError
    int fchdir(int fd);

    /** The buffer's address, or 0 with errno set. */
    @SaveError
    @intptr_t
    long getcwd(Pointer buf, @size_t long size);

    /** Linux (glibc 2.30+): fills {@code buf} with {@code struct linux_dirent64} records. */
    @SaveError
    @ssize_t
    long getdents64(int fd, Pointer buf, @size_t long count);

    /** A {@code DIR *} that owns {@code fd}, or 0 with errno set. */
    @SaveError
    @intptr_t
    long fdopendir(int fd);

    /** The next {@code struct dirent *}, or 0 at the end or (with errno set) on error. */
    @SaveError
    @intptr_t
    long readdir(@intptr_t long dir);

    @SaveError
    int closedir(@intptr_t long dir);

    @SaveError
    int uname(Pointer buf);

    @SaveError
    int fchmod(int fd, int mode);

    int umask(int mask);

    int getpid();

    int getppid();

    int getuid();

    int geteuid();

    int getgid();

    int getegid();

    /** With {@code size} 0, how many supplementary groups there are; else fills {@code list}. */
    @SaveError
    int getgroups(int size, int[] list);

    /** Returns the error number; a missing entry is success with a null {@code *result}. */
    int getpwnam_r(Pointer name, Pointer pwd, Pointer buf, @size_t long buflen, Pointer result);

    int getpwuid_r(int uid, Pointer pwd, Pointer buf, @size_t long buflen, Pointer result);

    int getgrnam_r(Pointer name, Pointer grp, Pointer buf, @size_t long buflen, Pointer result);

    int getgrgid_r(int gid, Pointer grp, Pointer buf, @size_t long buflen, Pointer result);

    @intptr_t
    long strerror(int errnum);

    @SaveError
    int setenv(Pointer name, Pointer value, int overwrite);

    @SaveError
    int unsetenv(Pointer name);

    /** macOS: the address of {@code environ}, which its shared libraries cannot name directly. */
    @intptr_t
    long _NSGetEnviron();
}
