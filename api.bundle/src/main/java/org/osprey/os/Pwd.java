package org.osprey.os;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Python's {@code pwd} module: the user database. An absent user is empty, where Python raises KeyError. */
@ProviderType
public interface Pwd {
    /**
     * {@return the user with id {@code uid}, or empty} Mirrors {@code pwd.getpwuid(uid)}.
     *
     * @param uid a user id
     * @throws OsException if the database cannot be read
     */
    Optional<Passwd> getpwuid(long uid) throws OsException;

    /**
     * {@return the user named {@code name}, or empty} Mirrors {@code pwd.getpwnam(name)}.
     *
     * @param name a user name
     * @throws OsException if the database cannot be read
     */
    Optional<Passwd> getpwnam(String name) throws OsException;
}
