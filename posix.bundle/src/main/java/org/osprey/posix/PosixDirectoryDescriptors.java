package org.osprey.posix;

import static org.osprey.posix.NativeSide.fileOps;
import static org.osprey.posix.NativeSide.n;

import org.osprey.os.OsException;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.DirectoryDescriptors;
import org.osprey.posix.NativeSide.Loaded;

/** The POSIX provider's {@link DirectoryDescriptors} facet: calls on open files and directories. */
final class PosixDirectoryDescriptors implements DirectoryDescriptors {
    @Override
    public void fchdir(int fd) throws OsException {
        Loaded n = n();
        if (n.libc().fchdir(fd) != 0) {
            throw n.errors().last(null);
        }
    }

    @Override
    public DirStream opendir(int fd) throws OsException {
        return n().dirs().open(fd);
    }

    @Override
    public void fchmod(int fd, int mode) throws OsException {
        Loaded n = n();
        if (n.libc().fchmod(fd, mode) != 0) {
            throw n.errors().last(null);
        }
    }

    @Override
    public void utime(int fd, long[] timesNs) throws OsException {
        fileOps().utime(fd, timesNs);
    }

    @Override
    public int openDirectoryFd(String path, int dirFd) throws OsException {
        return fileOps().openDirectoryFd(path, dirFd);
    }
}
