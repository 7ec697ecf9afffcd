package org.osprey.posix;

import static org.osprey.posix.NativeSide.fds;
import static org.osprey.posix.NativeSide.fileOps;
import static org.osprey.posix.NativeSide.n;

import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** The POSIX provider's {@link Files} facet: files and directories by path. */
final class PosixFiles implements Files {
    @Override
    public StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException {
        StatResult st = statOrNull(path, dirFd, followSymlinks);
        if (st == null) {
            throw n().errors().last(path);
        }
        return st;
    }

    @Override
    public StatResult statOrNull(String path, int dirFd, boolean followSymlinks) {
        Loaded n = n();
        Scratch s = Scratch.get();
        NativeBuffer out = s.out();
        int flags = followSymlinks ? 0 : n.abi().atSymlinkNofollow();
        if (n.libc().fstatat(n.at(dirFd), PathCodec.encode(path, s.path()), out.address(), flags) != 0) {
            return null; // errno is still the call's: stat() turns it into the exception
        }
        return n.abi().stat().read(out.address());
    }

    @Override
    public boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks) {
        Loaded n = n();
        int flags = (effectiveIds ? n.abi().atEaccess() : 0) | (followSymlinks ? 0 : n.abi().atSymlinkNofollow());
        return n.libc().faccessat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode, flags) == 0;
    }

    @Override
    public String getcwd() throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        while (n.libc().getcwd(out.address(), out.capacity()) == 0) {
            if (n.natives().errno() != PlatformErrno.ERANGE) {
                throw n.errors().last(null);
            }
            out.grow();
        }
        return PathCodec.decodeCString(out.bytes(), 0);
    }

    @Override
    public void chdir(String path) throws OsException {
        Loaded n = n();
        if (n.libc().chdir(PathCodec.encode(path, Scratch.get().path())) != 0) {
            throw n.errors().last(path);
        }
    }

    @Override
    public DirStream opendir(String path) throws OsException {
        return n().dirs().open(path);
    }

    @Override
    public void mkdir(String path, int mode, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc().mkdirat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode) != 0) {
            throw n.errors().last(path);
        }
    }

    @Override
    public void rmdir(String path, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc().unlinkat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), n.abi().atRemovedir()) != 0) {
            throw n.errors().last(path);
        }
    }

    @Override
    public void unlink(String path, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc().unlinkat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), 0) != 0) {
            throw n.errors().last(path);
        }
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc().renameat(n.at(srcDirFd), PathCodec.encode(src, s.path()), n.at(dstDirFd),
                PathCodec.encode(dst, s.path2())) != 0) {
            throw n.errors().last(src, dst);
        }
    }

    @Override
    public void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc().symlinkat(PathCodec.encode(target, s.path()), n.at(dirFd),
                PathCodec.encode(linkPath, s.path2())) != 0) {
            throw n.errors().last(target, linkPath);
        }
    }

    @Override
    public String readlink(String path, int dirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        long p = PathCodec.encode(path, s.path());
        NativeBuffer out = s.out();
        while (true) {
            long length = n.libc().readlinkat(n.at(dirFd), p, out.address(), out.capacity());
            if (length < 0) {
                throw n.errors().last(path);
            }
            if (length < out.capacity()) {
                return PathCodec.decode(out.bytes(), 0, (int) length);
            }
            out.grow(); // the target may have been cut short
        }
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc().linkat(n.at(srcDirFd), PathCodec.encode(src, s.path()), n.at(dstDirFd),
                PathCodec.encode(dst, s.path2()), followSymlinks ? n.abi().atSymlinkFollow() : 0) != 0) {
            throw n.errors().last(src, dst);
        }
    }

    @Override
    public void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException {
        Loaded n = n();
        int flags = followSymlinks ? 0 : n.abi().atSymlinkNofollow();
        if (n.libc().fchmodat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode, flags) != 0) {
            int errno = n.natives().errno();
            if (!followSymlinks && isNotSupported(errno)) {
                // Linux (no lchmod) on a symlink: Python raises NotImplementedError here
                throw Unsupported.of("chmod", "follow_symlinks unavailable on this platform");
            }
            throw n.errors().of(errno, path, null);
        }
    }

    private static boolean isNotSupported(int errno) {
        return errno == PlatformErrno.EOPNOTSUPP || errno == PlatformErrno.ENOTSUP;
    }

    @Override
    public void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        fileOps().utime(path, timesNs, dirFd, followSymlinks);
    }

    @Override
    public void truncate(String path, long length) throws OsException {
        fds().truncate(path, length);
    }
}
