package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.FwalkEntry;
import org.osprey.os.FwalkIterator;
import org.osprey.os.FwalkOptions;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** {@code os.fwalk} against python3's on the same tree, its descriptors, and removedirs/renames. */
public abstract class FwalkKit extends ProviderKit {
    protected FwalkKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;

    private static final String PY_FWALK = "import os, sys\n"
            + "for d, dirs, files, fd in os.fwalk(sys.argv[1], topdown=sys.argv[2] == 'T', "
            + "follow_symlinks=sys.argv[3] == 'T'):\n"
            + "    print(d + '|' + ','.join(dirs) + '|' + ','.join(files))";

    private List<String> java(String top, FwalkOptions options) throws Exception {
        List<String> steps = new ArrayList<>();
        try (FwalkIterator walk = os.fwalk(top, options)) {
            for (FwalkEntry step : walk) {
                StatResult byFd = os.fstat(step.dirfd());
                StatResult byPath = os.stat(step.dirpath(), At.dirFd(options.dirFd()));
                assertEquals(byPath.ino(), byFd.ino(), step.dirpath());
                steps.add(step.dirpath() + "|" + String.join(",", step.dirnames()) + "|"
                        + String.join(",", step.filenames()));
            }
        }
        return steps;
    }

    @Test
    void sameStepsAsPythonInEveryMode() throws Exception {
        supported().fwalk();
        String root = tmp.resolve("tree").toString();
        os.mkdir(root);
        Tree.create(os, root);
        os.mkdir(tmp + "/outside");
        os.mkdir(tmp + "/outside/secret");
        os.symlink("../outside", root + "/escape", true);
        long before = OpenFds.count();
        for (boolean topdown : new boolean[] {true, false}) {
            for (boolean follow : new boolean[] {false, true}) {
                FwalkOptions options = FwalkOptions.DEFAULT;
                options = topdown ? options : options.bottomUp();
                options = follow ? options.followingSymlinks() : options;
                List<String> py = Python.lines(PY_FWALK, root, topdown ? "T" : "F", follow ? "T" : "F");
                assertEquals(py, java(root, options), "topdown=" + topdown + " follow=" + follow);
                assertEquals(follow, py.stream().anyMatch(s -> s.contains("secret")), "walked out: " + py);
            }
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void relativeTopWithDirFdAndATopThatIsNoDirectory() throws Exception {
        supported().fwalk();
        String root = tmp.resolve("tree").toString();
        os.mkdir(root);
        Tree.create(os, root);
        int dir = os.open(tmp.toString(), os.O_RDONLY());
        try {
            List<String> py = Python.lines("import os, sys\nfd = os.open(sys.argv[1], os.O_RDONLY)\n"
                    + "for d, dirs, files, _ in os.fwalk('tree', dir_fd=fd):\n"
                    + "    print(d + '|' + ','.join(dirs) + '|' + ','.join(files))", tmp.toString());
            assertEquals(py, java("tree", FwalkOptions.DEFAULT.dirFd(dir)));
        } finally {
            os.close(dir);
        }
        // a symlink to a directory as top is not walked unless followed, as in Python
        assertEquals(List.of(), java(root + "/c/link-to-dir", FwalkOptions.DEFAULT));
        assertEquals(List.of(), java(root + "/top.txt", FwalkOptions.DEFAULT));
        assertEquals(Python.lines(PY_FWALK, root + "/c/link-to-dir", "T", "T"),
                java(root + "/c/link-to-dir", FwalkOptions.DEFAULT.followingSymlinks()));
        assertThrows(FileNotFoundOsException.class, () -> os.fwalk(tmp + "/missing"));
    }

    @Test
    void pruningTopDownAndErrorsGoToOnerror() throws Exception {
        supported().fwalk();
        String root = tmp.resolve("tree").toString();
        os.mkdir(root);
        Tree.create(os, root);
        List<String> seen = new ArrayList<>();
        List<OsException> errors = new ArrayList<>();
        try (FwalkIterator walk = os.fwalk(root, FwalkOptions.DEFAULT.onError(errors::add))) {
            for (FwalkEntry step : walk) {
                seen.add(step.dirpath());
                step.dirnames().remove("a");
                if (step.dirpath().equals(root)) {
                    os.rmdir(root + "/empty"); // gone by the time the walk gets there
                }
            }
        }
        assertFalse(seen.stream().anyMatch(d -> d.contains("/a")), seen.toString());
        assertTrue(seen.contains(root + "/b/ba"), seen.toString());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0) instanceof FileNotFoundOsException, errors.toString());
    }

