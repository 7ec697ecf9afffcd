package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.ScandirIterator;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** Every dir_fd variant resolves a relative name against the directory open at the descriptor. */
public abstract class DirFdKit extends ProviderKit {
    protected DirFdKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;
    private int fd;
    private At at;

    @BeforeEach
    void openDirectory() throws Exception {
        Files.writeString(tmp.resolve("file"), "data");
        fd = os.open(tmp.toString(), os.O_RDONLY() | os.O_DIRECTORY());
        at = At.dirFd(fd);
    }

    @AfterEach
    void closeDirectory() throws Exception {
        os.close(fd);
    }

    private String abs(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void statAndLstat() throws Exception {
        supported().dirFd("stat");
        supported().followSymlinks("stat");
        assertEquals(os.stat(abs("file")), os.stat("file", at));
        os.symlink("file", abs("link"));
        assertEquals(os.lstat(abs("link")), os.lstat("link", at));
        assertEquals(os.lstat(abs("link")), os.stat("link", at.noFollowSymlinks()));
        var e = assertThrows(FileNotFoundOsException.class, () -> os.stat("missing", at));
        assertEquals("missing", e.filename());
    }

    @Test
    void mkdirAndRmdir() throws Exception {
        supported().dirFd("mkdir", "rmdir");
        os.mkdir("sub", 0755, at);
        assertTrue(os.stat(abs("sub")).isDir());
        os.rmdir("sub", at);
        assertFalse(os.access(abs("sub"), Os.F_OK));
    }

    @Test
    void symlinkReadlinkAndUnlink() throws Exception {
        supported().dirFd("symlink", "readlink", "unlink");
        os.symlink("file", "link", false, at);
        assertEquals("file", os.readlink("link", at));
        assertEquals("file", os.readlink(abs("link")));
        os.unlink("link", at);
        assertFalse(os.access(abs("link"), Os.F_OK, At.NOFOLLOW, false));
    }

    @Test
    void renameAndLink() throws Exception {
        supported().dirFd("rename", "link"); // Python lists rename for replace too
        os.rename("file", "moved", fd, fd);
        assertTrue(os.stat(abs("moved")).isRegularFile());
        os.link("moved", "hard", fd, fd, true);
        assertEquals(os.stat(abs("moved")).ino(), os.stat(abs("hard")).ino());
        Files.writeString(tmp.resolve("other"), "other");
        os.replace("other", "moved", fd, fd);
        assertEquals("other", Files.readString(tmp.resolve("moved")));
        assertFalse(os.access(abs("other"), Os.F_OK));
    }

    @Test
    void chmodAccessAndOpen() throws Exception {
        supported().dirFd("chmod", "access", "open");
        os.chmod("file", 0600, at);
        assertEquals(0600, os.stat(abs("file")).mode() & 07777);
        assertTrue(os.access("file", Os.R_OK, at, false));
        assertFalse(os.access("missing", Os.F_OK, at, false));
        int file = os.open("file", os.O_RDONLY(), 0, at);
        try {
            assertEquals(os.stat(abs("file")), os.fstat(file));
        } finally {
            os.close(file);
        }
    }

    @Test
    void scandirOfADescriptorStatsEntriesThroughIt() throws Exception {
        supported().fd("scandir");
        os.mkdir(abs("sub"));
        List<String> seen = new ArrayList<>();
        try (ScandirIterator it = os.scandir(fd)) {
            for (DirEntry e : it) {
                seen.add(e.name() + ":" + e.isDir() + ":" + e.stat().size());
            }
        }
        seen.sort(null);
        assertEquals(List.of("file:false:4", "sub:true:" + os.stat(abs("sub")).size()), seen);
    }

    @Test
    void supportsDirFdListsOnlyPythonsFunctions() {
        String python = Python.run("import os; print(' '.join(sorted(f.__name__ for f in os.supports_dir_fd)))");
        for (String f : os.supports().dirFd()) {
            assertTrue(python.contains(f), f + " is in Python's supports_dir_fd too");
        }
    }
}
