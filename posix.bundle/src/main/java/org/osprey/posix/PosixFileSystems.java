package org.osprey.posix;

import static org.osprey.posix.NativeSide.fileOps;

import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.StatvfsResult;
import org.osprey.os.spi.FileSystems;

/** The POSIX provider's {@link FileSystems} facet: file system limits and statistics. */
final class PosixFileSystems implements FileSystems {
    @Override
    public long pathconf(String path, int name) throws OsException {
        return fileOps().pathconf(path, name);
    }

    @Override
    public long fpathconf(int fd, int name) throws OsException {
        return fileOps().fpathconf(fd, name);
    }

    @Override
    public Map<String, Integer> pathconfNames() {
        return fileOps().pathconfNames();
    }

    @Override
    public StatvfsResult statvfs(String path) throws OsException {
        return fileOps().statvfs(path);
    }

    @Override
    public StatvfsResult fstatvfs(int fd) throws OsException {
        return fileOps().fstatvfs(fd);
    }

    @Override
    public void sync() {
        fileOps().sync();
    }
}
