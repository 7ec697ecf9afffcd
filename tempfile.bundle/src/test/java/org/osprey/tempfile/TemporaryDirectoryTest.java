package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Stat;

/** {@code TemporaryDirectory}: created like {@code mkdtemp}, removed with all it holds, never beyond a symlink. */
class TemporaryDirectoryTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    private TempDirOptions inTmp() {
        return TempDirOptions.DEFAULT.withDir(tmp.toString());
    }

    private void file(String path, String content) throws IOException {
        Files.writeString(Path.of(path), content);
    }

    @Test
    void closeRemovesTheWholeTree() throws Exception {
        String name;
        try (TemporaryDirectory td = tf.temporaryDirectory(inTmp().withPrefix("td").withSuffix("_s"))) {
            name = td.name();
            assertTrue(os.path().basename(name).matches("td[a-z0-9_]{8}_s"), name);
            assertEquals(0700, Stat.S_IMODE(os.stat(name).mode()));
            String deep = name;
            for (int i = 0; i < 30; i++) {
                deep = os.path().join(deep, "d" + i);
                os.mkdir(deep);
                file(os.path().join(deep, "f"), "x");
            }
            os.symlink("nowhere", os.path().join(name, "dangling"));
            try {
                os.mkfifo(os.path().join(name, "fifo"));
            } catch (UnsupportedOperationException e) {
                // a provider that makes no special files: the tree has none
            }
            for (int i = 0; i < 300; i++) {
                file(os.path().join(name, "many" + i), "");
            }
        }
        assertFalse(os.path().lexists(name));
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }

    @Test
    void symlinksAreRemovedButNeverFollowed() throws Exception {
        String outside = tmp.resolve("outside").toString();
        os.mkdir(outside);
        file(outside + "/keep", "kept");
        try (TemporaryDirectory td = tf.temporaryDirectory(inTmp())) {
            os.symlink(outside, td.name() + "/link");
            os.mkdir(td.name() + "/sub");
            os.symlink(outside, td.name() + "/sub/link");
            os.symlink(outside + "/keep", td.name() + "/sub/filelink");
        }
        assertEquals(List.of("keep"), os.listdir(outside));
        assertEquals("kept", Files.readString(Path.of(outside, "keep")));
        assertEquals(List.of("outside"), os.listdir(tmp.toString()));
    }

    @Test
    void aTopReplacedByASymlinkIsNotFollowed() throws Exception {
        String outside = tmp.resolve("outside").toString();
        os.mkdir(outside);
        file(outside + "/keep", "kept");
        TemporaryDirectory td = tf.temporaryDirectory(inTmp());
        os.rmdir(td.name());
        os.symlink(outside, td.name());
        OsException e = assertThrows(OsException.class, td::close);
        assertTrue(e.getMessage().contains("Cannot call rmtree on a symbolic link"), e.getMessage());
        TemporaryDirectory ignoring = tf.temporaryDirectory(inTmp().withIgnoreCleanupErrors(true));
        os.rmdir(ignoring.name());
        os.symlink(outside, ignoring.name());
        ignoring.close();
        assertEquals(List.of("keep"), os.listdir(outside));
        assertTrue(os.path().islink(td.name()) && os.path().islink(ignoring.name()));
    }

    @Test
    void deleteFalseKeepsTheTreeUntilCleanup() throws Exception {
        TemporaryDirectory td = tf.temporaryDirectory(inTmp().withDelete(false));
        file(td.name() + "/f", "x");
        td.close();
        assertTrue(os.path().isdir(td.name()));
        td.cleanup();
        assertFalse(os.path().lexists(td.name()));
    }

    @Test
    void cleanupAgainActsOnlyIfTheNameExistsAgain() throws Exception {
        TemporaryDirectory td = tf.temporaryDirectory(inTmp());
        td.cleanup();
        td.cleanup(); // gone: nothing to do, no error
        os.mkdir(td.name());
        file(td.name() + "/f", "x");
        td.close();
        assertFalse(os.path().lexists(td.name()));
    }

    /**
     * Read-only contents are removed by fixing modes and trying again; what cannot be fixed raises or, with
     * ignore_cleanup_errors, is left. Root ignores modes, so then a child JVM runs without the capabilities that
     * let it.
     */
    @Test
    void readOnlyContentsAreRemovedAndUnfixableErrorsRaiseOrAreIgnored() throws Exception {
        List<String> command = new ArrayList<>();
        if (os.stat(tmp.toString()).uid() == 0) { // made by this process: owned by its effective uid
            command.addAll(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String provider = System.getProperty("osprey.provider");
        if (provider != null) {
            command.add("-Dosprey.provider=" + provider); // the provider under test there too
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadOnlyTreeChild.class.getName(),
                tmp.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (var stdin = p.getOutputStream(); var stdout = p.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(0, p.waitFor(), out);
        assertEquals(List.of("enforced true", "removed true", "ignored [] true",
                "strict PermissionOsException true []", "strict again false"), List.of(out.split("\n")));
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }
}
