package org.osprey.posix.abi;

/**
 * Where {@code struct statvfs} keeps each field Python reports, and how wide the block and inode counts are:
 * 64 bits on Linux ({@code fsblkcnt_t}), 32 on macOS.
 */
public record StatvfsLayout(int bsize, int frsize, int blocks, int bfree, int bavail, int files, int ffree,
        int favail, int fsid, int flag, int namemax, int countBytes, int size) {
}
