package org.osprey.posix.natives;

import java.util.Set;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

/**
 * The C library's file-descriptor calls, bound on first use by {@link FdLibrary}. Data buffers are native
 * addresses, so that a direct {@link java.nio.ByteBuffer} is read into and written from in place. The calls
 * of the {@code posix_*} family return their error number instead of setting errno.
 */
public final class FdCalls {
    private final CFunction read;
    private final CFunction write;
    private final CFunction pread;
    private final CFunction pwrite;
    private final CFunction readv;
    private final CFunction writev;
    private final CFunction dup2;
    private final CFunction dup3;
    private final CFunction pipe;
    private final CFunction pipe2;
    private final CFunction close_range;
    private final CFunction getdtablesize;
    private final CFunction fsync;
    private final CFunction fdatasync;
    private final CFunction ftruncate;
    private final CFunction truncate;
    private final CFunction posix_fallocate;
    private final CFunction posix_fadvise;
    private final CFunction sendfile4;
    private final CFunction sendfile6;
    private final CFunction copy_file_range;
    private final CFunction lockf;
    private final CFunction isatty;
    private final CFunction ttyname_r;
    private final CFunction openpty;
    private final CFunction posix_openpt;
    private final CFunction grantpt;
    private final CFunction unlockpt;
    private final CFunction ptsname_r;
    private final CFunction ioctl;
    /** The optional calls this C library lacks, found once when bound. */
    private final Set<String> absent;

    public FdCalls(Binder b) {
        read = b.function("read", LONG, INT, POINTER, SIZE);
        write = b.function("write", LONG, INT, POINTER, SIZE);
        pread = b.function("pread", LONG, INT, POINTER, SIZE, LONG);
        pwrite = b.function("pwrite", LONG, INT, POINTER, SIZE, LONG);
        readv = b.function("readv", LONG, INT, POINTER, INT);
        writev = b.function("writev", LONG, INT, POINTER, INT);
        dup2 = b.function("dup2", INT, INT, INT);
        dup3 = b.function("dup3", INT, INT, INT, INT);
        pipe = b.function("pipe", INT, POINTER);
        pipe2 = b.function("pipe2", INT, POINTER, INT);
        close_range = b.function("close_range", INT, INT, INT, INT);
        getdtablesize = b.function("getdtablesize", INT);
        fsync = b.function("fsync", INT, INT);
        fdatasync = b.function("fdatasync", INT, INT);
        ftruncate = b.function("ftruncate", INT, INT, LONG);
        truncate = b.function("truncate", INT, POINTER, LONG);
        posix_fallocate = b.function("posix_fallocate", INT, INT, LONG, LONG);
        posix_fadvise = b.function("posix_fadvise", INT, INT, LONG, LONG, INT);
        sendfile4 = b.function("sendfile", LONG, INT, INT, POINTER, SIZE);
        sendfile6 = b.function("sendfile", INT, INT, INT, LONG, POINTER, POINTER, INT);
        copy_file_range = b.function("copy_file_range", LONG, INT, POINTER, INT, POINTER, SIZE, INT);
        lockf = b.function("lockf", INT, INT, INT, LONG);
        isatty = b.function("isatty", INT, INT);
        ttyname_r = b.function("ttyname_r", INT, INT, POINTER, SIZE);
        openpty = b.function("openpty", INT, POINTER, POINTER, POINTER, POINTER, POINTER);
        posix_openpt = b.function("posix_openpt", INT, INT);
        grantpt = b.function("grantpt", INT, INT);
        unlockpt = b.function("unlockpt", INT, INT);
        ptsname_r = b.function("ptsname_r", INT, INT, POINTER, SIZE);
        ioctl = b.variadic("ioctl", 2, INT, INT, LONG, POINTER);
        absent = b.absent();
    }

    /** Whether the C library has {@code function}, one of these calls that not every platform has. */
    public boolean has(String function) {
        return !absent.contains(function);
    }

    public long read(int fd, long buf, long count) {
        return read.call(fd, buf, count);
    }

    public long write(int fd, long buf, long count) {
        return write.call(fd, buf, count);
    }

