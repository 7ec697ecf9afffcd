package org.osprey.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.filecmp.Filecmp;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;
import org.osprey.os.Os;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.Shutil;
import org.osprey.tempfile.MkstempResult;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;
import org.osprey.tempfile.TemporaryDirectory;
import org.osprey.testing.Python;

/**
 * shutil, tempfile, glob and filecmp over the pure-Java provider, each through its {@code of(os)}: what they do
 * with files by path works; their own suites still run on the POSIX provider only (see the README's Providers).
 */
class NioConsumersTest {
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
        assertTrue(Filecmp.of(os).cmp(src.resolve("a/b/deep.txt").toString(), dst + "/a/b/deep.txt", false));
        shutil.rmtree(dst);
        assertFalse(Files.exists(tmp.resolve("dst")));
        shutil.move(src.resolve("a").toString(), tmp.resolve("moved").toString());
        assertEquals("deep", Files.readString(tmp.resolve("moved/b/deep.txt")));
    }

    @Test
    void tempfileMakesPrivateFilesAndDirectories() throws Exception {
        Tempfile tempfile = Tempfile.of(os);
        MkstempResult file = tempfile.mkstemp(TempOptions.DEFAULT.withDir(tmp.toString()));
        try {
            os.write(file.fd(), "abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            os.close(file.fd());
        }
        assertEquals(0100600, os.stat(file.name()).mode());
        assertEquals("abc", Files.readString(Path.of(file.name())));
        String dir = tempfile.mkdtemp(TempOptions.DEFAULT.withDir(tmp.toString()));
        assertEquals(040700, os.stat(dir).mode());
        String name;
        try (TemporaryDirectory t = tempfile.temporaryDirectory()) {
            name = t.name();
            Files.writeString(Path.of(name, "inside"), "x");
        }
        assertFalse(Files.exists(Path.of(name)));
    }

    @Test
    void globFindsWhatPythonFinds() throws Exception {
        Path src = tree();
        List<String> ours = Glob.of(os).glob("**/*.txt", GlobOptions.DEFAULT.withRecursive(true)
                .withRootDir(src.toString())).stream().sorted().toList();
        assertEquals(Python.run("import glob, sys\nfor n in sorted(glob.glob('**/*.txt', recursive=True,"
                + " root_dir=sys.argv[1])): print(n)", src.toString()).strip(), String.join("\n", ours));
    }
}
