package org.osprey.shutil.internal.archive;

import java.util.HashMap;
import java.util.Map;

import org.osprey.os.Group;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;

/** User and group names for tar headers, from the os API's {@code pwd} and {@code grp}, looked up once per id. */
final class Owners {
    private final Os os;
    private final Map<Long, String> users = new HashMap<>();
    private final Map<Long, String> groups = new HashMap<>();

    Owners(Os os) {
        this.os = os;
    }

    /** Python's {@code _get_uid}: the user's id, or null for no name or an unknown one. */
    Long uid(String name) throws OsException {
        return name == null ? null : os.pwd().getpwnam(name).map(Passwd::uid).orElse(null);
    }

    /** Python's {@code _get_gid}: the group's id, or null for no name or an unknown one. */
    Long gid(String name) throws OsException {
        return name == null ? null : os.grp().getgrnam(name).map(Group::gid).orElse(null);
    }

    String userName(long uid) throws OsException {
        String known = users.get(uid);
        if (known == null) {
            known = os.pwd().getpwuid(uid).map(Passwd::name).orElse("");
            users.put(uid, known);
        }
        return known;
    }

    String groupName(long gid) throws OsException {
        String known = groups.get(gid);
        if (known == null) {
            known = os.grp().getgrgid(gid).map(Group::name).orElse("");
            groups.put(gid, known);
        }
        return known;
    }
}
