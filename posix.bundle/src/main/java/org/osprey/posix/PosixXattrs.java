package org.osprey.posix;

import static org.osprey.posix.NativeSide.fileOps;

import java.util.List;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.spi.Xattrs;

/** The POSIX provider's {@link Xattrs} facet: extended attributes. */
final class PosixXattrs implements Xattrs {
    @Override
    public Map<String, Integer> xattrConstants() {
        return fileOps().xattrConstants();
    }

    @Override
    public byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException {
        return fileOps().getxattr(path, attribute, followSymlinks);
    }

    @Override
    public byte[] getxattr(int fd, String attribute) throws OsException {
        return fileOps().getxattr(fd, attribute);
    }

    @Override
    public void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException {
        fileOps().setxattr(path, attribute, value, flags, followSymlinks);
    }

    @Override
    public void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException {
        fileOps().setxattr(fd, attribute, value, flags);
    }

    @Override
    public List<String> listxattr(String path, boolean followSymlinks) throws OsException {
        return fileOps().listxattr(path, followSymlinks);
    }

    @Override
    public List<String> listxattr(int fd) throws OsException {
        return fileOps().listxattr(fd);
    }

    @Override
    public void removexattr(String path, String attribute, boolean followSymlinks) throws OsException {
        fileOps().removexattr(path, attribute, followSymlinks);
    }

    @Override
    public void removexattr(int fd, String attribute) throws OsException {
        fileOps().removexattr(fd, attribute);
    }
}
