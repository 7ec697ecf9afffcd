package org.osprey.posix.abi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file-descriptor constants of each ABI, by Python name, from the system headers ({@code <fcntl.h>},
 * {@code <unistd.h>}, {@code <sys/ioctl.h>}): exactly the names the platform defines, so that a constant
 * Linux has and macOS lacks is absent on macOS rather than carrying Linux's value.
 */
public final class FdConstantTable {
    private FdConstantTable() {
    }

    /** Python's {@code os} constants of {@code abi}: {@code O_*}, {@code SEEK_*}, lockf's, {@code POSIX_FADV_*}. */
    public static Map<String, Integer> of(Abi abi) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("SEEK_SET", 0);
        c.put("SEEK_CUR", 1);
        c.put("SEEK_END", 2);
        c.put("F_ULOCK", 0);
        c.put("F_LOCK", 1);
        c.put("F_TLOCK", 2);
        c.put("F_TEST", 3);
        c.put("O_RDONLY", 0);
        c.put("O_WRONLY", 1);
        c.put("O_RDWR", 2);
        c.put("O_ACCMODE", 3);
        if (abi.isDarwin()) {
            darwin(c);
        } else {
            linux(c, abi == Abi.LINUX_AARCH64);
        }
        return c;
    }

    /** Linux's generic values (asm-generic/fcntl.h), where aarch64 moves four of them. */
    private static void linux(Map<String, Integer> c, boolean aarch64) {
        c.put("SEEK_DATA", 3);
        c.put("SEEK_HOLE", 4);
        c.put("O_CREAT", 0100);
        c.put("O_EXCL", 0200);
        c.put("O_NOCTTY", 0400);
        c.put("O_TRUNC", 01000);
        c.put("O_APPEND", 02000);
        c.put("O_NONBLOCK", 04000);
        c.put("O_NDELAY", 04000);
        c.put("O_DSYNC", 010000);
        c.put("O_ASYNC", 020000);
        int directory = aarch64 ? 040000 : 0200000;
        c.put("O_DIRECT", aarch64 ? 0200000 : 040000);
        c.put("O_DIRECTORY", directory);
        c.put("O_NOFOLLOW", aarch64 ? 0100000 : 0400000);
        c.put("O_LARGEFILE", 0); // glibc's on 64-bit ABIs: large files are the default
        c.put("O_NOATIME", 01000000);
        c.put("O_CLOEXEC", 02000000);
        c.put("O_SYNC", 04010000);
        c.put("O_RSYNC", 04010000);
        c.put("O_FSYNC", 04010000);
        c.put("O_PATH", 010000000);
        c.put("O_TMPFILE", 020000000 | directory);
        c.put("POSIX_FADV_NORMAL", 0);
        c.put("POSIX_FADV_RANDOM", 1);
        c.put("POSIX_FADV_SEQUENTIAL", 2);
        c.put("POSIX_FADV_WILLNEED", 3);
        c.put("POSIX_FADV_DONTNEED", 4);
        c.put("POSIX_FADV_NOREUSE", 5);
    }

    /** macOS's sys/fcntl.h: no O_DIRECT, O_PATH, O_TMPFILE or posix_fadvise. */
    private static void darwin(Map<String, Integer> c) {
        c.put("SEEK_HOLE", 3);
        c.put("SEEK_DATA", 4);
        c.put("O_NONBLOCK", 0x4);
        c.put("O_NDELAY", 0x4);
        c.put("O_APPEND", 0x8);
        c.put("O_SHLOCK", 0x10);
        c.put("O_EXLOCK", 0x20);
        c.put("O_ASYNC", 0x40);
        c.put("O_SYNC", 0x80);
        c.put("O_FSYNC", 0x80);
        c.put("O_NOFOLLOW", 0x100);
        c.put("O_CREAT", 0x200);
        c.put("O_TRUNC", 0x400);
        c.put("O_EXCL", 0x800);
        c.put("O_EVTONLY", 0x8000);
        c.put("O_NOCTTY", 0x20000);
        c.put("O_DIRECTORY", 0x100000);
        c.put("O_SYMLINK", 0x200000);
        c.put("O_DSYNC", 0x400000);
        c.put("O_CLOEXEC", 0x1000000);
        c.put("O_NOFOLLOW_ANY", 0x20000000);
    }

    /** {@code TIOCGWINSZ}, the ioctl that reads a terminal's {@code struct winsize}. */
    public static long tiocgwinsz(Abi abi) {
        return abi.isDarwin() ? 0x40087468L : 0x5413L;
    }
}
