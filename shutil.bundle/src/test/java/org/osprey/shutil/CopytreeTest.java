package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.testing.Python;

/** copytree against CPython's on the same source tree: the same copies, the same collected errors. */
class CopytreeTest {
    private static final String PY = String.join("\n",
            "import shutil, sys",
            "src, dst, case = sys.argv[1:4]",
            "kw = {}",
            "if case == 'symlinks': kw['symlinks'] = True",
            "if case == 'dangling': kw['ignore_dangling_symlinks'] = True",
            "if case == 'ignore': kw['ignore'] = shutil.ignore_patterns('*.pyc', 'deep', '[!s]*_to_?')",
            "if case == 'exists': kw['dirs_exist_ok'] = True; kw['symlinks'] = True",
            "try:",
            "    shutil.copytree(src, dst, **kw)",
            "except shutil.Error as e:",
            "    for s, d, why in e.args[0]: print(s + '|' + d + '|' + why)",
            "    print(str(e))");

    private final Shutil shutil = Shutil.get();
    @TempDir
    Path tmp;
    private Path src;

    @BeforeEach
    void sourceTree() throws IOException {
        src = tmp.resolve("src");
        Trees.file(src.resolve("a.txt"), "a");
        Files.setPosixFilePermissions(src.resolve("a.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Trees.file(src.resolve("sub/b.py"), "b");
        Trees.file(src.resolve("sub/c.pyc"), "c");
        Trees.file(src.resolve("sub/deep/d.txt"), "d");
        Files.setPosixFilePermissions(src.resolve("sub/deep"), PosixFilePermissions.fromString("rwxr-x---"));
        Trees.dir(src.resolve("empty"));
        Trees.link(src.resolve("link_to_a"), "a.txt");
        Trees.link(src.resolve("link_to_sub"), "sub");
        Trees.link(src.resolve("sub/dangling"), "nowhere-at-all");
    }

    private CopytreeOptions options(String python) {
        return switch (python) {
            case "symlinks" -> CopytreeOptions.DEFAULT.withSymlinks(true);
            case "dangling" -> CopytreeOptions.DEFAULT.withIgnoreDanglingSymlinks(true);
            case "ignore" -> CopytreeOptions.DEFAULT.withIgnore(shutil.ignorePatterns("*.pyc", "deep", "[!s]*_to_?"));
            case "exists" -> CopytreeOptions.DEFAULT.withDirsExistOk(true).withSymlinks(true);
            default -> CopytreeOptions.DEFAULT;
        };
    }

    /** Copies with both and compares the trees and the (src, dst, reason) triples, the destinations' names aside. */
    private void sameAsPython(String python) throws Exception {
        Path dstJava = tmp.resolve("java");
        Path dstPython = tmp.resolve("python");
        if (python.equals("exists")) {
            Trees.file(dstJava.resolve("sub/old"), "old");
            Trees.file(dstPython.resolve("sub/old"), "old");
        }
        List<String> javaErrors = new ArrayList<>();
        try {
            assertEquals(dstJava.toString(), shutil.copytree(src.toString(), dstJava.toString(), options(python)));
        } catch (ShutilException e) {
            for (CopyFailure f : e.failures()) {
                javaErrors.add(f.src() + "|" + f.dst().replace(dstJava.toString(), dstPython.toString()) + "|"
                        + f.reason().replace(dstJava.toString(), dstPython.toString()));
            }
            javaErrors.add(e.getMessage().replace(dstJava.toString(), dstPython.toString()));
        }
        String out = Python.MODERN.run(PY, src.toString(), dstPython.toString(), python);
        List<String> pythonErrors = out.isEmpty() ? List.of() : List.of(out.split("\n"));
        assertEquals(pythonErrors, javaErrors);
        assertEquals(Trees.describe(dstPython), Trees.describe(dstJava));
    }

    @Test
    void followsSymlinksAndCollectsTheDanglingOneLikePython() throws Exception {
        sameAsPython("default");
    }

    @Test
    void copiesSymlinksAsSymlinksLikePython() throws Exception {
        sameAsPython("symlinks");
    }

    @Test
    void skipsDanglingSymlinksLikePython() throws Exception {
        sameAsPython("dangling");
    }

    @Test
    void ignoresPatternsLikePython() throws Exception {
        sameAsPython("ignore");
    }

    @Test
    void copiesIntoExistingDirectoriesLikePython() throws Exception {
        sameAsPython("exists");
    }

    @Test
    void refusesAnExistingDestinationByDefault() throws Exception {
        Trees.dir(tmp.resolve("there"));
        String there = tmp.resolve("there").toString();
        assertThrows(FileExistsOsException.class, () -> shutil.copytree(src.toString(), there));
    }

    @Test
    void usesTheCopyFunctionAndReportsProgress() throws Exception {
        List<String> copied = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void bytes(long n) {
            }

            @Override
            public void entry(String path) {
                entries.add(path);
            }
        };
        String dst = tmp.resolve("dst").toString();
        shutil.copytree(src.toString(), dst, CopytreeOptions.DEFAULT.withSymlinks(true).withProgress(progress)
                .withCopyFunction((s, d) -> {
                    copied.add(d);
                    return shutil.copyfile(s, d);
                }));
        assertEquals(List.of(dst + "/a.txt", dst + "/sub/b.py", dst + "/sub/c.pyc", dst + "/sub/deep/d.txt"),
                copied.stream().sorted().toList());
        assertTrue(entries.contains(dst + "/sub/deep") && entries.contains(dst + "/link_to_sub"), entries::toString);
        assertEquals(10, entries.size(), entries::toString);
    }
}
