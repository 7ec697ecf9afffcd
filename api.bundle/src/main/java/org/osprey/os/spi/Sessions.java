package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Process groups, sessions and terminals.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface Sessions {
    String ttyname(int fd) throws OsException;

    /** {@code {master, slave}}, both non-inheritable. */
    int[] openpty() throws OsException;

    /** {@code {columns, lines}} of the terminal at {@code fd}. */
    int[] terminalSize(int fd) throws OsException;

    long getpgid(long pid) throws OsException;

    long getpgrp();

    void setpgid(long pid, long pgrp) throws OsException;

    long getsid(long pid) throws OsException;

    void setsid() throws OsException;

    long tcgetpgrp(int fd) throws OsException;

    void tcsetpgrp(int fd, long pgrp) throws OsException;

    String ctermid();
}
