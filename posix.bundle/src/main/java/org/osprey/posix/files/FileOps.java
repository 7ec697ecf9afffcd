package org.osprey.posix.files;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import jnr.constants.platform.OpenFlags;
import org.osprey.os.OsException;
import org.osprey.os.StatvfsResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.FileCalls;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;
import org.osprey.posix.variant.PlatformCalls;
import org.osprey.posix.variant.Variant;

/**
 * The file and directory calls of Python's {@code os} beyond the provider's core: ownership, {@code lchmod},
 * BSD flags, FIFOs and device files, {@code pathconf}, {@code statvfs}, {@code sync}, times and extended
 * attributes. Each is one native call, an {@code *at} call wherever Python takes {@code dir_fd} or
 * {@code follow_symlinks}. The C functions are bound the first time any of them is used.
 */
public final class FileOps {
    private final Natives natives;
    private final Abi abi;
    private final LibC libc;
    private final ErrnoTranslator errors;
    private final Variant variant;
    private final FileCalls c;
    private final PlatformCalls own;
    private final Xattrs xattrs;
    private final DeviceNumbers devices;
    private final StatvfsLayout statvfs;
    private final int openDirectoryFlags;

    /** Binds the calls; made by the door on first use ({@code door.part(FileOps.class, FileOps::new)}). */
    public FileOps(NativeDoor door) {
        this.natives = door.natives();
        this.abi = natives.abi();
        this.libc = natives.libc();
        this.errors = door.errors();
        this.variant = abi.variant();
        this.c = door.bind(FileCalls.class, FileCalls::new);
        this.own = variant.calls(door);
        this.xattrs = own.xattrs();
        this.devices = variant.devices();
        this.statvfs = variant.statvfs();
        this.openDirectoryFlags = Abi.O_RDONLY | OpenFlags.O_NONBLOCK.intValue() | abi.oCloexec();
    }

    private int at(int dirFd) {
        return dirFd == OsProvider.NO_DIR_FD ? abi.atFdcwd() : dirFd;
    }

    private int nofollow(boolean followSymlinks) {
        return followSymlinks ? 0 : abi.atSymlinkNofollow();
    }

    private static long path(String path) {
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
        variant.require("lchmod");
        if (libc.fchmodat(abi.atFdcwd(), path(path), mode, abi.atSymlinkNofollow()) != 0) {
            throw errors.last(path);
        }
    }

    public void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        if (own.chflags(path(path), flags, followSymlinks) != 0) {
            throw errors.last(path);
        }
    }

    public void clonefile(String src, String dst, int flags) throws OsException {
        Scratch scratch = Scratch.get();
        if (own.clonefile(PathCodec.encode(src, scratch.path()), PathCodec.encode(dst, scratch.path2()), flags) != 0) {
            throw errors.last(src, dst);
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
        } else {
            rc = own.mkfifoat(dirFd, path(path), mode);
        }
        if (rc != 0) {
            throw errors.last(path);
        }
    }

    public void mknod(String path, int mode, long device, int dirFd) throws OsException {
        if (own.mknod(dirFd, path(path), mode, device) != 0) {
            throw errors.last(path);
        }
    }

    public DeviceNumbers devices() {
        return devices;
    }

    // ---- limits and file systems ----

    public Map<String, Integer> pathconfNames() {
        return variant.pathconfNames();
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
        if (c.statvfs(path(path), out.address()) != 0) {
            throw errors.last(path);
        }
        return readStatvfs(out.bytes());
    }

    public StatvfsResult fstatvfs(int fd) throws OsException {
        NativeBuffer out = Scratch.get().out();
        if (c.fstatvfs(fd, out.address()) != 0) {
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
        long p = path(path);
        if (c.utimensat(at(dirFd), p, timespecs(timesNs), nofollow(followSymlinks)) != 0) {
            throw errors.last(path);
        }
    }

    public void utime(int fd, long[] timesNs) throws OsException {
        if (c.futimens(fd, timespecs(timesNs)) != 0) {
            throw errors.last(null);
        }
    }

    /** Two {@code struct timespec} in the out buffer, or 0 (NULL: now) for no times. */
    private static long timespecs(long[] timesNs) {
        if (timesNs == null) {
            return 0;
        }
        NativeBuffer out = Scratch.get().out();
        ByteBuffer b = out.bytes();
        for (int i = 0; i < 2; i++) {
            b.putLong(16 * i, Math.floorDiv(timesNs[i], 1_000_000_000L));
            b.putLong(16 * i + 8, Math.floorMod(timesNs[i], 1_000_000_000L));
        }
        return out.address();
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
