package org.osprey.posix.dir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.spi.DirStream;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.Natives;
import org.osprey.testing.Python;

/** Both ways of reading a directory give Python's scandir: same names, order, types and inodes. */
class DirStreamsTest {
    private static final String PY_SCANDIR = String.join("\n",
            "import os, sys",
            "for e in os.scandir(sys.argv[1]):",
            "    t = 3 if e.is_symlink() else 1 if e.is_dir() else 2 if e.is_file() else 4",
            "    print(e.name, t, e.inode())");

    @TempDir
    Path tmp;

    /** Enough entries with long names that getdents64 needs several buffers. */
    @ParameterizedTest(name = "getdents64={0}")
    @ValueSource(booleans = {true, false})
    void readsLikePythonsScandir(boolean getdents64) throws Exception {
        for (int i = 0; i < 3000; i++) {
            Files.writeString(tmp.resolve(String.format("%04d-", i) + "x".repeat(100)), "");
        }
        Files.createDirectory(tmp.resolve("sub"));
        Files.createSymbolicLink(tmp.resolve("link"), Path.of("sub"));
        Natives natives = Natives.load();
        DirStreams dirs = new DirStreams(natives, new ErrnoTranslator(natives), getdents64);
        List<String> lines = new ArrayList<>();
        try (DirStream d = dirs.open(tmp.toString())) {
            while (d.next()) {
                lines.add(d.name() + " " + d.type() + " " + d.ino());
            }
        }
        assertEquals(Python.lines(PY_SCANDIR, tmp.toString()), lines);
    }
}
