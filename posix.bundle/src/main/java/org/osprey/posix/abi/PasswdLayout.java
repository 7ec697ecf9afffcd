package org.osprey.posix.abi;

/** Offsets in {@code struct passwd}: pointers to C strings, and the 32-bit uid and gid. */
public record PasswdLayout(int name, int passwd, int uid, int gid, int gecos, int dir, int shell, int size) {
    public static final PasswdLayout LINUX = new PasswdLayout(0, 8, 16, 20, 24, 32, 40, 48);
    /** macOS adds pw_change and pw_class before pw_gecos, and pw_expire at the end. */
    public static final PasswdLayout DARWIN = new PasswdLayout(0, 8, 16, 20, 40, 48, 56, 72);
}
