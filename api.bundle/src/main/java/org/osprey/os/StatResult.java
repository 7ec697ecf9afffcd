package org.osprey.os;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Python's {@code os.stat_result}. Times are kept exactly, in nanoseconds since the epoch; the
 * {@code atime()}, {@code mtime()} and {@code ctime()} views give Python's float seconds.
 * Unsigned native values ({@code ino}, {@code dev}) are carried in a {@code long} bit for bit.
 *
 * @param mode       {@code st_mode}: file type and permission bits
 * @param flags      {@code st_flags} (BSD, macOS), 0 where the platform has none
 * @param birthtimeNs {@code st_birthtime} in ns where the platform reports it, else {@link Long#MIN_VALUE}
 * @param fileAttributes {@code st_file_attributes} (Windows: the {@code FILE_ATTRIBUTE_*} bits), empty where the
 *                   platform has none, as Python's {@code stat_result} then has no such attribute
 * @param reparseTag {@code st_reparse_tag} (Windows: the reparse point's tag, 0 for a file that is none), empty
 *                   where the platform has none
 * @param gen        {@code st_gen} (BSD, macOS: the file's generation number, 0 unless asked as root), empty
 *                   where the platform has none (Linux), as Python's {@code stat_result} then has no such attribute
 */
public record StatResult(int mode, long ino, long dev, long nlink, long uid, long gid, long size,
        long atimeNs, long mtimeNs, long ctimeNs, long blocks, long blksize, long rdev, long flags,
        long birthtimeNs, OptionalLong fileAttributes, OptionalLong reparseTag, OptionalLong gen) {
    private static final long NS_PER_SECOND = 1_000_000_000L;

    /**
     * A result; the Windows fields are required (empty off Windows).
     *
     * @param mode {@code st_mode}: file type and permission bits
     * @param ino {@code st_ino}: the inode number
     * @param dev {@code st_dev}: the device the file is on
     * @param nlink {@code st_nlink}: the number of hard links
     * @param uid {@code st_uid}: the owner's user id
     * @param gid {@code st_gid}: the owner's group id
     * @param size {@code st_size}: the size in bytes
     * @param atimeNs {@code st_atime_ns}: the access time in nanoseconds since the epoch
     * @param mtimeNs {@code st_mtime_ns}: the modification time in nanoseconds since the epoch
     * @param ctimeNs {@code st_ctime_ns}: the status change time in nanoseconds since the epoch
     * @param blocks {@code st_blocks}: the 512-byte blocks allocated
     * @param blksize {@code st_blksize}: the preferred I/O block size
     * @param rdev {@code st_rdev}: the device number of a device file
     * @param flags {@code st_flags} (BSD, macOS), 0 where the platform has none
     * @param birthtimeNs {@code st_birthtime} in ns where the platform reports it, else {@link Long#MIN_VALUE}
     * @param fileAttributes {@code st_file_attributes} (Windows: the {@code FILE_ATTRIBUTE_*} bits), empty where the
     *         platform has none, as Python's {@code stat_result} then has no such attribute
     * @param reparseTag {@code st_reparse_tag} (Windows: the reparse point's tag, 0 for a file that is none), empty
     *         where the platform has none
     * @param gen {@code st_gen} (BSD, macOS), empty where the platform has none
     */
    public StatResult {
        Objects.requireNonNull(fileAttributes, "fileAttributes");
        Objects.requireNonNull(reparseTag, "reparseTag");
        Objects.requireNonNull(gen, "gen");
    }

    /**
     * A result without {@code st_gen}: what Linux and Windows report.
     *
     * @param mode {@code st_mode}
     * @param ino {@code st_ino}
     * @param dev {@code st_dev}
     * @param nlink {@code st_nlink}
     * @param uid {@code st_uid}
     * @param gid {@code st_gid}
     * @param size {@code st_size}
     * @param atimeNs {@code st_atime_ns}
     * @param mtimeNs {@code st_mtime_ns}
     * @param ctimeNs {@code st_ctime_ns}
     * @param blocks {@code st_blocks}
     * @param blksize {@code st_blksize}
     * @param rdev {@code st_rdev}
     * @param flags {@code st_flags}, 0 where the platform has none
     * @param birthtimeNs {@code st_birthtime} in nanoseconds, or {@link Long#MIN_VALUE} where the platform has none
     * @param fileAttributes {@code st_file_attributes}, empty where the platform has none
     * @param reparseTag {@code st_reparse_tag}, empty where the platform has none
     */
    public StatResult(int mode, long ino, long dev, long nlink, long uid, long gid, long size, long atimeNs,
            long mtimeNs, long ctimeNs, long blocks, long blksize, long rdev, long flags, long birthtimeNs,
            OptionalLong fileAttributes, OptionalLong reparseTag) {
        this(mode, ino, dev, nlink, uid, gid, size, atimeNs, mtimeNs, ctimeNs, blocks, blksize, rdev, flags,
                birthtimeNs, fileAttributes, reparseTag, OptionalLong.empty());
    }

    /**
     * A result without the Windows fields and {@code st_gen}: what Linux reports.
     *
     * @param mode {@code st_mode}
     * @param ino {@code st_ino}
     * @param dev {@code st_dev}
     * @param nlink {@code st_nlink}
     * @param uid {@code st_uid}
     * @param gid {@code st_gid}
     * @param size {@code st_size}
     * @param atimeNs {@code st_atime_ns}
     * @param mtimeNs {@code st_mtime_ns}
     * @param ctimeNs {@code st_ctime_ns}
     * @param blocks {@code st_blocks}
     * @param blksize {@code st_blksize}
     * @param rdev {@code st_rdev}
     * @param flags {@code st_flags}
     * @param birthtimeNs {@code st_birthtime} in nanoseconds, or {@link Long#MIN_VALUE} where the platform has none
     */
    public StatResult(int mode, long ino, long dev, long nlink, long uid, long gid, long size, long atimeNs,
            long mtimeNs, long ctimeNs, long blocks, long blksize, long rdev, long flags, long birthtimeNs) {
        this(mode, ino, dev, nlink, uid, gid, size, atimeNs, mtimeNs, ctimeNs, blocks, blksize, rdev, flags,
                birthtimeNs, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
    }

    /** {@return {@code st_atime}: the access time in seconds since the epoch} */
    public double atime() {
        return seconds(atimeNs);
    }

    /** {@return {@code st_mtime}: the modification time in seconds since the epoch} */
    public double mtime() {
        return seconds(mtimeNs);
    }

    /** {@return {@code st_ctime}: the status change time in seconds since the epoch} */
    public double ctime() {
        return seconds(ctimeNs);
    }

    /** {@return whether the platform reported a creation time} */
    public boolean hasBirthtime() {
        return birthtimeNs != Long.MIN_VALUE;
    }

    /** {@return {@code st_birthtime}: the creation time in seconds since the epoch} */
    public double birthtime() {
        if (!hasBirthtime()) {
            throw new UnsupportedOperationException("st_birthtime is not reported on this platform");
        }
        return seconds(birthtimeNs);
    }

    /**
     * CPython's {@code fill_time}: {@code sec + nsec * 1e-9} from the {@code timespec}, which differs from
     * {@code ns / 1e9} in the last bit for about a quarter of the times.
     */
    private static double seconds(long ns) {
        return Math.floorDiv(ns, NS_PER_SECOND) + Math.floorMod(ns, NS_PER_SECOND) * 1e-9;
    }

    /** {@return whether this is a directory's status: {@code stat.S_ISDIR(st_mode)}} */
    public boolean isDir() {
        return Stat.S_ISDIR(mode);
    }

    /** {@return whether this is a regular file's status: {@code stat.S_ISREG(st_mode)}} */
    public boolean isRegularFile() {
        return Stat.S_ISREG(mode);
    }

    /** {@return whether this is a symbolic link's status: {@code stat.S_ISLNK(st_mode)}} */
    public boolean isSymlink() {
        return Stat.S_ISLNK(mode);
    }
}
