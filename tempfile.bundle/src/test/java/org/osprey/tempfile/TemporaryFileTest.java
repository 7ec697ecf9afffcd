package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.testing.OpenFds;

/** {@code TemporaryFile}: a real descriptor with no name on disk, owned and closed once. */
class TemporaryFileTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    @Test
    void itLeavesNoDirectoryEntryAndHasNoLink() throws Exception {
        String dir = tmp.toString();
        List<String> before = os.listdir(dir);
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir).withPrefix("p"))) {
            assertEquals(before, os.listdir(dir));
            StatResult st = Supported.of(os).call("fstat", () -> os.fstat(f.fileno()));
            assertTrue(st.isRegularFile());
            assertEquals(0, st.nlink(), "no name: O_TMPFILE, or unlinked at once");
            assertEquals(0600, Stat.S_IMODE(st.mode()));
            assertEquals(os.stat(dir).dev(), st.dev(), "on the file system of dir");
            assertFalse(os.getInheritable(f.fileno()));
        }
        assertEquals(before, os.listdir(dir));
    }

    /** Linux and a file system with O_TMPFILE: the file never had a name (its link reads "dir/#inode"). */
    @Test
    void onLinuxItIsAnOTmpfileWhereTheFileSystemSupportsIt() throws Exception {
        String dir = tmp.toString();
        assumeTrue(os.fdConstants().has("O_TMPFILE") && oTmpfileWorksIn(dir), "no O_TMPFILE here");
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir))) {
            String target = OpenFds.target(f.fileno());
            assertTrue(target.startsWith(dir + "/#"), target);
        }
    }

    /**
     * A dir that is a symlink makes {@code O_TMPFILE|O_NOFOLLOW} fail (ELOOP), as in CPython: the fall-back
     * creates the file through the link with {@code mkstemp} and unlinks it at once.
     */
    @Test
    void theFallBackAlsoLeavesNoName() throws Exception {
        String real = tmp.resolve("real").toString();
        String link = tmp.resolve("link").toString();
        os.mkdir(real);
        os.symlink(real, link);
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(link).withPrefix("fb"))) {
            assertEquals(List.of(), os.listdir(real));
            assertEquals(0, Supported.of(os).call("fstat", () -> os.fstat(f.fileno())).nlink());
            String target = OpenFds.target(f.fileno());
            assertTrue(target.matches(Pattern.quote(real) + "/fb[a-z0-9_]{8} \\(deleted\\)"), target);
        }
    }

    private boolean oTmpfileWorksIn(String dir) {
        try {
            os.close(os.open(dir, os.O_RDWR() | os.O_TMPFILE(), 0600));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void readsWritesAndSeeksThroughTheDescriptor() throws Exception {
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(tmp.toString()))) {
            f.outputStream().write("hello world".getBytes(StandardCharsets.US_ASCII));
            assertEquals(11, f.position());
            assertEquals(11, os.lseek(f.fileno(), 0, os.SEEK_CUR()), "the descriptor's own position");
            f.position(6);
            assertEquals("world", new String(f.inputStream().readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals(-1, f.read(ByteBuffer.allocate(1)));
            os.lseek(f.fileno(), 0, os.SEEK_SET());
            assertEquals("hello world", new String(os.read(f.fileno(), 1 << 20), StandardCharsets.US_ASCII),
                    "a large os.read of the descriptor");
        }
    }

    /** The channel's size and truncate ask {@code fstat} for the size: of a file that no name leads to. */
    @Test
    void truncateShortensTheFileAndSizeIsItsLength() throws Exception {
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(tmp.toString()))) {
            f.outputStream().write("hello world".getBytes(StandardCharsets.US_ASCII));
            Supported.of(os).run("fstat", () -> f.truncate(5));
            assertEquals(5, f.size());
            assertEquals(11, f.position(), "truncate leaves the position");
            f.truncate(50);
            assertEquals(5, f.size(), "and never extends");
            os.lseek(f.fileno(), 0, os.SEEK_SET());
            assertEquals("hello", new String(os.read(f.fileno(), 100), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void closingClosesTheDescriptorOnce() throws Exception {
        TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(tmp.toString()));
        int fd = f.fileno();
        String target = Descriptors.target(os, fd);
        f.close();
        assertFalse(f.isOpen());
        assertNotEquals(target, Descriptors.target(os, fd), "descriptor closed");
        f.close();
        assertThrows(ClosedChannelException.class, f::fileno);
        assertThrows(ClosedChannelException.class, () -> f.write(ByteBuffer.allocate(1)));
    }

    @Test
    void aMissingDirectoryFailsWithFileNotFound() {
        String missing = tmp.resolve("missing").toString();
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class,
                () -> tf.temporaryFile(TempOptions.DEFAULT.withDir(missing)));
        assertTrue(e.filename().startsWith(missing), e.filename());
    }
}
