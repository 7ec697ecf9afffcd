package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Calls on an open file or directory that have a by-path twin in {@link Files}: changing into it, reading
 * it, and changing its mode and times; and opening directories for {@code os.fwalk}.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface DirectoryDescriptors {
    /**
     * {@code fchdir(2)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchdir(int fd) throws OsException;

    /**
     * Reads the directory open at {@code fd}, from its start, without closing or moving {@code fd}.
     *
     * @param fd an open file descriptor
     * @return the entries, to close after use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    DirStream opendir(int fd) throws OsException;

    /**
     * {@code fchmod(2)}.
     *
     * @param fd an open file descriptor
     * @param mode the permission bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchmod(int fd, int mode) throws OsException;

    /**
     * Opens a directory for {@code os.fwalk} as CPython does ({@code O_RDONLY | O_NONBLOCK}, not inheritable):
     * the descriptor belongs to the caller.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int openDirectoryFd(String path, int dirFd) throws OsException;

    /**
     * {@code futimens(2)}: as {@link Files#utime(String, long[], int, boolean)}, on an open file.
     *
     * @param fd an open file descriptor
     * @param timesNs the access and modification times in nanoseconds, or {@code null} for now
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utime(int fd, long[] timesNs) throws OsException;
}
