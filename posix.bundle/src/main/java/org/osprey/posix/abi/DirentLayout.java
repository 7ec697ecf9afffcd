package org.osprey.posix.abi;

/**
 * Where the fields of a directory entry sit: {@code struct dirent} as {@code readdir(3)} returns it, and on
 * Linux also {@code struct linux_dirent64} as {@code getdents64(2)} fills it (the same layout on 64-bit Linux).
 *
 * @param nameLength offset of a 16-bit name length, or -1 where the name is only NUL-terminated
 * @param maxName    the longest name the platform allows, in bytes
 */
public record DirentLayout(int ino, int reclen, int nameLength, int type, int name, int maxName) {
    public static final DirentLayout LINUX = new DirentLayout(0, 16, -1, 18, 19, 255);
    /** macOS {@code struct dirent} with 64-bit inodes. */
    public static final DirentLayout DARWIN_INODE64 = new DirentLayout(0, 16, 18, 20, 21, 1023);

    // d_type values, the same on Linux and macOS
    public static final int DT_UNKNOWN = 0;
    public static final int DT_DIR = 4;
    public static final int DT_REG = 8;
    public static final int DT_LNK = 10;
}
