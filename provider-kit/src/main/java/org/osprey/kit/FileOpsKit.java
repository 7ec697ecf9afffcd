package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** The operations that change the file system, checked through the JDK's and Python's view of the result. */
public abstract class FileOpsKit extends ProviderKit {
    protected FileOpsKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    private int mode(String path) throws Exception {
        return os.lstat(path).mode() & 07777;
    }

    @Test
    void mkdirHonoursModeUnderUmask() throws Exception {
        int old = os.umask(022);
        try {
            os.mkdir(p("d"), 0777);
            assertEquals(0755, mode(p("d")));
            assertEquals(022, os.umask(077), "umask returns the previous mask");
            os.mkdir(p("e"), 0777);
            assertEquals(0700, mode(p("e")));
        } finally {
            os.umask(old);
        }
    }

    @Test
    void makedirsCreatesParentsAndHonoursExistOk() throws Exception {
        os.makedirs(p("x/y/z"));
        assertTrue(os.stat(p("x/y/z")).isDir());
        os.makedirs(p("x/y/z"), 0777, true);
        os.makedirs(p("x/y/z"), true);
        assertThrows(FileExistsOsException.class, () -> os.makedirs(p("x/y/z"), false));
        assertThrows(FileExistsOsException.class, () -> os.makedirs(p("x/y/z"), 0777, false));
        Files.writeString(tmp.resolve("f"), "");
        assertThrows(FileExistsOsException.class, () -> os.makedirs(p("f"), 0777, true),
                "exist_ok does not excuse a file in the way");
    }

    @Test
    void rmdirAndRemove() throws Exception {
        os.mkdir(p("d"));
        os.rmdir(p("d"));
        assertFalse(Files.exists(tmp.resolve("d")));
        Files.writeString(tmp.resolve("f"), "x");
        os.remove(p("f"));
        assertFalse(Files.exists(tmp.resolve("f")));
        Files.writeString(tmp.resolve("g"), "x");
        os.unlink(p("g"));
        assertFalse(Files.exists(tmp.resolve("g")));
    }

    @Test
    void renameAndReplaceOverwriteAFile() throws Exception {
        Files.writeString(tmp.resolve("a"), "A");
        Files.writeString(tmp.resolve("b"), "B");
        os.rename(p("a"), p("b"));
        assertEquals("A", Files.readString(tmp.resolve("b")));
        Files.writeString(tmp.resolve("c"), "C");
        os.replace(p("c"), p("b"));
        assertEquals("C", Files.readString(tmp.resolve("b")));
        assertEquals(List.of("b"), os.listdir(tmp.toString()));
    }

    @Test
    void symlinkAndReadlink() throws Exception {
        os.symlink("some/where/../else", p("l"));
        assertEquals("some/where/../else", os.readlink(p("l")));
        assertEquals("some/where/../else", Files.readSymbolicLink(tmp.resolve("l")).toString());
        String longTarget = ("d".repeat(99) + "/").repeat(40);
        os.symlink(longTarget, p("long"));
        assertEquals(longTarget, os.readlink(p("long")), "a target longer than the first buffer");
    }

    @Test
    void hardLinkSharesTheInode() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        os.link(p("f"), p("h"));
        assertEquals(os.stat(p("f")).ino(), os.stat(p("h")).ino());
        assertEquals(2, os.stat(p("f")).nlink());
    }

    @Test
    void hardLinkFollowsOrNotAsAsked() throws Exception {
        supported().followSymlinks("link");
        Files.writeString(tmp.resolve("f"), "x");
        os.symlink("f", p("l"));
        os.link(p("l"), p("followed"), OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD, true);
        assertTrue(os.lstat(p("followed")).isRegularFile());
        os.link(p("l"), p("not-followed"), OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD, false);
        assertTrue(os.lstat(p("not-followed")).isSymlink());
    }

    @Test
    void chmodAndFchmod() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        os.chmod(p("f"), 0640);
        assertEquals(0640, mode(p("f")));
        assertEquals("0o100640", Python.run("import os, sys; print(oct(os.stat(sys.argv[1]).st_mode))", p("f")).strip());
        int fd = os.open(p("f"), os.O_RDONLY());
        try {
            os.fchmod(fd, 0604);
        } finally {
            os.close(fd);
        }
        assertEquals(0604, mode(p("f")));
    }

    @Test
    void chmodWithoutFollowingSymlinksIsUnsupportedOnLinuxSymlinksOnly() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        os.symlink("f", p("l"));
        os.chmod(p("f"), 0600, org.osprey.os.At.NOFOLLOW);
        assertEquals(0600, mode(p("f")), "a file that is no symlink is changed, as in Python");
        var e = assertThrows(UnsupportedOperationException.class, () -> os.chmod(p("l"), 0644,
                org.osprey.os.At.NOFOLLOW));
        assertTrue(e.getMessage().contains("follow_symlinks unavailable"), e.getMessage());
        assertFalse(os.supports().followSymlinks().contains("chmod"));
        assertEquals(0600, mode(p("f")), "the target was left alone");
    }

    @Test
    void access() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        os.chmod(p("f"), 0644);
        assertTrue(os.access(p("f"), Os.F_OK));
        assertTrue(os.access(p("f"), Os.R_OK | Os.W_OK));
        assertFalse(os.access(p("missing"), Os.F_OK));
        os.symlink("missing", p("dangling"));
        assertFalse(os.access(p("dangling"), Os.F_OK));
    }

    @Test
    void accessOfTheLinkItself() throws Exception {
        supported().followSymlinks("access");
        os.symlink("missing", p("dangling"));
        assertTrue(os.access(p("dangling"), Os.F_OK, org.osprey.os.At.NOFOLLOW, false), "the link itself exists");
    }

    @Test
    void accessWithEffectiveIds() throws Exception {
        supported().effectiveIds("access");
        Files.writeString(tmp.resolve("f"), "x");
        os.chmod(p("f"), 0644);
        assertTrue(os.access(p("f"), Os.R_OK, org.osprey.os.At.DEFAULT, true), "effective ids");
        String python = Python.run("import os, sys; print(os.access(sys.argv[1], os.X_OK), "
                + "os.access(sys.argv[1], os.X_OK, effective_ids=True))", p("f")).strip();
        assertEquals(python, (os.access(p("f"), Os.X_OK) ? "True" : "False") + " "
                + (os.access(p("f"), Os.X_OK, org.osprey.os.At.DEFAULT, true) ? "True" : "False"));
    }
}
