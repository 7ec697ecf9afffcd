package org.osprey.os.spi;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.StatvfsResult;

/**
 * Limits and statistics of file systems, and flushing them.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface FileSystems {
    /**
     * {@code pathconf(3)}: {@code -1} for no limit.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param name the platform's number for the limit
     * @return the limit
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long pathconf(String path, int name) throws OsException;

    /**
     * {@return the limit, {@code -1} for none} {@code fpathconf(3)}.
     *
     * @param fd an open file descriptor
     * @param name the platform's number for the limit
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long fpathconf(int fd, int name) throws OsException;

    /**
     * The {@code pathconf} names of the running platform and their numbers.
     *
     * @return the names and numbers
     */
    Map<String, Integer> pathconfNames();

    /**
     * {@return the status of the file system holding {@code path}} {@code statvfs(3)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatvfsResult statvfs(String path) throws OsException;

    /**
     * {@return the status of the file system holding the file open at {@code fd}} {@code fstatvfs(3)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatvfsResult fstatvfs(int fd) throws OsException;

    /** {@code sync(2)}: Python's {@code os.sync}. */
    void sync();
}
