package org.osprey.posix.variant.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FsyncOptions;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.posix.PosixProvider;
import org.osprey.testing.Python;

/**
 * What only macOS has, as Linux answers it: Python on Linux has no {@code posix._fcopyfile}, no
 * {@code fcntl.F_FULLFSYNC}, no {@code st_birthtime}, {@code st_flags} or {@code st_gen}; Osprey's calls for them
 * say so, or (a full sync) do what Linux's own {@code fsync} already does.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLacksMacCallsTest {
    @TempDir
    Path tmp;

    private final Os os = Os.of(new PosixProvider());

    private String file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text).toString();
    }

    @Test
    void fcopyfileAndClonefileAreMacOsOnlyAsPythonHasThem() throws Exception {
        String src = file("src", "data");
        int in = os.open(src, os.O_RDONLY());
        int out = os.open(tmp.resolve("dst").toString(), os.O_WRONLY() | os.O_CREAT(), 0600);
        try {
            UnsupportedOperationException fcopyfile = assertThrows(UnsupportedOperationException.class,
                    () -> os.fcopyfile(in, out, Os.COPYFILE_DATA));
            assertTrue(fcopyfile.getMessage().contains("_fcopyfile"), fcopyfile.getMessage());
        } finally {
            os.close(in);
            os.close(out);
        }
        assertTrue(assertThrows(UnsupportedOperationException.class,
                () -> os.clonefile(src, tmp.resolve("clone").toString(), 0)).getMessage().contains("clonefile"));
        assertFalse(Files.exists(tmp.resolve("clone")));
        // the API's own checks come before the provider's answer
        assertThrows(IllegalArgumentException.class, () -> os.clonefile("a\0b", "c", 0));
        assertThrows(IllegalArgumentException.class, () -> os.clonefile(src, "c\0", 0));
        assertEquals("False", Python.run("import posix; print(hasattr(posix, '_fcopyfile'))").strip());
    }

    @Test
    void aFullSyncIsLinuxsFsync() throws Exception {
        int fd = os.open(file("f", "x"), os.O_WRONLY());
        try {
            os.write(fd, "more".getBytes());
            os.fsync(fd, FsyncOptions.full());
            os.fsync(fd, FsyncOptions.defaults());
        } finally {
            os.close(fd);
        }
        // a real call, whose errors are fsync's: a closed descriptor is EBADF, as Python's os.fsync says
        OsException full = assertThrows(OsException.class, () -> os.fsync(fd, FsyncOptions.full()));
        OsException plain = assertThrows(OsException.class, () -> os.fsync(fd));
        assertEquals(plain.errno(), full.errno());
        assertEquals(Python.run("import os, errno\ntry:\n    os.fsync(" + fd + ")\nexcept OSError as e:\n"
                + "    print(e.errno)").strip(), String.valueOf(full.errno()));
        assertEquals("False", Python.run("import fcntl; print(hasattr(fcntl, 'F_FULLFSYNC'))").strip());
    }

    @Test
    void statHasNoneOfTheBsdFieldsAsPythonOnLinux() throws Exception {
        StatResult st = os.stat(file("f", "x"));
        assertFalse(st.hasBirthtime());
        assertThrows(UnsupportedOperationException.class, st::birthtime);
        assertEquals(OptionalLong.empty(), st.gen());
        assertEquals(0, st.flags());
        assertEquals("False False False False", Python.require313().run("import os, sys; st = os.stat(sys.argv[1]); "
                + "print(*(hasattr(st, a) for a in ('st_birthtime', 'st_birthtime_ns', 'st_flags', 'st_gen')))",
                tmp.resolve("f").toString()).strip());
    }
}
