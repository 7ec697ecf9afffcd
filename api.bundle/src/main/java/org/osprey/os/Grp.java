package org.osprey.os;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Python's {@code grp} module: the group database. An absent group is empty, where Python raises KeyError. */
@ProviderType
public interface Grp {
    /**
     * {@return the group with id {@code gid}, or empty} Mirrors {@code grp.getgrgid(gid)}.
     *
     * @param gid a group id
     * @throws OsException if the database cannot be read
     */
    Optional<Group> getgrgid(long gid) throws OsException;

    /**
     * {@return the group named {@code name}, or empty} Mirrors {@code grp.getgrnam(name)}.
     *
     * @param name a group name
     * @throws OsException if the database cannot be read
     */
    Optional<Group> getgrnam(String name) throws OsException;
}
