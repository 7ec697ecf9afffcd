package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.nio.NioProvider;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * shutil over the pure-Java provider, through its {@code of(os)}: what it does with files by path works; its own
 * suite still runs on the POSIX provider only (see the README's Providers). Here rather than in {@code nio.bundle},
 * whose tests cannot depend on shutil now that glob's and tempfile's tests depend on {@code nio.bundle}.
 */
class ShutilOnNioTest {
    private final Os os = Os.of(new NioProvider());

    @TempDir
    Path tmp;

    private Path tree() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/a/b"));
        Files.writeString(tmp.resolve("src/top.txt"), "top");
        Files.writeString(src.resolve("deep.txt"), "deep");
        Files.writeString(tmp.resolve("src/a/note.md"), "note");
        Files.createSymbolicLink(tmp.resolve("src/link.txt"), Path.of("top.txt"));
        return tmp.resolve("src");
    }

    @Test
    void shutilCopiesATreeComparesEqualAndRemovesIt() throws Exception {
        Path src = tree();
        Shutil shutil = Shutil.of(os);
        String dst = tmp.resolve("dst").toString();
        // copytree's default copy2 copies the metadata through descriptors (futimens, fchmod): not here
        shutil.copytree(src.toString(), dst, CopytreeOptions.DEFAULT.withCopyFunction(shutil::copyfile));
        assertEquals(Python.run("import filecmp, sys\nd = filecmp.dircmp(sys.argv[1], sys.argv[2])\n"
                + "print(d.left_only, d.right_only, d.diff_files)", src.toString(), dst).strip(), "[] [] []");
        assertEquals(os.stat(src.resolve("a").toString()).mtimeNs(), os.stat(dst + "/a").mtimeNs(),
                "copystat of a directory, by path");
        assertEquals(-1L, Files.mismatch(src.resolve("a/b/deep.txt"), Path.of(dst, "a/b/deep.txt")));
        shutil.rmtree(dst);
        assertFalse(Files.exists(tmp.resolve("dst")));
        shutil.move(src.resolve("a").toString(), tmp.resolve("moved").toString());
        assertEquals("deep", Files.readString(tmp.resolve("moved/b/deep.txt")));
    }
}
