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
    /** {@code pathconf(3)}: {@code -1} for no limit. */
    long pathconf(String path, int name) throws OsException;

    long fpathconf(int fd, int name) throws OsException;

    /** The {@code pathconf} names of the running platform and their numbers. */
    Map<String, Integer> pathconfNames();

    StatvfsResult statvfs(String path) throws OsException;

    StatvfsResult fstatvfs(int fd) throws OsException;

    void sync();
}
