package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.DirEntry;
import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** stat, lstat and fstat field by field against Python's os.stat on the same files: checks the struct layout. */
public abstract class StatKit extends ProviderKit {
    protected StatKit(OsProvider provider) {
        super(provider);
    }

    private static final String PY_STAT = String.join("\n",
            "import os, sys",
            "follow = sys.argv[1] == 'follow'",
            "for p in sys.argv[2:]:",
            "    s = os.stat(p, follow_symlinks=follow)",
            "    print(s.st_mode, s.st_ino, s.st_dev, s.st_nlink, s.st_uid, s.st_gid, s.st_size, s.st_atime_ns,",
            "          s.st_mtime_ns, s.st_ctime_ns, s.st_blocks, s.st_blksize, s.st_rdev,",
            "          getattr(s, 'st_file_attributes', '-'), getattr(s, 'st_reparse_tag', '-'))");

    @TempDir
    Path tmp;
    private String file;
    private String dir;
    private String link;
    private String fifo;

    @BeforeEach
    void files() throws Exception {
        file = tmp.resolve("file").toString();
        Files.writeString(Path.of(file), "twelve bytes");
        dir = tmp.resolve("dir").toString();
        os.mkdir(dir);
        link = tmp.resolve("link").toString();
        os.symlink("file", link);
        fifo = tmp.resolve("fifo").toString();
        Python.run("import os, sys; os.mkfifo(sys.argv[1])", fifo);
        // nanoseconds that a float would lose, so that the ns fields are really compared
        Python.run("import os, sys; os.utime(sys.argv[1], ns=(1_600_000_000_123_456_789, 1_700_000_000_987_654_321))",
                file);
    }

    private static String fields(StatResult s) {
        return s.mode() + " " + s.ino() + " " + s.dev() + " " + s.nlink() + " " + s.uid() + " " + s.gid() + " "
                + s.size() + " " + s.atimeNs() + " " + s.mtimeNs() + " " + s.ctimeNs() + " " + s.blocks() + " "
                + s.blksize() + " " + s.rdev() + " " + orDash(s.fileAttributes()) + " " + orDash(s.reparseTag());
    }

    /** The Windows fields as Python prints {@code getattr(s, name, '-')}: absent on POSIX. */
    private static String orDash(OptionalLong field) {
        return field.isPresent() ? Long.toString(field.getAsLong()) : "-";
    }

    @Test
    void statIfExistsIsStatOrEmptyWithoutAnException() throws Exception {
        assertEquals(fields(os.stat(file)), fields(os.statIfExists(file, At.DEFAULT).orElseThrow()));
        assertEquals(fields(os.lstat(link)), fields(os.statIfExists(link, At.NOFOLLOW).orElseThrow()));
        assertTrue(os.statIfExists(tmp.resolve("missing").toString(), At.DEFAULT).isEmpty());
        assertEquals(fields(os.stat(link)), fields(os.statIfExists(link).orElseThrow())); // follows, as os.stat
        assertTrue(os.statIfExists(tmp.resolve("missing").toString()).isEmpty());
        assertTrue(os.statIfExists(file + "/below-a-file", At.DEFAULT).isEmpty(), "ENOTDIR");
        assertThrows(IllegalArgumentException.class, () -> os.statIfExists(file + "\0x", At.DEFAULT));
        assertFalse(os.path().exists(file + "\0x"), "os.path.exists answers False for a NUL, as Python's");
    }

    /**
     * The thread's path buffer starts at 1 KiB and an ASCII path is written into it a byte per char: a path
     * crossing that size, a non-ASCII name after a kilobyte of ASCII (re-encoded from the start) and an escaped
     * undecodable byte must all reach the kernel whole. Each level's inode is checked against the one its
     * parent's listing reports (getdents, decoded on another code path).
     */
    @Test
    void longAndNonAsciiPathsReachTheKernelWhole() throws Exception {
        String[] names = {"a".repeat(250), "b".repeat(250), "c".repeat(250), "d".repeat(250),
            "\u00e9".repeat(100) + "\u65e5\u672c", "x\udcff" + "e".repeat(200)};
        String path = tmp.toString();
        for (String name : names) {
            String parent = path;
            path = parent + "/" + name;
            os.mkdir(path);
            long listed = -1;
            try (var entries = os.scandir(parent)) {
                for (var e : entries) {
                    if (e.name().equals(name)) {
                        listed = e.inode();
                    }
                }
            }
            assertEquals(listed, os.stat(path).ino(), path);
            assertEquals(listed, os.lstat(path).ino(), path);
        }
        assertTrue(FsCodec.encode(path).length > 1024);
        String tooLong = path + "/" + ("f".repeat(250) + "/").repeat(12) + "g"; // past PATH_MAX (4096)
        var e = assertThrows(OsException.class, () -> os.stat(tooLong));
        assertEquals(Python.run("import errno; print(errno.ENAMETOOLONG)").strip(), Integer.toString(e.errno()));
        assertEquals(tooLong, e.filename());
    }

