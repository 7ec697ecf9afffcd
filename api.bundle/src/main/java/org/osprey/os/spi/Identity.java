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
    void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException;

    void fchown(int fd, long uid, long gid) throws OsException;

    void lchmod(String path, int mode) throws OsException;

    void chflags(String path, int flags, boolean followSymlinks) throws OsException;

    int umask(int mask);

    long getuid();

    long geteuid();

    long getgid();

    long getegid();

    long[] getgroups() throws OsException;

    void setgroups(long[] groups) throws OsException;

    long[] getgrouplist(String user, long group) throws OsException;

    void initgroups(String user, long group) throws OsException;

    String getlogin() throws OsException;

    /** The real, effective and saved user ids. */
    ResIds getresuid() throws OsException;

    ResIds getresgid() throws OsException;

    /** An id of -1 leaves that id unchanged, here and in the other two- and three-id setters. */
    void setresuid(long ruid, long euid, long suid) throws OsException;

    void setresgid(long rgid, long egid, long sgid) throws OsException;

    void setuid(long uid) throws OsException;

    void seteuid(long euid) throws OsException;

    void setgid(long gid) throws OsException;

    void setegid(long egid) throws OsException;

    void setreuid(long ruid, long euid) throws OsException;

    void setregid(long rgid, long egid) throws OsException;
}