    @Test
    void stoppingEarlyAndClosingLeavesNoDescriptorOpen() throws Exception {
        supported().fwalk();
        String root = tmp.resolve("tree").toString();
        os.mkdir(root);
        Tree.create(os, root);
        long before = OpenFds.count();
        for (int i = 0; i < 500; i++) {
            for (FwalkOptions options : List.of(FwalkOptions.DEFAULT, FwalkOptions.DEFAULT.bottomUp())) {
                try (FwalkIterator walk = os.fwalk(root, options)) {
                    for (int step = 0; step < i % 5 && walk.hasNext(); step++) {
                        walk.next();
                    }
                    if (i % 5 == 0) {
                        assertTrue(OpenFds.count() > before, "the walk holds its top directory open");
                    }
                }
            }
            FwalkIterator drained = os.fwalk(root);
            drained.forEachRemaining(step -> { });
            assertFalse(drained.hasNext());
            assertThrows(FileNotFoundOsException.class, () -> os.fwalk(root + "/missing"));
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void oneDescriptorPerLevel() throws Exception {
        supported().fwalk();
        StringBuilder deep = new StringBuilder(tmp.toString());
        for (int i = 0; i < 30; i++) {
            deep.append("/d").append(i);
            os.mkdir(deep.toString());
            for (int j = 0; j < 5; j++) {
                os.mkdir(deep + "-sibling" + j);
            }
        }
        long before = OpenFds.count();
        long most = 0;
        try (FwalkIterator walk = os.fwalk(tmp.toString())) {
            for (FwalkEntry step : walk) {
                most = Math.max(most, OpenFds.count() - before);
            }
        }
        assertEquals(31, most); // the top and 30 levels: never the siblings too
        assertEquals(before, OpenFds.count());
    }

    /** A close from another thread waits for the step in progress, which still holds the walk's descriptors. */
    @Test
    void closingFromAnotherThreadWaitsForTheStepInProgress() throws Exception {
        supported().fwalk();
        String top = tmp + "/top";
        os.makedirs(top + "/sub");
        CountDownLatch inStep = new CountDownLatch(1);
        CountDownLatch finishStep = new CountDownLatch(1);
        FwalkIterator walk = os.fwalk(top, FwalkOptions.DEFAULT.onError(e -> {
            inStep.countDown();
            try {
                finishStep.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        int topFd = walk.next().dirfd();
        String target = OpenFds.target(topFd);
        os.rmdir(top + "/sub"); // the next step cannot open it: onerror runs inside that step
        Thread stepper = new Thread(walk::hasNext);
        stepper.start();
        inStep.await();
        Thread closer = new Thread(walk::close);
        closer.start();
        closer.join(300);
        assertTrue(closer.isAlive(), "the close waits");
        assertEquals(target, OpenFds.target(topFd), "the step still has its descriptors");
        finishStep.countDown();
        stepper.join();
        closer.join();
        assertFalse(target.equals(OpenFds.target(topFd)), "closed");
        assertFalse(walk.hasNext());
    }

    // ---- removedirs and renames, after CPython's test_os ----

    @Test
    void removedirsRemovesEmptyParentsAndStopsAtTheFirstNonEmpty() throws Exception {
        Files.writeString(tmp.resolve("keep"), "x"); // so that the walk up stops at tmp
        String base = tmp + "/TESTFN";
        os.makedirs(base + "/dira/dirb");
        os.removedirs(base + "/dira/dirb");
        assertFalse(os.path().exists(base));

        os.makedirs(base + "/dira/dirb");
        Files.writeString(Path.of(base, "dira", "file.txt"), "x");
        os.removedirs(base + "/dira/dirb/"); // a trailing slash too
        assertFalse(os.path().exists(base + "/dira/dirb"));
        assertTrue(os.path().exists(base + "/dira"));

        os.mkdir(base + "/dira/dirb");
        Files.writeString(Path.of(base, "dira", "dirb", "file.txt"), "x");
        assertThrows(OsException.class, () -> os.removedirs(base + "/dira/dirb"));
        assertTrue(os.path().exists(base + "/dira/dirb"));
        assertThrows(FileNotFoundOsException.class, () -> os.removedirs(base + "/missing"));
    }

    @Test
    void renamesMakesTheNewParentsAndPrunesTheOld() throws Exception {
        Files.writeString(tmp.resolve("keep"), "x");
        os.makedirs(tmp + "/a/b");
        Files.writeString(tmp.resolve("a/b/file"), "content");
        os.renames(tmp + "/a/b/file", tmp + "/x/y/z/file");
        assertEquals("content", Files.readString(tmp.resolve("x/y/z/file")));
        assertFalse(os.path().exists(tmp + "/a"));
        // the old parent stays when it is not empty
        os.makedirs(tmp + "/p/q");
        Files.writeString(tmp.resolve("p/q/file"), "1");
        Files.writeString(tmp.resolve("p/other"), "2");
        os.renames(tmp + "/p/q/file", tmp + "/x/file");
        assertFalse(os.path().exists(tmp + "/p/q"));
        assertTrue(os.path().exists(tmp + "/p/other"));
        assertThrows(FileNotFoundOsException.class, () -> os.renames(tmp + "/missing", tmp + "/n/m"));
        assertTrue(os.path().isdir(tmp + "/n"), "the new parents are made before the rename, as in Python");
    }
}
