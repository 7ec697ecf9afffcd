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
    /**
     * {@return the terminal's path} {@code ttyname(3)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String ttyname(int fd) throws OsException;

    /**
     * {@code {master, slave}}, both non-inheritable.
     *
     * @return the two descriptors
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int[] openpty() throws OsException;

    /**
     * {@code {columns, lines}} of the terminal at {@code fd}.
     *
     * @param fd an open file descriptor
     * @return the size
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int[] terminalSize(int fd) throws OsException;

    /**
     * {@return the process group of {@code pid}} {@code getpgid(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long getpgid(long pid) throws OsException;

    /** {@return this process's process group} */
    long getpgrp();

    /**
     * {@code setpgid(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param pgrp a process group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setpgid(long pid, long pgrp) throws OsException;

    /**
     * {@return the session of {@code pid}} {@code getsid(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long getsid(long pid) throws OsException;

    /**
     * {@code setsid(2)}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setsid() throws OsException;

    /**
     * {@return the foreground process group of the terminal} {@code tcgetpgrp(3)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long tcgetpgrp(int fd) throws OsException;

    /**
     * {@code tcsetpgrp(3)}.
     *
     * @param fd an open file descriptor
     * @param pgrp a process group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void tcsetpgrp(int fd, long pgrp) throws OsException;

    /** {@return the controlling terminal's path} {@code ctermid(3)}. */
    String ctermid();
}
