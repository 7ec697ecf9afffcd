package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;

/**
 * User and group names for tar headers, looked up once per id. Users come from the os API's {@code pwd}; the API
 * has no {@code grp}, so groups are read from {@code /etc/group} (a group known only to a directory service has no
 * name here, and is then stored by number only, which Python's extraction handles the same way).
 */
final class Owners {
    private static final int GROUP_FILE_LIMIT = 4 << 20;

    private final Os os;
    private final Map<Long, String> users = new HashMap<>();
    private Map<Long, String> groupNamesById;
    private Map<String, Long> groupIdsByName;

    Owners(Os os) {
        this.os = os;
    }

    /** Python's {@code _get_uid}: the user's id, or null for no name or an unknown one. */
    Long uid(String name) throws OsException {
        return name == null ? null : os.pwd().getpwnam(name).map(Passwd::uid).orElse(null);
    }

    /** Python's {@code _get_gid}: the group's id, or null for no name or an unknown one. */
    Long gid(String name) {
        return name == null ? null : groups().get(name);
    }

    String userName(long uid) throws OsException {
        String known = users.get(uid);
        if (known == null) {
            known = os.pwd().getpwuid(uid).map(Passwd::name).orElse("");
            users.put(uid, known);
        }
        return known;
    }

    String groupName(long gid) {
        groups();
        return groupNamesById.getOrDefault(gid, "");
    }

    private Map<String, Long> groups() {
        if (groupIdsByName == null) {
            groupIdsByName = new HashMap<>();
            groupNamesById = new HashMap<>();
            for (String line : readGroupFile().split("\n")) {
                String[] f = line.split(":", -1);
                if (f.length >= 3 && !f[0].isEmpty()) {
                    try {
                        long gid = Long.parseLong(f[2].trim());
                        groupIdsByName.putIfAbsent(f[0], gid);
                        groupNamesById.putIfAbsent(gid, f[0]);
                    } catch (NumberFormatException e) {
                        // a malformed line names no group
                    }
                }
            }
        }
        return groupIdsByName;
    }

    private String readGroupFile() {
        try {
            int fd = os.open("/etc/group", os.O_RDONLY());
            try (InputStream in = os.fdopen(fd).inputStream()) {
                return os.fsdecode(in.readNBytes(GROUP_FILE_LIMIT));
            }
        } catch (IOException e) {
            return "";
        }
    }
}
