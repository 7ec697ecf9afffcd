package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Descriptor calls beyond reading and writing: kernel-side copies, space reservation, advice and locks.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface AdvancedIo {
    void posixFallocate(int fd, long offset, long length) throws OsException;

    void posixFadvise(int fd, long offset, long length, int advice) throws OsException;

    /** With {@code offset} {@link OsProvider#NO_OFFSET} Python's {@code offset=None}: from {@code inFd}'s position. */
    long sendfile(int outFd, int inFd, long offset, long count) throws OsException;

    /** {@code os.copy_file_range}; an offset of {@link OsProvider#NO_OFFSET} is Python's {@code None}. */
    long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException;

    void lockf(int fd, int cmd, long length) throws OsException;
}
