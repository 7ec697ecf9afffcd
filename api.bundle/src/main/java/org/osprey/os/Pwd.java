package org.osprey.os;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Python's {@code pwd} module: the user database. An absent user is empty, where Python raises KeyError. */
@ProviderType
public interface Pwd {
    Optional<Passwd> getpwuid(long uid) throws OsException;

    Optional<Passwd> getpwnam(String name) throws OsException;
}
