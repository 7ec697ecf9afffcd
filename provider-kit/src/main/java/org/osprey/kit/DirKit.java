package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.WalkEntry;
import org.osprey.os.WalkOptions;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** listdir, scandir and walk against Python's on the same tree, in the same (directory) order. */
public abstract class DirKit extends ProviderKit {
    protected DirKit(OsProvider provider) {
        super(provider);
    }

    private static final String PY_WALK = String.join("\n",
            "import os, sys",
            "mode, top = sys.argv[1], sys.argv[2]",
            "for d, dirs, files in os.walk(top, topdown=mode != 'bottomup', followlinks=mode == 'followlinks'):",
            "    if mode == 'prune':",
            "        dirs[:] = [x for x in dirs if not x.startswith('a')]",
            "    print(d + '|' + ','.join(dirs) + '|' + ','.join(files))");

    @TempDir
    Path tmp;
    private String root;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("root").toString();
        os.mkdir(root);
        Tree.create(os, root);
    }

    private static String line(WalkEntry e) {
        return e.dirpath() + "|" + String.join(",", e.dirnames()) + "|" + String.join(",", e.filenames());
    }

    private List<String> walk(WalkOptions options, boolean prune) {
        List<String> lines = new ArrayList<>();
        for (WalkEntry e : os.walk(root, options)) {
            if (prune) {
                e.dirnames().removeIf(x -> x.startsWith("a"));
            }
            lines.add(line(e));
        }
        return lines;
    }

    @Test
    void listdirMatchesPython() throws Exception {
        for (String d : new String[] {root, root + "/a", root + "/b", root + "/empty"}) {
            String expected = Python.run("import os, sys; print(','.join(os.listdir(sys.argv[1])))", d).strip();
            assertEquals(expected, String.join(",", os.listdir(d)), d);
        }
    }

    @Test
    void walkTopDownMatchesPython() {
        assertEquals(Python.lines(PY_WALK, "topdown", root), walk(WalkOptions.DEFAULT, false));
    }

    @Test
    void walkBottomUpMatchesPython() {
        assertEquals(Python.lines(PY_WALK, "bottomup", root), walk(WalkOptions.DEFAULT.bottomUp(), false));
    }

    @Test
    void walkFollowingLinksMatchesPython() {
        assertEquals(Python.lines(PY_WALK, "followlinks", root), walk(WalkOptions.DEFAULT.followLinks(), false));
    }

    @Test
    void walkPrunedTopDownMatchesPython() {
        assertEquals(Python.lines(PY_WALK, "prune", root), walk(WalkOptions.DEFAULT, true));
    }

    @Test
    void walkReportsErrorsToOnerror() {
        List<OsException> errors = new ArrayList<>();
        String missing = root + "/missing";
        for (WalkEntry e : os.walk(missing, WalkOptions.DEFAULT.onError(errors::add))) {
            throw new AssertionError("nothing to walk, got " + e);
        }
        String file = root + "/top.txt";
        for (WalkEntry e : os.walk(file, WalkOptions.DEFAULT.onError(errors::add))) {
            throw new AssertionError("nothing to walk, got " + e);
        }
        assertEquals(2, errors.size());
        assertInstanceOf(FileNotFoundOsException.class, errors.get(0));
        assertEquals(missing, errors.get(0).filename());
        assertInstanceOf(NotADirectoryOsException.class, errors.get(1));
        assertEquals(file, errors.get(1).filename());
    }

    @Test
    void scandirTypesComeFromTheDirectory() throws Exception {
        Map<String, Integer> types = new HashMap<>();
        Map<String, Long> inodes = new HashMap<>();
        try (var d = provider.files().opendir(root)) {
            while (d.next()) {
                types.put(d.name(), d.type());
                inodes.put(d.name(), d.ino());
            }
        }
        assertEquals(Map.of("a", 1, "b", 1, "c", 1, "empty", 1, "top.txt", 2, "link-to-file", 3, "dangling", 3),
                types);
        for (var e : inodes.entrySet()) {
            assertEquals(os.lstat(root + "/" + e.getKey()).ino(), e.getValue(), e.getKey());
        }
        try (var d = provider.files().opendir(root + "/b")) {
            while (d.next()) {
                if (d.name().equals("fifo")) {
                    assertEquals(4, d.type());
                }
            }
        }
    }

    @Test
    void scandirEntriesAnswerLikePython() throws Exception {
        String expected = Python.run(String.join("\n",
                "import os, sys",
                "for e in os.scandir(sys.argv[1]):",
                "    print(e.name, e.path, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_symlink(),",
                "          e.inode())"), root + "/c");
        StringBuilder actual = new StringBuilder();
        try (ScandirIterator it = os.scandir(root + "/c")) {
            for (DirEntry e : it) {
                actual.append(e.name()).append(' ').append(e.path()).append(' ').append(py(e.isDir())).append(' ')
                        .append(py(e.isDir(false))).append(' ').append(py(e.isFile())).append(' ')
                        .append(py(e.isSymlink())).append(' ').append(e.inode()).append('\n');
            }
        }
        assertEquals(expected, actual.toString());
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Test
    void listdirOfADescriptorLeavesItOpenAndUnmoved() throws Exception {
        int fd = os.open(root, os.O_RDONLY() | os.O_DIRECTORY());
        try {
            String position = fdPosition(fd);
            List<String> byPath = os.listdir(root);
            assertEquals(byPath, os.listdir(fd));
            assertEquals(byPath, os.listdir(fd), "a second read starts again from the top");
            assertEquals(position, fdPosition(fd));
            assertTrue(os.fstat(fd).isDir(), "the caller's descriptor is still open");
            try (ScandirIterator it = os.scandir(fd)) {
                assertTrue(it.hasNext());
                assertFalse(it.next().path().contains("/"), "entries of an fd scan are bare names");
            }
        } finally {
            os.close(fd);
        }
    }

    @Test
    void scandirOfANonDirectoryDescriptorFailsAtOnce() throws Exception {
        int fd = os.open(root + "/top.txt", os.O_RDONLY());
        try {
            assertThrows(NotADirectoryOsException.class, () -> os.scandir(fd));
        } finally {
            os.close(fd);
        }
    }

    /** The file offset of a descriptor of this process, as Linux shows it. */
    static String fdPosition(int fd) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd)).get(0);
    }
}
