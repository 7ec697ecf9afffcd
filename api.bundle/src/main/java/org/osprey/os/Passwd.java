package org.osprey.os;

/** Python's {@code pwd.struct_passwd}: one entry of the user database. */
public record Passwd(String name, String passwd, long uid, long gid, String gecos, String dir, String shell) {
}
