package org.osprey.posix.fd;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.IntSupplier;

import com.kenai.jffi.MemoryIO;
import org.osprey.os.OsException;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.FdConstantTable;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.FdCalls;
import org.osprey.posix.natives.FdLibrary;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;
import org.osprey.posix.variant.Variant;

/**
 * Python's file-descriptor functions on Linux and macOS. A call interrupted by a signal ({@code EINTR}) is
 * made again, as Python does since 3.5 (PEP 475), except {@code close}, where the descriptor is gone whatever
 * the result. Descriptors made here are close-on-exec unless asked otherwise, as Python's are.
 */
public final class FdOps {
    // The fcntl commands and the descriptor flag: the same numbers on Linux and macOS.
    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int FD_CLOEXEC = 1;
    /** struct iovec on the 64-bit ABIs served: a pointer and a size_t. */
    private static final int IOVEC_SIZE = 16;
    private static final int EINTR = PlatformErrno.EINTR;
    private static final int ERANGE = PlatformErrno.ERANGE;

    private final NativeDoor door;
    /** The door's {@link FdCalls}, kept once bound (FdCalls is immutable, so a plain field publishes it safely). */
    private FdCalls fdCalls;
    private final Natives natives;
    private final LibC libc;
    private final Abi abi;
    private final Variant variant;
    private final ErrnoTranslator errors;
    private final Map<String, Integer> constants;
    private final int oNonblock;
    private final int modeFlags;

    /** Made by the door on first use ({@code door.part(FdOps.class, FdOps::new)}). */
    public FdOps(NativeDoor door) {
        this.door = door;
        this.natives = door.natives();
        this.libc = natives.libc();
        this.abi = natives.abi();
        this.variant = abi.variant();
        this.errors = door.errors();
        this.constants = Map.copyOf(FdConstantTable.of(abi));
        this.oNonblock = constants.get("O_NONBLOCK");
        this.modeFlags = variant.modeFlags(constants.get("O_CREAT"));
    }

    /** Bound on first use: open, close, lseek, dup and the flag calls need only the provider's LibC. */
    private FdCalls calls() {
        FdCalls c = fdCalls;
        if (c == null) {
            fdCalls = c = FdLibrary.calls(door); // the door binds once; a racing thread only asks it again
        }
        return c;
    }

    public Map<String, Integer> constants() {
        return constants;
    }

    private boolean interrupted() {
        return natives.errno() == EINTR;
    }

    private OsException error() {
        return errors.last(null);
    }

    private void check(int rc) throws OsException {
        if (rc != 0) {
            throw error();
        }
    }

    // ---- opening and closing ----

