package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** move: renames, into directories, Python's errors, and across file systems (the temp dir and /dev/shm). */
class MoveTest {
    private static final String PY_MOVE = "import shutil, sys\ntry:\n"
            + "    print(shutil.move(sys.argv[1], sys.argv[2]), end='')\n"
            + "except Exception as e:\n    print(type(e).__name__, str(e), sep='|', end='')";

    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);
    @TempDir
    Path tmp;

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void renamesAndMovesIntoADirectory() throws Exception {
        Trees.file(tmp.resolve("a"), "a");
        Trees.dir(tmp.resolve("dir"));
        assertEquals(p("b"), shutil.move(p("a"), p("b")));
        assertEquals(p("dir/b"), shutil.move(p("b"), p("dir") + "/"));
        assertEquals("a", Files.readString(tmp.resolve("dir/b")));
        Trees.dir(tmp.resolve("src/inner"));
        assertEquals(p("dir/src"), shutil.move(p("src") + "/", p("dir")));
        assertTrue(Files.isDirectory(tmp.resolve("dir/src/inner")));
    }

    @Test
    void errorsAreThoseOfPython() throws Exception {
        Trees.file(tmp.resolve("a"), "a");
        Trees.file(tmp.resolve("dir/a"), "old");
        ShutilException exists = assertThrows(ShutilException.class, () -> shutil.move(p("a"), p("dir")));
        assertEquals(Python.MODERN.run(PY_MOVE, p("a"), p("dir")), "Error|" + exists.getMessage());
        assertEquals(List.of(), exists.failures());
        Trees.dir(tmp.resolve("tree/sub"));
        ShutilException into = assertThrows(ShutilException.class, () -> shutil.move(p("tree"), p("tree/sub")));
        assertEquals(Python.MODERN.run(PY_MOVE, p("tree"), p("tree/sub")), "Error|" + into.getMessage());
        assertTrue(Files.isDirectory(tmp.resolve("tree/sub")));
    }

    @Test
    void movesAcrossFileSystemsByCopyingThenRemoving() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(tmp)), "needs a second file system");
        Path there = Files.createTempDirectory(shm, "osprey-move");
        try {
            Trees.file(tmp.resolve("tree/f"), "f");
            Trees.link(tmp.resolve("tree/link"), "f");
            Trees.file(tmp.resolve("file"), "file");
            Trees.link(tmp.resolve("alink"), "file");
            List<String> before = Trees.describe(tmp.resolve("tree"));
            assertEquals(there.resolve("tree").toString(), shutil.move(p("tree"), there.toString()));
            assertEquals(before, Trees.describe(there.resolve("tree")));
            assertFalse(Files.exists(tmp.resolve("tree")));
            assertEquals(there.resolve("file2").toString(), shutil.move(p("file"), there.resolve("file2").toString()));
            assertEquals("file", Files.readString(there.resolve("file2")));
            assertFalse(Files.exists(tmp.resolve("file")));
            shutil.move(p("alink"), there.resolve("alink").toString());
            assertEquals(Path.of("file"), Files.readSymbolicLink(there.resolve("alink")));
            assertFalse(Files.exists(tmp.resolve("alink"), LinkOption.NOFOLLOW_LINKS));
        } finally {
            shutil.rmtree(there.toString());
        }
    }

}
