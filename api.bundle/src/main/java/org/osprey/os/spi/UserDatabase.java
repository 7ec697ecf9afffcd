package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.Group;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;

/**
 * The user and group database ({@code pwd} and {@code grp}): each lookup answers the entry, or {@code null}
 * if there is none.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface UserDatabase {
    /**
     * {@code getpwuid(3)}: the entry, or {@code null} if there is none.
     *
     * @param uid a user id
     * @return the entry, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Passwd getpwuid(long uid) throws OsException;

    /**
     * {@code getpwnam(3)}: the entry, or {@code null} if there is none.
     *
     * @param name a user name
     * @return the entry, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Passwd getpwnam(String name) throws OsException;

    /**
     * {@code getgrgid(3)}: the entry, or {@code null} if there is none.
     *
     * @param gid a group id
     * @return the entry, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Group getgrgid(long gid) throws OsException;

    /**
     * {@code getgrnam(3)}: the entry, or {@code null} if there is none.
     *
     * @param name a group name
     * @return the entry, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Group getgrnam(String name) throws OsException;
}