    @Test
    void statMatchesPythonFieldByField() throws Exception {
        var expected = Python.lines(PY_STAT, "follow", file, dir, link, fifo);
        String[] paths = {file, dir, link, fifo};
        for (int i = 0; i < paths.length; i++) {
            assertEquals(expected.get(i), fields(os.stat(paths[i])), paths[i]);
        }
    }

    @Test
    void lstatMatchesPythonFieldByField() throws Exception {
        var expected = Python.lines(PY_STAT, "nofollow", file, dir, link, fifo);
        String[] paths = {file, dir, link, fifo};
        for (int i = 0; i < paths.length; i++) {
            assertEquals(expected.get(i), fields(os.lstat(paths[i])), paths[i]);
        }
    }

    @Test
    void deviceNumberOfACharacterDevice() throws Exception {
        String expected = Python.run("import os; s = os.stat('/dev/null'); print(s.st_mode, s.st_rdev)").strip();
        StatResult s = os.stat("/dev/null");
        assertEquals(expected, s.mode() + " " + s.rdev());
    }

    @Test
    void fileTypesAndTimes() throws Exception {
        assertTrue(os.stat(file).isRegularFile());
        assertEquals(12, os.stat(file).size());
        assertEquals(1_700_000_000_987_654_321L, os.stat(file).mtimeNs());
        assertEquals(1_600_000_000_123_456_789L, os.stat(file).atimeNs());
        assertTrue(os.stat(dir).isDir());
        assertTrue(os.lstat(link).isSymlink());
        assertTrue(os.stat(link).isRegularFile());
        assertTrue(Stat.S_ISFIFO(os.lstat(fifo).mode()));
        assertFalse(os.stat(file).hasBirthtime(), "Linux's stat reports no birth time");
    }

    @Test
    void fstatMatchesStat() throws Exception {
        int fd = os.open(file, os.O_RDONLY());
        try {
            assertEquals(fields(os.stat(file)), fields(os.fstat(fd)));
        } finally {
            os.close(fd);
        }
    }

    /**
     * Python's float seconds are {@code sec + nsec * 1e-9} of the kernel's timespec, which is not
     * {@code ns / 1e9} in the last bit for about a quarter of times: compared bit for bit with CPython 3.13's
     * {@code st_atime}, {@code st_mtime} and {@code st_ctime} over files with nanosecond times before and after
     * the epoch, through every way Osprey offers them.
     */
    @Test
    void floatSecondsAreCPythonsBitForBit() throws Exception {
        Path times = Files.createDirectory(tmp.resolve("times"));
        Random random = new Random(2025);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String path = times.resolve("t" + i).toString();
            Files.createFile(Path.of(path));
            os.utimeNs(path, randomTimeNs(random), randomTimeNs(random), At.DEFAULT);
            paths.add(path);
        }
        List<String> python = Python.require313().lines(String.join("\n",
                "import os, struct, sys",
                "bits = lambda f: struct.unpack('<q', struct.pack('<d', f))[0]",
                "for p in sys.argv[1:]:",
                "    s = os.stat(p)",
                "    print(s.st_atime_ns, s.st_mtime_ns, bits(s.st_atime), bits(s.st_mtime), bits(s.st_ctime))"),
                paths.toArray(String[]::new));
        Map<String, StatResult> scanned = new HashMap<>();
        try (var entries = os.scandir(times.toString())) {
            for (DirEntry e : entries) {
                scanned.put(e.path(), e.stat());
            }
        }
        int unlikeDivision = 0;
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            StatResult s = os.stat(path);
            assertEquals(python.get(i), floatTimes(s), path);
            assertEquals(python.get(i), floatTimes(scanned.get(path)), "DirEntry.stat() of " + path);
            assertEquals(Double.doubleToRawLongBits(s.atime()), Double.doubleToRawLongBits(os.path().getatime(path)));
            assertEquals(Double.doubleToRawLongBits(s.mtime()), Double.doubleToRawLongBits(os.path().getmtime(path)));
            assertEquals(Double.doubleToRawLongBits(s.ctime()), Double.doubleToRawLongBits(os.path().getctime(path)));
            if (s.mtime() != s.mtimeNs() / 1e9) {
                unlikeDivision++;
            }
        }
        assertTrue(unlikeDivision > paths.size() / 10, "times where ns / 1e9 differs: " + unlikeDivision);
    }

    /** Any nanosecond from 1902 to 2242, within what ext4, xfs and tmpfs keep exactly. */
    private static long randomTimeNs(Random random) {
        long seconds = (long) (random.nextDouble() * ((1L << 33) + (1L << 31))) - (1L << 31) + 1;
        return seconds * 1_000_000_000L + random.nextInt(1_000_000_000);
    }

    private static String floatTimes(StatResult s) {
        return s.atimeNs() + " " + s.mtimeNs() + " " + Double.doubleToRawLongBits(s.atime()) + " "
                + Double.doubleToRawLongBits(s.mtime()) + " " + Double.doubleToRawLongBits(s.ctime());
    }
}
