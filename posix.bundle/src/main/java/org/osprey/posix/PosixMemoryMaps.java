package org.osprey.posix;

import static org.osprey.posix.NativeSide.maps;

import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.spi.MemoryMaps;

/** The POSIX provider's {@link MemoryMaps} facet: {@code mmap}, {@code munmap}, {@code msync}, {@code mremap}. */
final class PosixMemoryMaps implements MemoryMaps {
    @Override
    public Map<String, Integer> mmapConstants() {
        return maps().pythonConstants();
    }

    @Override
    public Mapping map(int fd, long length, int flags, int prot, long offset) throws OsException {
        return maps().map(fd, length, flags, prot, offset);
    }
}
