package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** rmtree: the fd-based safe walk, its error handling, its descriptors, and a symlink-swapping attacker. */
class RmtreeTest {
    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);
    @TempDir
    Path tmp;

    private Path smallTree(Path root) throws IOException {
        Trees.file(root.resolve("f"), "f");
        Trees.file(root.resolve("a/b/c/g"), "g");
        Trees.dir(root.resolve("a/empty"));
        Trees.link(root.resolve("a/link"), tmp.toString());
        return root;
    }

    @Test
    void removesATreeWithoutFollowingItsSymlinks() throws Exception {
        Path tree = smallTree(tmp.resolve("tree"));
        Path kept = Trees.file(tmp.resolve("kept"), "k");
        assertTrue(shutil.avoidsSymlinkAttacks());
        shutil.rmtree(tree.toString());
        assertFalse(Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(kept));
    }

    @Test
    void refusesASymlinkLikePython() throws Exception {
        Path tree = smallTree(tmp.resolve("tree"));
        Path link = Trees.link(tmp.resolve("link"), tree.toString());
        OsException e = assertThrows(OsException.class, () -> shutil.rmtree(link.toString()));
        String python = Python.MODERN.run("import shutil, sys\ntry:\n    shutil.rmtree(sys.argv[1])\n"
                + "except OSError as e:\n    print(type(e).__name__, e.args[0], e.filename, sep='|', end='')",
                link.toString());
        assertEquals(python, "OSError|" + e.getMessage() + "|" + link);
        assertEquals(link.toString(), e.filename());
        assertTrue(Files.exists(tree.resolve("a/b/c/g")));
    }

    @Test
    void missingTopRaisesFileNotFoundLikePython() throws Exception {
        String missing = tmp.resolve("missing").toString();
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class, () -> shutil.rmtree(missing));
        String python = Python.MODERN.run("import shutil, sys\ntry:\n    shutil.rmtree(sys.argv[1])\n"
                + "except OSError as e:\n    print(type(e).__name__, str(e), sep='|', end='')", missing);
        assertEquals(python, "FileNotFoundError|" + e.getMessage());
    }

    @Test
    void onexcHearsEachErrorAndIgnoreErrorsDropsThem() throws Exception {
        Path link = Trees.link(tmp.resolve("link"), tmp.toString());
        List<String> heard = new ArrayList<>();
        shutil.rmtree(link.toString(), RmtreeOptions.DEFAULT.withOnexc((f, p, e) -> heard.add(f + " " + p)));
        assertEquals(List.of("os.path.islink " + link), heard);
        shutil.rmtree(tmp.resolve("missing").toString(), RmtreeOptions.DEFAULT.withIgnoreErrors(true));
        assertThrows(IllegalArgumentException.class,
                () -> RmtreeOptions.DEFAULT.withOnexc((f, p, e) -> { }).withOnerror((f, p, e) -> { }));
    }

    @Test
    void worksRelativeToADirFd() throws Exception {
        smallTree(tmp.resolve("tree"));
        int fd = os.open(tmp.toString(), os.O_RDONLY() | os.O_DIRECTORY());
        try {
            shutil.rmtree("tree", RmtreeOptions.DEFAULT.withDirFd(fd));
        } finally {
            os.close(fd);
        }
        assertFalse(Files.exists(tmp.resolve("tree")));
    }

    @Test
    void closesEveryDescriptorWhenStoppedHalfway() throws Exception {
        Path tree = smallTree(tmp.resolve("tree"));
        Progress stopAtG = new Progress() {
            @Override
            public void bytes(long n) {
            }

            @Override
            public void entry(String path) {
                if (path.endsWith("/g")) {
                    throw new IllegalStateException("stop");
                }
            }
        };
        assertThrows(IllegalStateException.class,
                () -> shutil.rmtree(tree.toString(), RmtreeOptions.DEFAULT.withProgress(stopAtG)));
        assertEquals(List.of(), OpenFds.under(tmp));
    }

    @Test
    void removesATreeDeeperThanARecursionWouldLike() throws Exception {
        int depth = 300; // one descriptor per level is open at the deepest point: stay under a 1024 ulimit
        int fd = os.open(tmp.toString(), os.O_RDONLY() | os.O_DIRECTORY());
        for (int i = 0; i < depth; i++) {
            os.mkdir(i == 0 ? "deep" : "d", 0700, At.dirFd(fd));
            int next = os.open(i == 0 ? "deep" : "d", os.O_RDONLY() | os.O_DIRECTORY(), 0, At.dirFd(fd));
            os.close(fd);
            fd = next;
        }
        os.close(fd);
        shutil.rmtree(tmp.resolve("deep").toString());
        assertFalse(Files.exists(tmp.resolve("deep")));
    }

    @Test
    void neverTouchesWhatASwappedInSymlinkPointsAt() throws Exception {
        for (int round = 0; round < 200; round++) {
            Path base = Trees.dir(tmp.resolve("round" + round));
            Path outside = Trees.dir(base.resolve("outside"));
            for (int i = 0; i < 5; i++) {
                Trees.file(outside.resolve("keep" + i), "precious");
            }
            Path tree = base.resolve("tree");
            for (int d = 0; d < 3; d++) {
                Trees.file(tree.resolve("d" + d + "/s/file"), "x");
                Trees.file(tree.resolve("d" + d + "/file"), "x");
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread attacker = new Thread(() -> swapInSymlinks(base, tree, outside, stop));
            attacker.start();
            try {
                shutil.rmtree(tree.toString());
            } catch (OsException raceLost) {
                // allowed: the tree changed under rmtree
            } finally {
                stop.set(true);
                attacker.join();
            }
            for (int i = 0; i < 5; i++) {
                assertTrue(Files.exists(outside.resolve("keep" + i)), "round " + round + ": keep" + i + " was removed");
            }
        }
    }

    private static void swapInSymlinks(Path base, Path tree, Path outside, AtomicBoolean stop) {
        int n = 0;
        for (int attempt = 0; attempt < 20 && !stop.get(); attempt++) {
            Thread.yield();
            for (int d = 0; d < 3 && !stop.get(); d++) {
                Path victim = tree.resolve("d" + d);
                try {
                    Files.move(victim, base.resolve("moved" + n++));
                    Files.createSymbolicLink(victim, outside);
                } catch (IOException lostTheRace) {
                    // the tree is being removed at the same time
                }
            }
        }
    }

    @Test
    void thePathBasedFallbackIsNotClaimedSafeAndStillWorks() throws Exception {
        Shutil limited = Shutil.of(LimitedProvider.os(true, Set.of()));
        assertFalse(limited.avoidsSymlinkAttacks());
        Path tree = smallTree(tmp.resolve("tree"));
        limited.rmtree(tree.toString());
        assertFalse(Files.exists(tree));
        assertTrue(Files.exists(tmp));
        Path link = Trees.link(tmp.resolve("link"), tmp.toString());
        OsException e = assertThrows(OsException.class, () -> limited.rmtree(link.toString()));
        assertEquals("Cannot call rmtree on a symbolic link", e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> limited.rmtree("x", RmtreeOptions.DEFAULT.withDirFd(0)));
    }
}
