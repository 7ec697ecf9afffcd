package org.osprey.shutil.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osprey.os.Group;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;

/**
 * User and group names and ids from the os API's {@code pwd} and {@code grp}, names looked up once per id (not
 * thread-safe: one per archive or call). Where the provider has no user database, every answer is "unknown", as
 * CPython's are where the {@code pwd} and {@code grp} modules are missing.
 */
public final class Owners {
    private final Os os;
    private final Map<Long, String> users = new HashMap<>();
    private final Map<Long, String> groups = new HashMap<>();

    public Owners(Os os) {
        this.os = os;
    }

    /** A look-up in the user database; empty where the provider has none. */
    private interface Lookup<T> {
        Optional<T> find() throws OsException;
    }

    private static <T> Optional<T> ask(Lookup<T> lookup) throws OsException {
        try {
            return lookup.find();
        } catch (UnsupportedOperationException noUserDatabase) {
            return Optional.empty();
        }
    }

    /** Python's {@code _get_uid}: the user's id, or null for no name or an unknown one. */
    public Long uid(String name) throws OsException {
        return name == null ? null : ask(() -> os.pwd().getpwnam(name)).map(Passwd::uid).orElse(null);
    }

    /** Python's {@code _get_gid}: the group's id, or null for no name or an unknown one. */
    public Long gid(String name) throws OsException {
        return name == null ? null : ask(() -> os.grp().getgrnam(name)).map(Group::gid).orElse(null);
    }

    /** The user's name, or "" for an unknown id (tarfile's {@code uname}). */
    public String userName(long uid) throws OsException {
        return named(users, uid, () -> os.pwd().getpwuid(uid).map(Passwd::name));
    }

    /** The group's name, or "" for an unknown id (tarfile's {@code gname}). */
    public String groupName(long gid) throws OsException {
        return named(groups, gid, () -> os.grp().getgrgid(gid).map(Group::name));
    }

    private static String named(Map<Long, String> known, long id, Lookup<String> lookup) throws OsException {
        String name = known.get(id);
        if (name == null) {
            name = ask(lookup).orElse("");
            known.put(id, name);
        }
        return name;
    }
}
