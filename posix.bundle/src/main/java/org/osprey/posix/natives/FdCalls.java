package org.osprey.posix.natives;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.off_t;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;
import jnr.ffi.types.u_int64_t;

/**
 * The C library's file-descriptor calls, bound on first use by {@link FdLibrary}. Data buffers are native
 * addresses, so that a direct {@link java.nio.ByteBuffer} is read into and written from in place. The calls
 * of the {@code posix_*} family return their error number instead of setting errno. Public because jnr-ffi
 * implements it in a class of its own loader.
 */
public interface FdCalls {
    @SaveError
    @ssize_t
    long read(int fd, @intptr_t long buf, @size_t long count);

    @SaveError
    @ssize_t
    long write(int fd, @intptr_t long buf, @size_t long count);

    @SaveError
    @ssize_t
    long pread(int fd, @intptr_t long buf, @size_t long count, @off_t long offset);

    @SaveError
    @ssize_t
    long pwrite(int fd, @intptr_t long buf, @size_t long count, @off_t long offset);

    /** {@code iov} points at {@code iovcnt} {@code struct iovec}s. */
    @SaveError
    @ssize_t
    long readv(int fd, @intptr_t long iov, int iovcnt);

    @SaveError
    @ssize_t
    long writev(int fd, @intptr_t long iov, int iovcnt);

    @SaveError
    int dup2(int fd, int fd2);

    /** Linux only. */
    @SaveError
    int dup3(int fd, int fd2, int flags);

    @SaveError
    int pipe(@Out int[] fds);

    /** Linux only. */
    @SaveError
    int pipe2(@Out int[] fds, int flags);

    /** Linux (glibc 2.34+) only: {@code close_range(2)}. */
    @SaveError
    int close_range(int first, int last, int flags);

    int getdtablesize();

    @SaveError
    int fsync(int fd);

    /** Missing on macOS's C library headers; bound where the symbol exists. */
    @SaveError
    int fdatasync(int fd);

    @SaveError
    int ftruncate(int fd, @off_t long length);

    @SaveError
    int truncate(Pointer path, @off_t long length);

    /** Linux only; returns the error number. */
    int posix_fallocate(int fd, @off_t long offset, @off_t long len);

    /** Linux only; returns the error number. */
    int posix_fadvise(int fd, @off_t long offset, @off_t long len, int advice);

    /** Linux: {@code offset} points at an {@code off_t}, or is null to use and move {@code inFd}'s position. */
    @SaveError
    @ssize_t
    long sendfile(int outFd, int inFd, Pointer offset, @size_t long count);

    /** macOS: from file {@code fd} to socket {@code s}; {@code *len} says how much to send and how much was. */
    @SaveError
    int sendfile(int fd, int s, @off_t long offset, Pointer len, Pointer hdtr, int flags);

    /** Linux 4.5+ (glibc 2.27+) only: the offsets point at {@code loff_t}s, or are null to use the positions. */
    @SaveError
    @ssize_t
    long copy_file_range(int fdIn, Pointer offIn, int fdOut, Pointer offOut, @size_t long len, int flags);

    @SaveError
    int lockf(int fd, int cmd, @off_t long len);

    @SaveError
    int isatty(int fd);

    /** Returns the error number. */
    int ttyname_r(int fd, Pointer buf, @size_t long buflen);

    /** In glibc 2.34+; in libutil (not loaded here) on macOS and older glibc. */
    @SaveError
    int openpty(@Out int[] master, @Out int[] slave, Pointer name, Pointer termp, Pointer winp);

    @SaveError
    int posix_openpt(int flags);

    @SaveError
    int grantpt(int fd);

    @SaveError
    int unlockpt(int fd);

    /** Returns the error number (glibc) or -1 with errno set (macOS). */
    @SaveError
    int ptsname_r(int fd, Pointer buf, @size_t long buflen);

    @SaveError
    @Variadic(fixedCount = 2)
    int ioctl(int fd, @u_int64_t long request, Pointer arg);
}