    public long pread(int fd, long buf, long count, long offset) {
        return pread.call(fd, buf, count, offset);
    }

    public long pwrite(int fd, long buf, long count, long offset) {
        return pwrite.call(fd, buf, count, offset);
    }

    /** {@code iov} points at {@code iovcnt} {@code struct iovec}s. */
    public long readv(int fd, long iov, int iovcnt) {
        return readv.call(fd, iov, iovcnt);
    }

    public long writev(int fd, long iov, int iovcnt) {
        return writev.call(fd, iov, iovcnt);
    }

    public int dup2(int fd, int fd2) {
        return (int) dup2.call(fd, fd2);
    }

    /** Linux only. */
    public int dup3(int fd, int fd2, int flags) {
        return (int) dup3.call(fd, fd2, flags);
    }

    public int pipe(long fds) {
        return (int) pipe.call(fds);
    }

    /** Linux only. */
    public int pipe2(long fds, int flags) {
        return (int) pipe2.call(fds, flags);
    }

    /** Linux (glibc 2.34+) only: {@code close_range(2)}. */
    public int close_range(int first, int last, int flags) {
        return (int) close_range.call(first, last, flags);
    }

    public int getdtablesize() {
        return (int) getdtablesize.call();
    }

    public int fsync(int fd) {
        return (int) fsync.call(fd);
    }

    /** Missing on macOS's C library headers; bound where the symbol exists. */
    public int fdatasync(int fd) {
        return (int) fdatasync.call(fd);
    }

    public int ftruncate(int fd, long length) {
        return (int) ftruncate.call(fd, length);
    }

    public int truncate(long path, long length) {
        return (int) truncate.call(path, length);
    }

    /** Linux only; returns the error number. */
    public int posix_fallocate(int fd, long offset, long len) {
        return (int) posix_fallocate.call(fd, offset, len);
    }

    /** Linux only; returns the error number. */
    public int posix_fadvise(int fd, long offset, long len, int advice) {
        return (int) posix_fadvise.call(fd, offset, len, advice);
    }

    /** Linux: {@code offset} points at an {@code off_t}, or is null to use and move {@code inFd}'s position. */
    public long sendfile(int outFd, int inFd, long offset, long count) {
        return sendfile4.call(outFd, inFd, offset, count);
    }

    /** macOS: from file {@code fd} to socket {@code s}; {@code *len} says how much to send and how much was. */
    public int sendfile(int fd, int s, long offset, long len, long hdtr, int flags) {
        return (int) sendfile6.call(fd, s, offset, len, hdtr, flags);
    }

    /** Linux 4.5+ (glibc 2.27+) only: the offsets point at {@code loff_t}s, or are null to use the positions. */
    public long copy_file_range(int fdIn, long offIn, int fdOut, long offOut, long len, int flags) {
        return copy_file_range.call(fdIn, offIn, fdOut, offOut, len, flags);
    }

    public int lockf(int fd, int cmd, long len) {
        return (int) lockf.call(fd, cmd, len);
    }

    public int isatty(int fd) {
        return (int) isatty.call(fd);
    }

    /** Returns the error number. */
    public int ttyname_r(int fd, long buf, long buflen) {
        return (int) ttyname_r.call(fd, buf, buflen);
    }

    /** In glibc 2.34+; in libutil (not loaded here) on macOS and older glibc. */
    public int openpty(long master, long slave, long name, long termp, long winp) {
        return (int) openpty.call(master, slave, name, termp, winp);
    }

    public int posix_openpt(int flags) {
        return (int) posix_openpt.call(flags);
    }

    public int grantpt(int fd) {
        return (int) grantpt.call(fd);
    }

    public int unlockpt(int fd) {
        return (int) unlockpt.call(fd);
    }

    /** Returns the error number (glibc) or -1 with errno set (macOS). */
    public int ptsname_r(int fd, long buf, long buflen) {
        return (int) ptsname_r.call(fd, buf, buflen);
    }

    public int ioctl(int fd, long request, long arg) {
        return (int) ioctl.call(fd, request, arg);
    }
}
