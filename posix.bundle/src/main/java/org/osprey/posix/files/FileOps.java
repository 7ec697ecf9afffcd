package org.osprey.posix.files;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import jnr.constants.platform.OpenFlags;
import jnr.ffi.Pointer;
import org.osprey.os.OsException;
import org.osprey.os.StatvfsResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.DarwinFileCalls;
import org.osprey.posix.natives.FileCalls;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.LinuxFileCalls;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;

/**
 * The file and directory calls of Python's {@code os} beyond the provider's core: ownership, {@code lchmod},
 * BSD flags, FIFOs and device files, {@code pathconf}, {@code statvfs}, {@code sync}, times and extended
 * attributes. Each is one native call, an {@code *at} call wherever Python takes {@code dir_fd} or
 * {@code follow_symlinks}. The C functions are bound the first time any of them is used.
 */
public final class FileOps {
    private static volatile FileOps instance;

    private final Natives natives;
    private final Abi abi;
    private final LibC libc;
    private final ErrnoTranslator errors;
    private final FileCalls c;
    /** Exactly one of these two is bound: the running platform's. */
    private final LinuxFileCalls linux;
    private final DarwinFileCalls darwin;
    private final Xattrs xattrs;
    private final DeviceNumbers devices;
    private final StatvfsLayout statvfs;
    private final int openDirectoryFlags;

    private FileOps(Natives natives, ErrnoTranslator errors) {
        this.natives = natives;
        this.abi = natives.abi();
        this.libc = natives.libc();
        this.errors = errors;
        this.c = Natives.bind(FileCalls.class, abi);
        this.linux = abi.isLinux() ? Natives.bind(LinuxFileCalls.class, abi) : null;
        this.darwin = abi.isDarwin() ? Natives.bind(DarwinFileCalls.class, abi) : null;
        this.xattrs = linux != null ? new LinuxXattrs(natives, errors, linux) : new DarwinXattrs(natives, errors,
                darwin);
        this.devices = abi.isDarwin() ? DeviceNumbers.DARWIN : DeviceNumbers.LINUX;
        this.statvfs = StatvfsLayout.of(abi);
        this.openDirectoryFlags = Abi.O_RDONLY | OpenFlags.O_NONBLOCK.intValue() | abi.oCloexec();
    }

    /** The calls of the loaded native side; they are bound on the first call. */
    public static FileOps of(Natives natives, ErrnoTranslator errors) {
        FileOps ops = instance;
        if (ops == null) {
            synchronized (FileOps.class) {
                ops = instance;
                if (ops == null) {
                    instance = ops = new FileOps(natives, errors);
                }
            }
        }
        return ops;
    }

    private int at(int dirFd) {
        return dirFd == OsProvider.NO_DIR_FD ? abi.atFdcwd() : dirFd;
    }

    private int nofollow(boolean followSymlinks) {
        return followSymlinks ? 0 : abi.atSymlinkNofollow();
    }

    private static Pointer path(String path) {
        return PathCodec.encode(path, Scratch.get().path());
    }

    // ---- ownership and modes ----

    /** {@code -1} passes through as {@code (uid_t) -1}: "unchanged". */
    public void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException {
        if (c.fchownat(at(dirFd), path(path), (int) uid, (int) gid, nofollow(followSymlinks)) != 0) {
            throw errors.last(path);
        }
    }

    public void fchown(int fd, long uid, long gid) throws OsException {
        if (c.fchown(fd, (int) uid, (int) gid) != 0) {
            throw errors.last(null);
        }
    }

    public void lchmod(String path, int mode) throws OsException {
        if (!abi.isDarwin()) {
            throw Unsupported.of("lchmod", "Linux cannot change the mode of a symlink itself (it has no lchmod, "
                    + "and Python has no os.lchmod there)");
        }
        if (libc.fchmodat(abi.atFdcwd(), path(path), mode, abi.atSymlinkNofollow()) != 0) {
            throw errors.last(path);
        }
    }

