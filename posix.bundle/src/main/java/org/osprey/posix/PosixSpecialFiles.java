package org.osprey.posix;

import static org.osprey.posix.NativeSide.fileOps;

import org.osprey.os.OsException;
import org.osprey.os.spi.SpecialFiles;

/** The POSIX provider's {@link SpecialFiles} facet: FIFOs, device nodes and chroot. */
final class PosixSpecialFiles implements SpecialFiles {
    @Override
    public void chroot(String path) throws OsException {
        fileOps().chroot(path);
    }

    @Override
    public void mkfifo(String path, int mode, int dirFd) throws OsException {
        fileOps().mkfifo(path, mode, dirFd);
    }

    @Override
    public void mknod(String path, int mode, long device, int dirFd) throws OsException {
        fileOps().mknod(path, mode, device, dirFd);
    }

    @Override
    public long major(long device) {
        return fileOps().devices().major(device);
    }

    @Override
    public long minor(long device) {
        return fileOps().devices().minor(device);
    }

    @Override
    public long makedev(int major, int minor) {
        return fileOps().devices().makedev(major, minor);
    }
}
