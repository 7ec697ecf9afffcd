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
    /** {@code getpwuid(3)}: the entry, or {@code null} if there is none. */
    Passwd getpwuid(long uid) throws OsException;

    /** {@code getpwnam(3)}: the entry, or {@code null} if there is none. */
    Passwd getpwnam(String name) throws OsException;

    /** {@code getgrgid(3)}: the entry, or {@code null} if there is none. */
    Group getgrgid(long gid) throws OsException;

    /** {@code getgrnam(3)}: the entry, or {@code null} if there is none. */
    Group getgrnam(String name) throws OsException;
}
