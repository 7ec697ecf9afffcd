package org.osprey.posix.variant.darwin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FsyncOptions;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.posix.PosixProvider;
import org.osprey.testing.Python;

/**
 * What only macOS has, on macOS, with CPython 3.13 there as the oracle: {@code st_birthtime}, {@code st_flags},
 * {@code st_gen}, {@code chflags}/{@code lchflags}, {@code lchmod}, {@code F_FULLFSYNC}, {@code fcopyfile},
 * {@code clonefile} and the {@code mmap} and {@code pathconf} names. Written on Linux: not run yet.
 */
@EnabledOnOs(OS.MAC)
class DarwinCallsTest {
    private static final String PY_STAT = "import os, sys\n"
            + "st = (os.lstat if sys.argv[2] == 'l' else os.stat)(sys.argv[1])\n"
            + "print(repr(st.st_birthtime), st.st_flags, st.st_gen, st.st_mode & 0o7777)";

    @TempDir
    Path tmp;

    private final Os os = Os.of(new PosixProvider());

    private String file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text).toString();
    }

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    /** {@code st_birthtime st_flags st_gen mode} as CPython reads them, through a symlink or not. */
    private static String[] python(String path, boolean follow) {
        return Python.require313().run(PY_STAT, path, follow ? "s" : "l").strip().split(" ");
    }

    private static void assertSameAsPython(String path, StatResult st, boolean follow) {
        String[] py = python(path, follow);
        assertEquals(Double.parseDouble(py[0]), st.birthtime(), "st_birthtime");
        assertEquals(Long.parseLong(py[1]), st.flags(), "st_flags");
        assertEquals(OptionalLong.of(Long.parseLong(py[2])), st.gen(), "st_gen");
        assertEquals(Integer.parseInt(py[3]), Stat.S_IMODE(st.mode()), "mode");
    }

    @Test
    void statHasBirthtimeFlagsAndGenAsCpython() throws Exception {
        String f = file("f", "x");
        StatResult st = os.stat(f);
        assertTrue(st.hasBirthtime());
        assertTrue(st.birthtimeNs() <= st.mtimeNs());
        assertSameAsPython(f, st, true);
        assertEquals("False", Python.require313().run("import os, sys; "
                + "print(hasattr(os.stat(sys.argv[1]), 'st_birthtime_ns'))", f).strip(), "Windows only in 3.13");
    }

    @Test
    void chflagsAndLchflagsSetTheFlagsPythonReads() throws Exception {
        String f = file("f", "x");
        os.symlink("f", p("link"));
        os.chflags(f, Stat.UF_NODUMP);
        assertSameAsPython(f, os.stat(f), true);
        assertEquals(Stat.UF_NODUMP, os.stat(f).flags() & Stat.UF_NODUMP);
        os.lchflags(p("link"), Stat.UF_HIDDEN);
        assertEquals(Stat.UF_HIDDEN, os.lstat(p("link")).flags() & Stat.UF_HIDDEN);
        assertEquals(0, os.stat(f).flags() & Stat.UF_HIDDEN, "the target keeps its flags");
        assertSameAsPython(p("link"), os.lstat(p("link")), false);
        os.chflags(p("link"), Stat.UF_HIDDEN, false);
        os.chflags(f, 0);
        assertEquals(0, os.stat(f).flags() & (Stat.UF_NODUMP | Stat.UF_HIDDEN));
        assertEquals(p("missing"), assertThrows(org.osprey.os.FileNotFoundOsException.class,
                () -> os.chflags(p("missing"), 0)).filename());
    }

    @Test
    void lchmodChangesTheLinkNotItsTarget() throws Exception {
        String f = file("f", "x");
        os.chmod(f, 0644);
        os.symlink("f", p("link"));
        os.lchmod(p("link"), 0700);
        assertEquals(0700, Stat.S_IMODE(os.lstat(p("link")).mode()));
        assertEquals(0644, Stat.S_IMODE(os.stat(f).mode()));
        assertSameAsPython(p("link"), os.lstat(p("link")), false);
    }

    @Test
    void aFullSyncIsFFullfsync() throws Exception {
        int fd = os.open(file("f", "x"), os.O_WRONLY());
        try {
            os.write(fd, "more".getBytes());
            os.fsync(fd, FsyncOptions.full());
        } finally {
            os.close(fd);
        }
        assertEquals("True 51", Python.require313().run("import fcntl; "
                + "print(hasattr(fcntl, 'F_FULLFSYNC'), fcntl.F_FULLFSYNC)").strip());
    }

    @Test
    void fcopyfileCopiesTheData() throws Exception {
        byte[] data = new byte[3 << 20];
        new java.util.Random(15).nextBytes(data);
        Files.write(tmp.resolve("src"), data);
        int in = os.open(p("src"), os.O_RDONLY());
        int out = os.open(p("dst"), os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0600);
        try {
            os.fcopyfile(in, out, Os.COPYFILE_DATA);
        } finally {
            os.close(in);
            os.close(out);
        }
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
        assertEquals("True 8", Python.require313().run("import posix; "
                + "print(hasattr(posix, '_fcopyfile'), posix._COPYFILE_DATA)").strip());
    }

    @Test
    void clonefileClonesAndRefusesAnExistingDestination() throws Exception {
        String src = file("src", "cloned data");
        os.chmod(src, 0640);
        os.clonefile(src, p("clone"), 0);
        assertEquals("cloned data", Files.readString(tmp.resolve("clone")));
        assertEquals(0640, Stat.S_IMODE(os.stat(p("clone")).mode()), "clonefile keeps the mode");
        FileExistsOsException exists = assertThrows(FileExistsOsException.class,
                () -> os.clonefile(src, p("clone"), 0));
        assertEquals(List.of(src, p("clone")), List.of(exists.filename(), exists.filename2()));
        os.symlink("src", p("link"));
        os.clonefile(p("link"), p("linkclone"), Os.CLONE_NOFOLLOW);
        assertTrue(Files.isSymbolicLink(tmp.resolve("linkclone")));
        assertEquals("src", os.readlink(p("linkclone")));
        os.clonefile(p("link"), p("followed"), 0);
        assertTrue(Files.isRegularFile(tmp.resolve("followed"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void mmapAndPathconfNamesAreCpythons() {
        Map<String, Integer> cpython = new TreeMap<>();
        for (String line : Python.require313().lines("import mmap, os\n"
                + "for k in dir(mmap):\n"
                + "    if k.startswith(('MAP_', 'PROT_', 'MADV_')): print(k, getattr(mmap, k))\n"
                + "for k, v in os.pathconf_names.items(): print(k, v)")) {
            String[] kv = line.split(" ");
            cpython.put(kv[0], Integer.parseInt(kv[1]));
        }
        Map<String, Integer> osprey = new TreeMap<>(os.mmapConstants());
        osprey.putAll(os.pathconfNames());
        assertEquals(cpython, osprey);
    }
}
