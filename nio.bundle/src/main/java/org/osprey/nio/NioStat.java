package org.osprey.nio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osprey.os.StatResult;

/**
 * {@code stat} from file attributes: the JDK's {@code unix:*} view (Linux and macOS JDKs have it) gives every
 * field but {@code st_blocks} and {@code st_blksize}, which stay 0; elsewhere the POSIX or basic view gives the
 * type, permissions, size and times, and the ids and inode fields stay 0.
 */
final class NioStat {
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;

    static final boolean UNIX = Path.of("").getFileSystem().supportedFileAttributeViews().contains("unix");
    /** JDK 17 on Linux answers creationTime with the modification time: statx's birth time is not read. */
    private static final boolean BIRTH_TIME = !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
            .contains("linux");
    private static final boolean POSIX = Path.of("").getFileSystem().supportedFileAttributeViews().contains("posix");

    private NioStat() {
    }

    static LinkOption[] options(boolean followSymlinks) {
        return followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    static StatResult stat(Path path, boolean followSymlinks) throws IOException {
        LinkOption[] options = options(followSymlinks);
        if (UNIX) {
            return unix(Files.readAttributes(path, "unix:*", options));
        }
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, options);
        int permissions = POSIX ? permissions(Files.readAttributes(path, PosixFileAttributes.class, options))
                : Files.isWritable(path) ? 0666 : 0444;
        return new StatResult(typeBits(basic) | permissions, 0, 0, 1, 0, 0, basic.size(),
                ns(basic.lastAccessTime()), ns(basic.lastModifiedTime()), ns(basic.lastModifiedTime()), 0, 0, 0, 0,
                birth(basic.creationTime()));
    }

    private static StatResult unix(Map<String, Object> a) {
        return new StatResult((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"),
                (Integer) a.get("nlink"), (Integer) a.get("uid") & 0xffffffffL, (Integer) a.get("gid") & 0xffffffffL,
                (Long) a.get("size"), ns(a.get("lastAccessTime")), ns(a.get("lastModifiedTime")), ns(a.get("ctime")),
                0, 0, (Long) a.get("rdev"), 0, birth(a.get("creationTime")));
    }

    private static int typeBits(BasicFileAttributes a) {
        return a.isDirectory() ? S_IFDIR : a.isSymbolicLink() ? S_IFLNK : a.isRegularFile() ? S_IFREG : 0;
    }

    private static int permissions(PosixFileAttributes a) {
        int bits = 0;
        for (PosixFilePermission p : a.permissions()) {
            bits |= 0400 >> p.ordinal();
        }
        return bits;
    }

    private static long birth(Object time) {
        return BIRTH_TIME ? ns(time) : Long.MIN_VALUE;
    }

    private static long ns(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