    public int open(String path, int flags, int dirFd) throws OsException {
        return open(path, flags, 0, dirFd);
    }

    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        int at = dirFd == OsProvider.NO_DIR_FD ? abi.atFdcwd() : dirFd;
        int all = flags | abi.oCloexec();
        while (true) {
            long p = PathCodec.encode(path, Scratch.get().path());
            // the fixed-argument call is cheaper and right whenever open reads no mode
            int fd = (flags & modeFlags) != 0 ? libc.openat(at, p, all, mode) : libc.openat(at, p, all);
            if (fd >= 0) {
                return fd;
            }
            if (!interrupted()) {
                throw errors.last(path);
            }
        }
    }

    /** An interrupted close is not retried: on Linux the descriptor is already released (PEP 475). */
    public void close(int fd) throws OsException {
        if (libc.close(fd) != 0 && !interrupted()) {
            throw error();
        }
    }

    /** Python ignores every error of closerange: a gap in the range is normal. */
    public void closerange(int low, int high) {
        int from = Math.max(low, 0);
        if (high <= from) {
            return;
        }
        if (calls().has("close_range") && calls().close_range(from, high - 1, 0) == 0) {
            return;
        }
        int end = Math.min(high, calls().getdtablesize());
        for (int fd = from; fd < end; fd++) {
            libc.close(fd);
        }
    }

    // ---- reading and writing ----

    public int read(int fd, ByteBuffer buffer) throws OsException {
        try (Staged s = Staged.forRead(buffer)) {
            long n;
            while ((n = calls().read(fd, s.address(), s.length())) < 0) {
                if (!interrupted()) {
                    throw error();
                }
            }
            s.filled((int) n);
            return (int) n;
        }
    }

    public int write(int fd, ByteBuffer buffer) throws OsException {
        try (Staged s = Staged.forWrite(buffer)) {
            long n;
            while ((n = calls().write(fd, s.address(), s.length())) < 0) {
                if (!interrupted()) {
                    throw error();
                }
            }
            s.consumed((int) n);
            return (int) n;
        }
    }

    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        try (Staged s = Staged.forRead(buffer)) {
            long n;
            while ((n = calls().pread(fd, s.address(), s.length(), offset)) < 0) {
                if (!interrupted()) {
                    throw error();
                }
            }
            s.filled((int) n);
            return (int) n;
        }
    }

    public int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException {
        try (Staged s = Staged.forWrite(buffer)) {
            long n;
            while ((n = calls().pwrite(fd, s.address(), s.length(), offset)) < 0) {
                if (!interrupted()) {
                    throw error();
                }
            }
            s.consumed((int) n);
            return (int) n;
        }
    }

    public long readv(int fd, ByteBuffer[] buffers) throws OsException {
        return vector(fd, buffers, true);
    }

    public long writev(int fd, ByteBuffer[] buffers) throws OsException {
        return vector(fd, buffers, false);
    }

    /** readv or writev: the buffers are staged, described in a native iovec array, and advanced by what moved. */
    private long vector(int fd, ByteBuffer[] buffers, boolean read) throws OsException {
        MemoryIO memory = natives.memory();
        Staged[] staged = new Staged[buffers.length];
        long iov = memory.allocateMemory(Math.max(buffers.length, 1) * (long) IOVEC_SIZE, false);
        try {
            for (int i = 0; i < buffers.length; i++) {
                staged[i] = read ? Staged.forRead(buffers[i]) : Staged.forWrite(buffers[i]);
                memory.putAddress(iov + (long) i * IOVEC_SIZE, staged[i].address());
                memory.putLong(iov + (long) i * IOVEC_SIZE + Long.BYTES, staged[i].length());
            }
            long n;
            while ((n = read ? calls().readv(fd, iov, buffers.length) : calls().writev(fd, iov, buffers.length)) < 0) {
                if (!interrupted()) {
                    throw error();
                }
            }
            long left = n;
            for (Staged s : staged) {
                int moved = (int) Math.min(left, s.length());
                if (read) {
                    s.filled(moved);
                } else {
                    s.consumed(moved);
                }
                left -= moved;
            }
            return n;
        } finally {
            for (Staged s : staged) {
                if (s != null) {
                    s.close();
                }
            }
            memory.freeMemory(iov);
        }
    }

    public long lseek(int fd, long position, int how) throws OsException {
        long at = libc.lseek(fd, position, how);
        if (at < 0) {
            throw error();
        }
        return at;
    }

    // ---- duplicating and piping ----

    public int dup(int fd) throws OsException {
        int copy = libc.fcntl(fd, abi.fDupfdCloexec(), 0);
        if (copy < 0) {
            throw error();
        }
        return copy;
    }

    /** Not retried on EINTR, as in Python (PEP 475). */
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        if (!inheritable && variant.atomicCloexec()) {
            if (calls().dup3(fd, fd2, abi.oCloexec()) < 0) {
                throw error(); // EINVAL for fd == fd2, like Python's
            }
            return fd2;
        }
        if (calls().dup2(fd, fd2) < 0) {
            throw error();
        }
        if (!inheritable) {
            try {
                setInheritable(fd2, false);
            } catch (OsException e) {
                libc.close(fd2); // as Python does: no inheritable copy is left behind
                throw e;
            }
        }
        return fd2;
    }

    public int[] pipe() throws OsException {
        NativeBuffer out = Scratch.get().out();
        if (variant.atomicCloexec()) {
            check(calls().pipe2(out.address(), abi.oCloexec()));
            return twoInts(out);
        }
        check(calls().pipe(out.address()));
        int[] fds = twoInts(out);
        try {
            setInheritable(fds[0], false);
            setInheritable(fds[1], false);
        } catch (OsException e) {
            libc.close(fds[0]);
            libc.close(fds[1]);
            throw e;
        }
        return fds;
    }

    public int[] pipe2(int flags) throws OsException {
        require("pipe2");
        NativeBuffer out = Scratch.get().out();
        check(calls().pipe2(out.address(), flags));
        return twoInts(out);
    }

    /** The two {@code int}s a call such as {@code pipe(2)} wrote at the start of {@code out}. */
    private static int[] twoInts(NativeBuffer out) {
        return new int[] {out.bytes().getInt(0), out.bytes().getInt(Integer.BYTES)};
    }

    private void require(String function) {
        if (!calls().has(function)) {
            throw Unsupported.of(function, "the C library of this platform has no " + function);
        }
    }

    // ---- file contents ----

    public void fsync(int fd) throws OsException {
        untilDone(() -> calls().fsync(fd));
    }

    public void fullfsync(int fd) throws OsException {
        untilDone(() -> variant.calls(door).fullfsync(fd));
    }

    public void fdatasync(int fd) throws OsException {
        require("fdatasync");
        untilDone(() -> calls().fdatasync(fd));
    }

    /** Makes a call that answers 0 or -1 and errno again while a signal interrupts it. */
    private void untilDone(IntSupplier call) throws OsException {
        while (call.getAsInt() != 0) {
            if (!interrupted()) {
                throw error();
            }
        }
    }

    /** Not made again on EINTR, as CPython's: an interrupted copy may have written part of the file. */
    public void fcopyfile(int inFd, int outFd, int flags) throws OsException {
        if (variant.calls(door).fcopyfile(inFd, outFd, flags) < 0) {
            throw error();
        }
    }

    public void ftruncate(int fd, long length) throws OsException {
        while (calls().ftruncate(fd, length) != 0) {
            if (!interrupted()) {
                throw error();
            }
        }
    }

    public void truncate(String path, long length) throws OsException {
        while (calls().truncate(PathCodec.encode(path, Scratch.get().path()), length) != 0) {
            if (!interrupted()) {
                throw errors.last(path);
            }
        }
    }

    public void posixFallocate(int fd, long offset, long length) throws OsException {
        require("posix_fallocate");
        int rc;
        while ((rc = calls().posix_fallocate(fd, offset, length)) == EINTR) {
            // retried, as in Python
        }
        if (rc != 0) {
            throw errors.of(rc, null, null);
        }
    }

    public void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        require("posix_fadvise");
        int rc;
        while ((rc = calls().posix_fadvise(fd, offset, length, advice)) == EINTR) {
            // retried, as in Python
        }
        if (rc != 0) {
            throw errors.of(rc, null, null);
        }
    }

    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        return variant.calls(door).sendfile(outFd, inFd, offset, count);
    }

    public long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException {
        require("copy_file_range");
        NativeBuffer out = Scratch.get().out().ensure(2 * Long.BYTES);
        long atSrc = offsetSrc == OsProvider.NO_OFFSET ? 0 : out.address();
        long atDst = offsetDst == OsProvider.NO_OFFSET ? 0 : out.address() + Long.BYTES;
        long n;
        do {
            // the kernel moves the offsets it is given: set them again for a retry
            out.bytes().putLong(0, offsetSrc);
            out.bytes().putLong(Long.BYTES, offsetDst);
            n = calls().copy_file_range(src, atSrc, dst, atDst, count, 0);
        } while (n < 0 && interrupted());
        if (n < 0) {
            throw error();
        }
        return n;
    }

    public void lockf(int fd, int cmd, long length) throws OsException {
        while (calls().lockf(fd, cmd, length) != 0) {
            if (!interrupted()) {
                throw error();
            }
        }
    }

    // ---- descriptor flags ----

    private int fcntlGet(int fd, int command) throws OsException {
        int flags = libc.fcntl(fd, command, 0);
        if (flags < 0) {
            throw error();
        }
        return flags;
    }

    public boolean getBlocking(int fd) throws OsException {
        return (fcntlGet(fd, F_GETFL) & oNonblock) == 0;
    }

    public void setBlocking(int fd, boolean blocking) throws OsException {
        int flags = fcntlGet(fd, F_GETFL);
        int wanted = blocking ? flags & ~oNonblock : flags | oNonblock;
        if (wanted != flags) {
            check(libc.fcntl(fd, F_SETFL, wanted) < 0 ? -1 : 0);
        }
    }

    public boolean getInheritable(int fd) throws OsException {
        return (fcntlGet(fd, F_GETFD) & FD_CLOEXEC) == 0;
    }

    public void setInheritable(int fd, boolean inheritable) throws OsException {
        int flags = fcntlGet(fd, F_GETFD);
        int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (wanted != flags) {
            check(libc.fcntl(fd, F_SETFD, wanted) < 0 ? -1 : 0);
        }
    }

    // ---- terminals ----

    public boolean isatty(int fd) {
        return calls().isatty(fd) == 1;
    }

    public String ttyname(int fd) throws OsException {
        NativeBuffer out = Scratch.get().out();
        while (true) {
            int rc = calls().ttyname_r(fd, out.address(), out.capacity());
            if (rc == 0) {
                return PathCodec.decodeCString(out.bytes(), 0);
            }
            if (rc != ERANGE) {
                throw errors.of(rc, null, null);
            }
            out.grow();
        }
    }

    /** {@code openpty(3)} where the C library has it, else the POSIX steps that it takes. */
    public int[] openpty() throws OsException {
        if (!calls().has("openpty")) {
            return openptyPosix();
        }
        NativeBuffer out = Scratch.get().out();
        check(calls().openpty(out.address(), out.address() + Integer.BYTES, 0, 0, 0));
        int[] fds = twoInts(out);
        try {
            setInheritable(fds[0], false);
            setInheritable(fds[1], false);
        } catch (OsException e) {
            libc.close(fds[0]);
            libc.close(fds[1]);
            throw e;
        }
        return fds;
    }

    /** posix_openpt, grantpt, unlockpt, ptsname_r and open: macOS's way, whose openpty is in libutil. */
    int[] openptyPosix() throws OsException {
        require("ptsname_r");
        int master = calls().posix_openpt(constants.get("O_RDWR") | constants.get("O_NOCTTY"));
        if (master < 0) {
            throw error();
        }
        try {
            setInheritable(master, false);
            check(calls().grantpt(master));
            check(calls().unlockpt(master));
            NativeBuffer out = Scratch.get().out();
            int rc = calls().ptsname_r(master, out.address(), out.capacity());
            if (rc != 0) {
                throw rc > 0 ? errors.of(rc, null, null) : error();
            }
            String name = PathCodec.decodeCString(out.bytes(), 0);
            int slave = open(name, constants.get("O_RDWR") | constants.get("O_NOCTTY"), OsProvider.NO_DIR_FD);
            return new int[] {master, slave};
        } catch (OsException | RuntimeException e) {
            libc.close(master);
            throw e;
        }
    }

    /** {@code {columns, lines}} from the terminal's {@code struct winsize} (rows, columns: unsigned shorts). */
    public int[] terminalSize(int fd) throws OsException {
        NativeBuffer out = Scratch.get().out();
        check(calls().ioctl(fd, variant.tiocgwinsz(), out.address()));
        ByteBuffer b = out.bytes();
        return new int[] {Short.toUnsignedInt(b.getShort(2)), Short.toUnsignedInt(b.getShort(0))};
    }
}