    public void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        if (darwin == null) {
            throw Unsupported.of(followSymlinks ? "chflags" : "lchflags", "Linux has no BSD file flags (its "
                    + "chattr attributes are set through ioctl), and Python has no os.chflags there");
        }
        Pointer p = path(path);
        if ((followSymlinks ? darwin.chflags(p, flags) : darwin.lchflags(p, flags)) != 0) {
            throw errors.last(path);
        }
    }

    public void chroot(String path) throws OsException {
        if (c.chroot(path(path)) != 0) {
            throw errors.last(path);
        }
    }

    // ---- special files ----

    public void mkfifo(String path, int mode, int dirFd) throws OsException {
        int rc;
        if (dirFd == OsProvider.NO_DIR_FD) {
            rc = c.mkfifo(path(path), mode);
        } else if (linux != null) {
            rc = linux.mkfifoat(dirFd, path(path), mode);
        } else {
            throw Unsupported.of("mkfifo", "dir_fd unavailable on this platform");
        }
        if (rc != 0) {
            throw errors.last(path);
        }
    }

    public void mknod(String path, int mode, long device, int dirFd) throws OsException {
        int rc;
        if (linux != null) {
            rc = linux.mknodat(at(dirFd), path(path), mode, device);
        } else if (dirFd == OsProvider.NO_DIR_FD) {
            rc = darwin.mknod(path(path), mode, (int) device);
        } else {
            throw Unsupported.of("mknod", "dir_fd unavailable on this platform");
        }
        if (rc != 0) {
            throw errors.last(path);
        }
    }

    public DeviceNumbers devices() {
        return devices;
    }

    // ---- limits and file systems ----

    public Map<String, Integer> pathconfNames() {
        return abi.isDarwin() ? PathconfNames.DARWIN : PathconfNames.LINUX;
    }

    public long pathconf(String path, int name) throws OsException {
        natives.clearErrno();
        long limit = c.pathconf(path(path), name);
        if (limit == -1 && natives.errno() != 0) {
            throw errors.last(path);
        }
        return limit;
    }

    public long fpathconf(int fd, int name) throws OsException {
        natives.clearErrno();
        long limit = c.fpathconf(fd, name);
        if (limit == -1 && natives.errno() != 0) {
            throw errors.last(null);
        }
        return limit;
    }

    public StatvfsResult statvfs(String path) throws OsException {
        NativeBuffer out = Scratch.get().out();
        if (c.statvfs(path(path), out.pointer()) != 0) {
            throw errors.last(path);
        }
        return readStatvfs(out.bytes());
    }

    public StatvfsResult fstatvfs(int fd) throws OsException {
        NativeBuffer out = Scratch.get().out();
        if (c.fstatvfs(fd, out.pointer()) != 0) {
            throw errors.last(null);
        }
        return readStatvfs(out.bytes());
    }

    private StatvfsResult readStatvfs(ByteBuffer b) {
        StatvfsLayout l = statvfs;
        return new StatvfsResult(b.getLong(l.bsize()), b.getLong(l.frsize()), count(b, l.blocks()),
                count(b, l.bfree()), count(b, l.bavail()), count(b, l.files()), count(b, l.ffree()),
                count(b, l.favail()), b.getLong(l.flag()), b.getLong(l.namemax()), b.getLong(l.fsid()));
    }

    /** An unsigned block or inode count of the platform's width. */
    private long count(ByteBuffer b, int offset) {
        return statvfs.countBytes() == Long.BYTES ? b.getLong(offset) : Integer.toUnsignedLong(b.getInt(offset));
    }

    public void sync() {
        c.sync();
    }

    // ---- times ----

    public void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        Pointer p = path(path);
        if (c.utimensat(at(dirFd), p, timespecs(timesNs), nofollow(followSymlinks)) != 0) {
            throw errors.last(path);
        }
    }

    public void utime(int fd, long[] timesNs) throws OsException {
        if (c.futimens(fd, timespecs(timesNs)) != 0) {
            throw errors.last(null);
        }
    }

    /** Two {@code struct timespec} in the out buffer, or null (now) for no times. */
    private static Pointer timespecs(long[] timesNs) {
        if (timesNs == null) {
            return null;
        }
        NativeBuffer out = Scratch.get().out();
        ByteBuffer b = out.bytes();
        for (int i = 0; i < 2; i++) {
            b.putLong(16 * i, Math.floorDiv(timesNs[i], 1_000_000_000L));
            b.putLong(16 * i + 8, Math.floorMod(timesNs[i], 1_000_000_000L));
        }
        return out.pointer();
    }

    // ---- fwalk ----

    /** {@code open(path, O_RDONLY | O_NONBLOCK, dir_fd=dirFd)} as CPython's fwalk opens, not inheritable. */
    public int openDirectoryFd(String path, int dirFd) throws OsException {
        int fd = libc.openat(at(dirFd), path(path), openDirectoryFlags);
        if (fd < 0) {
            throw errors.last(path);
        }
        return fd;
    }

    // ---- extended attributes ----

    public Map<String, Integer> xattrConstants() {
        return xattrs.constants();
    }

    public byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException {
        return xattrs.get(Xattrs.path(path, followSymlinks), path, attribute);
    }

    public byte[] getxattr(int fd, String attribute) throws OsException {
        return xattrs.get(Xattrs.fd(fd), null, attribute);
    }

    public void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException {
        xattrs.set(Xattrs.path(path, followSymlinks), path, attribute, value, flags);
    }

    public void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException {
        xattrs.set(Xattrs.fd(fd), null, attribute, value, flags);
    }

    public List<String> listxattr(String path, boolean followSymlinks) throws OsException {
        return xattrs.list(Xattrs.path(path, followSymlinks), path);
    }

    public List<String> listxattr(int fd) throws OsException {
        return xattrs.list(Xattrs.fd(fd), null);
    }

    public void removexattr(String path, String attribute, boolean followSymlinks) throws OsException {
        xattrs.remove(Xattrs.path(path, followSymlinks), path, attribute);
    }

    public void removexattr(int fd, String attribute) throws OsException {
        xattrs.remove(Xattrs.fd(fd), null, attribute);
    }
}
