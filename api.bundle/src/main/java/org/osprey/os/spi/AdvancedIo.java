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
    /**
     * {@code posix_fallocate(3)}: Python's {@code os.posix_fallocate}.
     *
     * @param fd an open file descriptor
     * @param offset the file offset
     * @param length the length in bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void posixFallocate(int fd, long offset, long length) throws OsException;

    /**
     * {@code posix_fadvise(2)}: Python's {@code os.posix_fadvise}.
     *
     * @param fd an open file descriptor
     * @param offset the file offset
     * @param length the length in bytes
     * @param advice a {@code POSIX_FADV_*} value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void posixFadvise(int fd, long offset, long length, int advice) throws OsException;

    /**
     * With {@code offset} {@link OsProvider#NO_OFFSET} Python's {@code offset=None}: from {@code inFd}'s position.
     *
     * @param outFd the descriptor written to
     * @param inFd the descriptor read from
     * @param offset where to read in {@code inFd}
     * @param count the number of bytes at most
     * @return the number of bytes sent
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sendfile(int outFd, int inFd, long offset, long count) throws OsException;

    /**
     * {@code os.copy_file_range}; an offset of {@link OsProvider#NO_OFFSET} is Python's {@code None}.
     *
     * @param src the descriptor read from
     * @param dst the descriptor written to
     * @param count the number of bytes at most
     * @param offsetSrc where to read in {@code src}
     * @param offsetDst where to write in {@code dst}
     * @return the number of bytes copied
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException;

    /**
     * {@code fcopyfile(3)} with no state: CPython's {@code posix._fcopyfile} (macOS).
     *
     * @param inFd the descriptor read from
     * @param outFd the descriptor written to
     * @param flags {@code COPYFILE_*} bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    default void fcopyfile(int inFd, int outFd, int flags) throws OsException {
        throw Unsupported.of("_fcopyfile", "macOS only");
    }

    /**
     * {@code clonefile(2)} (macOS).
     *
     * @param src the path cloned (checked for NUL by the caller)
     * @param dst the clone's path, which must not exist (checked for NUL by the caller)
     * @param flags {@code CLONE_*} bits
     * @throws OsException if the call fails: the subclass for its errno, with both paths
     */
    default void clonefile(String src, String dst, int flags) throws OsException {
        throw Unsupported.of("clonefile", "macOS only");
    }

    /**
     * {@code lockf(3)}: Python's {@code os.lockf}.
     *
     * @param fd an open file descriptor
     * @param cmd the platform's {@code F_LOCK}, {@code F_TLOCK}, {@code F_ULOCK} or {@code F_TEST}
     * @param length the length in bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lockf(int fd, int cmd, long length) throws OsException;
}
