package org.osprey.posix;

import static org.osprey.posix.NativeSide.fds;
import static org.osprey.posix.NativeSide.fileOps;

import org.osprey.os.OsException;
import org.osprey.os.spi.AdvancedIo;

/**
 * The POSIX provider's {@link AdvancedIo} facet: kernel-side copies (macOS's {@code fcopyfile} and
 * {@code clonefile} among them), advice and locks.
 */
final class PosixAdvancedIo implements AdvancedIo {
    @Override
    public void posixFallocate(int fd, long offset, long length) throws OsException {
        fds().posixFallocate(fd, offset, length);
    }

    @Override
    public void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        fds().posixFadvise(fd, offset, length, advice);
    }

    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        return fds().sendfile(outFd, inFd, offset, count);
    }

    @Override
    public long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException {
        return fds().copyFileRange(src, dst, count, offsetSrc, offsetDst);
    }

    @Override
    public void fcopyfile(int inFd, int outFd, int flags) throws OsException {
        fds().fcopyfile(inFd, outFd, flags);
    }

    @Override
    public void clonefile(String src, String dst, int flags) throws OsException {
        fileOps().clonefile(src, dst, flags);
    }

    @Override
    public void lockf(int fd, int cmd, long length) throws OsException {
        fds().lockf(fd, cmd, length);
    }
}
