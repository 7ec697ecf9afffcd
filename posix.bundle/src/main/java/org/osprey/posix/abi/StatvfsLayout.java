package org.osprey.posix.abi;

/**
 * Where {@code struct statvfs} keeps each field Python reports, and how wide the block and inode counts are:
 * 64 bits on Linux ({@code fsblkcnt_t}), 32 on macOS.
 */
public record StatvfsLayout(int bsize, int frsize, int blocks, int bfree, int bavail, int files, int ffree,
        int favail, int fsid, int flag, int namemax, int countBytes, int size) {
    public static final StatvfsLayout LINUX = new StatvfsLayout(0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 8, 112);
    public static final StatvfsLayout DARWIN = new StatvfsLayout(0, 8, 16, 20, 24, 28, 32, 36, 40, 48, 56, 4, 64);

    public static StatvfsLayout of(Abi abi) {
        return abi.isDarwin() ? DARWIN : LINUX;
    }
}
