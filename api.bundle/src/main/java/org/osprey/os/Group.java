package org.osprey.os;

import java.util.List;

/**
 * Python's {@code grp.struct_group}: one entry of the group database.
 *
 * @param name    {@code gr_name}
 * @param passwd  {@code gr_passwd} (usually empty or {@code x})
 * @param gid     {@code gr_gid}
 * @param members {@code gr_mem}: the user names listed as members, in the database's order
 */
public record Group(String name, String passwd, long gid, List<String> members) {
    /**
     * An entry; {@code members} is copied.
     *
     * @param name {@code gr_name}
     * @param passwd {@code gr_passwd} (usually empty or {@code x})
     * @param gid {@code gr_gid}
     * @param members {@code gr_mem}: the user names listed as members, in the database's order
     */
    public Group {
        members = List.copyOf(members);
    }
}
