package org.osprey.os;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Python's {@code grp} module: the group database. An absent group is empty, where Python raises KeyError. */
@ProviderType
public interface Grp {
    Optional<Group> getgrgid(long gid) throws OsException;

    Optional<Group> getgrnam(String name) throws OsException;
}
