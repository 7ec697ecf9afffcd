package org.osprey.posix.variant.darwin;

import org.osprey.os.OsException;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.files.Xattrs;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.FdLibrary;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.ProcCalls;
import org.osprey.posix.variant.PlatformCalls;

/** macOS's own calls; each binding is made the first time one of its calls is used. */
final class DarwinCalls implements PlatformCalls {
    private static final int EINTR = PlatformErrno.EINTR;
    /** getentropy(3) refuses more than this per call. */
    private static final int GETENTROPY_MAX = 256;

    private final NativeDoor door;
    private final ErrnoTranslator errors;

    DarwinCalls(NativeDoor door) {
        this.door = door;
        this.errors = door.errors();
    }

    private DarwinFileCalls files() {
        return door.bind(DarwinFileCalls.class, DarwinFileCalls::new);
    }

    @Override
    public Xattrs xattrs() {
        return door.part(DarwinXattrs.class, d -> new DarwinXattrs(d.natives(), errors, files()));
    }

    @Override
    public int mkfifoat(int dirFd, long path, int mode) {
        throw Unsupported.of("mkfifo", "dir_fd unavailable on this platform");
    }

    @Override
    public int mknod(int dirFd, long path, int mode, long device) {
        if (dirFd != OsProvider.NO_DIR_FD) {
            throw Unsupported.of("mknod", "dir_fd unavailable on this platform");
        }
        return files().mknod(path, mode, (int) device);
    }

    @Override
    public int chflags(long path, int flags, boolean followSymlinks) {
        return followSymlinks ? files().chflags(path, flags) : files().lchflags(path, flags);
    }

    @Override
    public int fullfsync(int fd) {
        return door.natives().libc().fcntl(fd, DarwinTables.F_FULLFSYNC, 0);
    }

    @Override
    public int fcopyfile(int inFd, int outFd, int flags) {
        return files().fcopyfile(inFd, outFd, flags);
    }

    @Override
    public int clonefile(long src, long dst, int flags) {
        return files().clonefile(src, dst, flags);
    }

    /** macOS sends a file to a socket only, and reports a partial send along with EAGAIN or EINTR. */
    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        if (offset == OsProvider.NO_OFFSET) {
            throw Unsupported.of("sendfile", "macOS needs an offset");
        }
        NativeBuffer out = Scratch.get().out();
        while (true) {
            out.bytes().putLong(0, count);
            if (FdLibrary.calls(door).sendfile(inFd, outFd, offset, out.address(), 0, 0) == 0) {
                return out.bytes().getLong(0);
            }
            int errno = door.natives().errno();
            long sent = out.bytes().getLong(0);
            if ((errno == EINTR || errno == PlatformErrno.EAGAIN) && sent > 0) {
                return sent;
            }
            if (errno != EINTR) {
                throw errors.of(errno, null, null);
            }
        }
    }

    @Override
    public int random(NativeBuffer out, int want) throws OsException {
        int n = Math.min(want, GETENTROPY_MAX);
        if (door.bind(ProcCalls.class, ProcCalls::new).getentropy(out.address(), n) != 0) {
            throw errors.last(null);
        }
        return n;
    }
}
