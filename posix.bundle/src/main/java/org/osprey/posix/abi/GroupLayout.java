package org.osprey.posix.abi;

/**
 * Offsets in {@code struct group}, the same on every 64-bit ABI served (Linux and macOS): pointers to the name and
 * password strings, the 32-bit gid, and a pointer to the NULL-terminated array of member names.
 */
public final class GroupLayout {
    public static final int NAME = 0;
    public static final int PASSWD = 8;
    public static final int GID = 16;
    public static final int MEMBERS = 24;
    public static final int SIZE = 32;

    private GroupLayout() {
    }
}
