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
 */
public record StatResult(int mode, long ino, long dev, long nlink, long uid, long gid, long size,
        long atimeNs, long mtimeNs, long ctimeNs, long blocks, long blksize, long rdev, long flags,
        long birthtimeNs, OptionalLong fileAttributes, OptionalLong reparseTag) {
    private static final long NS_PER_SECOND = 1_000_000_000L;

    public StatResult {
        Objects.requireNonNull(fileAttributes, "fileAttributes");
        Objects.requireNonNull(reparseTag, "reparseTag");
    }

    /** A result without the Windows fields: what a POSIX platform reports. */
    public StatResult(int mode, long ino, long dev, long nlink, long uid, long gid, long size, long atimeNs,
            long mtimeNs, long ctimeNs, long blocks, long blksize, long rdev, long flags, long birthtimeNs) {
        this(mode, ino, dev, nlink, uid, gid, size, atimeNs, mtimeNs, ctimeNs, blocks, blksize, rdev, flags,
                birthtimeNs, OptionalLong.empty(), OptionalLong.empty());
    }

    public double atime() {
        return seconds(atimeNs);
    }

    public double mtime() {
        return seconds(mtimeNs);
    }

    public double ctime() {
        return seconds(ctimeNs);
    }

    public boolean hasBirthtime() {
        return birthtimeNs != Long.MIN_VALUE;
    }

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

    public boolean isDir() {
        return Stat.S_ISDIR(mode);
    }

    public boolean isRegularFile() {
        return Stat.S_ISREG(mode);
    }

    public boolean isSymlink() {
        return Stat.S_ISLNK(mode);
    }
}
