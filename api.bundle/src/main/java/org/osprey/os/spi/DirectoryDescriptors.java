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
    void fchdir(int fd) throws OsException;

    /** Reads the directory open at {@code fd}, from its start, without closing or moving {@code fd}. */
    DirStream opendir(int fd) throws OsException;

    void fchmod(int fd, int mode) throws OsException;

    /**
     * Opens a directory for {@code os.fwalk} as CPython does ({@code O_RDONLY | O_NONBLOCK}, not inheritable):
     * the descriptor belongs to the caller.
     */
    int openDirectoryFd(String path, int dirFd) throws OsException;

    /** {@code futimens(2)}: as {@link Files#utime(String, long[], int, boolean)}, on an open file. */
    void utime(int fd, long[] timesNs) throws OsException;
}
