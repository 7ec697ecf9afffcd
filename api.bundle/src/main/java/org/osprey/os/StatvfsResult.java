package org.osprey.os;

/**
 * Python's {@code os.statvfs_result}: what {@code statvfs(3)} says about the file system holding a file.
 * Unsigned native counts are carried in a {@code long} bit for bit.
 *
 * @param fBsize   {@code f_bsize}: the preferred block size
 * @param fFrsize  {@code f_frsize}: the fundamental block size, the unit of the block counts
 * @param fBlocks  {@code f_blocks}: the size of the file system in {@code f_frsize} units
 * @param fBfree   {@code f_bfree}: free blocks
 * @param fBavail  {@code f_bavail}: free blocks for unprivileged users
 * @param fFiles   {@code f_files}: inodes
 * @param fFfree   {@code f_ffree}: free inodes
 * @param fFavail  {@code f_favail}: free inodes for unprivileged users
 * @param fFlag    {@code f_flag}: mount flags ({@code ST_RDONLY}, {@code ST_NOSUID}, ...)
 * @param fNamemax {@code f_namemax}: the longest file name
 * @param fFsid    {@code f_fsid}: the file system id
 */
public record StatvfsResult(long fBsize, long fFrsize, long fBlocks, long fBfree, long fBavail, long fFiles,
        long fFfree, long fFavail, long fFlag, long fNamemax, long fFsid) {
}
