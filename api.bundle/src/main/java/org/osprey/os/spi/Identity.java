package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.ResIds;

/**
 * User and group ids, the file mode creation mask, ownership and the permission bits that POSIX alone
 * knows ({@code lchmod}, BSD file flags).
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface Identity {
    /**
     * {@code chown(2)}, {@code lchown(2)} or {@code fchownat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * {@code fchown(2)}.
     *
     * @param fd an open file descriptor
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchown(int fd, long uid, long gid) throws OsException;

    /**
     * {@code lchmod(2)}, where the platform has it.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode the permission bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lchmod(String path, int mode) throws OsException;

    /**
     * {@code chflags(2)} or {@code lchflags(2)}, where the platform has them.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param flags the BSD file flags
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chflags(String path, int flags, boolean followSymlinks) throws OsException;

    /**
     * {@return the previous mask} {@code umask(2)}.
     *
     * @param mask the new mask
     */
    int umask(int mask);

    /** {@return the real user id} */
    long getuid();

    /** {@return the effective user id} */
    long geteuid();

    /** {@return the real group id} */
    long getgid();

    /** {@return the effective group id} */
    long getegid();

    /**
     * {@return the supplementary group ids}
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long[] getgroups() throws OsException;

    /**
     * {@code setgroups(2)}.
     *
     * @param groups the group ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setgroups(long[] groups) throws OsException;

    /**
     * {@return the groups of {@code user}, {@code group} included} {@code getgrouplist(3)}.
     *
     * @param user a user name
     * @param group a group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long[] getgrouplist(String user, long group) throws OsException;

    /**
     * {@code initgroups(3)}.
     *
     * @param user a user name
     * @param group a group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void initgroups(String user, long group) throws OsException;

    /**
     * {@return the login name} {@code getlogin(3)}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String getlogin() throws OsException;

    /**
     * The real, effective and saved user ids.
     *
     * @return the ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ResIds getresuid() throws OsException;

    /**
     * {@return the real, effective and saved group ids}
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ResIds getresgid() throws OsException;

    /**
     * An id of -1 leaves that id unchanged, here and in the other two- and three-id setters.
     *
     * @param ruid the real user id
     * @param euid the effective user id
     * @param suid the saved user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setresuid(long ruid, long euid, long suid) throws OsException;

    /**
     * {@code setresgid(2)}.
     *
     * @param rgid the real group id
     * @param egid the effective group id
     * @param sgid the saved group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setresgid(long rgid, long egid, long sgid) throws OsException;

    /**
     * {@code setuid(2)}.
     *
     * @param uid the new user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setuid(long uid) throws OsException;

    /**
     * {@code seteuid(2)}.
     *
     * @param euid the effective user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void seteuid(long euid) throws OsException;

    /**
     * {@code setgid(2)}.
     *
     * @param gid the new group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setgid(long gid) throws OsException;

    /**
     * {@code setegid(2)}.
     *
     * @param egid the effective group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setegid(long egid) throws OsException;

    /**
     * {@code setreuid(2)}.
     *
     * @param ruid the real user id
     * @param euid the effective user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setreuid(long ruid, long euid) throws OsException;

    /**
     * {@code setregid(2)}.
     *
     * @param rgid the real group id
     * @param egid the effective group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setregid(long rgid, long egid) throws OsException;
}
