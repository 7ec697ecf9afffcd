package org.osprey.posix.variant.linux;

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

/** Linux's own calls; each binding is made the first time one of its calls is used. */
final class LinuxCalls implements PlatformCalls {
    private static final int EINTR = PlatformErrno.EINTR;

    private final NativeDoor door;
    private final ErrnoTranslator errors;

    LinuxCalls(NativeDoor door) {
        this.door = door;
        this.errors = door.errors();
    }

    private LinuxFileCalls files() {
        return door.bind(LinuxFileCalls.class, LinuxFileCalls::new);
    }

    @Override
    public Xattrs xattrs() {
        return door.part(LinuxXattrs.class, d -> new LinuxXattrs(d.natives(), errors, files()));
    }

    @Override
    public int mkfifoat(int dirFd, long path, int mode) {
        return files().mkfifoat(dirFd, path, mode);
    }

    @Override
    public int mknod(int dirFd, long path, int mode, long device) {
        int at = dirFd == OsProvider.NO_DIR_FD ? door.natives().abi().atFdcwd() : dirFd;
        return files().mknodat(at, path, mode, device);
    }

    @Override
    public int chflags(long path, int flags, boolean followSymlinks) {
        throw Unsupported.of(followSymlinks ? "chflags" : "lchflags", "Linux has no BSD file flags (its chattr "
                + "attributes are set through ioctl), and Python has no os.chflags there");
    }

    /** Linux's fsync already makes the drive flush its write cache (a barrier), so fsync is the full sync. */
    @Override
    public int fullfsync(int fd) {
        return FdLibrary.calls(door).fsync(fd);
    }

    @Override
    public int fcopyfile(int inFd, int outFd, int flags) {
        throw Unsupported.of("_fcopyfile", "macOS only (Python has no posix._fcopyfile on Linux, whose shutil "
                + "copies with copy_file_range and sendfile)");
    }

    @Override
    public int clonefile(long src, long dst, int flags) {
        throw Unsupported.of("clonefile", "macOS only (Linux clones through the FICLONE ioctl)");
    }

    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        NativeBuffer out = Scratch.get().out();
        long at = offset == OsProvider.NO_OFFSET ? 0 : out.address();
        long n;
        do {
            if (at != 0) {
                out.bytes().putLong(0, offset);
            }
            n = FdLibrary.calls(door).sendfile(outFd, inFd, at, count);
        } while (n < 0 && door.natives().errno() == EINTR);
        if (n < 0) {
            throw errors.last(null);
        }
        return n;
    }

    /** {@code getrandom(2)}, waiting until the generator is seeded, as Python does. */
    @Override
    public int random(NativeBuffer out, int want) throws OsException {
        while (true) {
            long got = door.bind(ProcCalls.class, ProcCalls::new).getrandom(out.address(), want, 0);
            if (got >= 0) {
                return (int) got;
            }
            if (door.natives().errno() != EINTR) {
                throw errors.last(null);
            }
        }
    }
}
