package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Supports;
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
        shutil.rmtree(tree.toString());
        assertFalse(Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(kept));
    }

    /** CPython's {@code _use_fd_functions}, from what the provider says it supports. */
    @Test
    void avoidsSymlinkAttacksWhereTheProviderHasTheDirFdCalls() {
        Supports s = os.supports();
        assertEquals(s.dirFd().containsAll(List.of("open", "stat", "unlink", "rmdir")) && s.fd().contains("scandir")
                && s.followSymlinks().contains("stat"), shutil.avoidsSymlinkAttacks(), os.providerId());
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

    /** The top-level kinds rmtree meets (a removable directory, non-directories, symlinks, nothing). */
    private static final List<String> TOPS = List.of("dir", "file", "fifo", "link-file", "link-dir", "dangling",
            "missing");
    private static final String PY_TOPS = String.join(" ", TOPS);

    /**
     * What CPython 3.13.0's rmtree tells onexc and onerror, as (function, exception type, path),
     * for each top-level kind, with the fd-based and (by {@code shutil._use_fd_functions = False}) the path-based
     * walk: a regular file or fifo is {@code os.scandir} then {@code os.rmdir}, both NotADirectoryError.
     */
    @Test
    void handlersHearWhatPython313sHearForEveryKindOfTop() throws Exception {
        String script = String.join("\n",
                "import os, shutil, sys",
                "base = sys.argv[1]",
                "for fd_based in map(eval, sys.argv[4].split()):",
                "    shutil._use_fd_functions = fd_based",
                "    for handler in ('onexc', 'onerror'):",
                "        for name in sys.argv[2].split():",
                "            top = os.path.join(base, 'py-%s-%s-%s' % (fd_based, handler, name))",
                "            calls = []",
                "            def hear(f, p, e):",
                "                if handler == 'onerror':",
                "                    e = e[1]",
                "                f = 'os.path.islink' if f is os.path.islink else 'os.' + f.__name__",
                "                calls.append('%s,%s,%s' % (f, type(e).__name__, os.path.relpath(p, top)))",
                "            exec(sys.argv[3])",
                "            shutil.rmtree(os.path.join(top, name), **{handler: hear})",
                "            print(fd_based, handler, name, ';'.join(calls), os.path.lexists(os.path.join(top, name)))");
        String make = String.join("\n",
                "os.makedirs(os.path.join(top, 'dir', 'sub'))",
                "open(os.path.join(top, 'dir', 'sub', 'f'), 'w').close()",
                "open(os.path.join(top, 'file'), 'w').close()",
                "os.mkfifo(os.path.join(top, 'fifo'))",
                "os.symlink('file', os.path.join(top, 'link-file'))",
                "os.symlink('dir', os.path.join(top, 'link-dir'))",
                "os.symlink('nowhere', os.path.join(top, 'dangling'))");
        // the provider under test's walk, and the path-based one of the POSIX provider without its dir_fd calls
        Map<Boolean, Shutil> walks = new LinkedHashMap<>();
        walks.put(shutil.avoidsSymlinkAttacks(), shutil);
        walks.putIfAbsent(false, Shutil.of(LimitedProvider.os(true, Set.of())));
        String modes = walks.keySet().stream().map(b -> b ? "True" : "False").collect(Collectors.joining(" "));
        List<String> python = Python.require313().lines(script, tmp.toString(), PY_TOPS, make, modes);
        List<String> java = new ArrayList<>();
        for (boolean fdBased : walks.keySet()) {
            Shutil s = walks.get(fdBased);
            for (String handler : List.of("onexc", "onerror")) {
                for (String name : TOPS) {
                    Path top = tmp.resolve("java-" + fdBased + "-" + handler + "-" + name);
                    Trees.file(top.resolve("dir/sub/f"), "");
                    Trees.file(top.resolve("file"), "");
                    Trees.fifo(top.resolve("fifo"));
                    Trees.link(top.resolve("link-file"), "file");
                    Trees.link(top.resolve("link-dir"), "dir");
                    Trees.link(top.resolve("dangling"), "nowhere");
                    List<String> calls = new ArrayList<>();
                    RmtreeErrorHandler hear = (f, p, e) -> calls.add(String.join(",", f, pythonType(e),
                            top.relativize(Path.of(p)).toString()));
                    RmtreeOptions options = handler.equals("onexc") ? RmtreeOptions.DEFAULT.withOnexc(hear)
                            : RmtreeOptions.DEFAULT.withOnerror(hear);
                    s.rmtree(top.resolve(name).toString(), options);
                    java.add(String.join(" ", fdBased ? "True" : "False", handler, name, String.join(";", calls),
                            Files.exists(top.resolve(name), LinkOption.NOFOLLOW_LINKS) ? "True" : "False"));
                }
            }
        }
        assertEquals(python, java);
        String file = Trees.file(tmp.resolve("plain"), "").toString();
        OsException raised = assertThrows(OsException.class, () -> shutil.rmtree(file));
        assertEquals(Python.require313().run("import shutil, sys\ntry:\n    shutil.rmtree(sys.argv[1])\n"
                + "except OSError as e:\n    print(type(e).__name__, e, sep='|', end='')", file),
                pythonType(raised) + "|" + raised.getMessage(), "without a handler the first error is raised");
    }

    /** The name of the Python exception an Osprey one stands for. */
    private static String pythonType(IOException e) {
        Class<?> c = e.getClass();
        while (!c.getPackageName().equals(OsException.class.getPackageName())) {
            c = c.getSuperclass();
        }
        return c == OsException.class ? "OSError" : c.getSimpleName().replace("OsException", "Error");
    }

    @Test
    void worksRelativeToADirFd() throws Exception {
        Supported.of(os).dirFd("open", "stat", "unlink", "rmdir");
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
        Trees.dir(tmp.resolve("deep" + "/d".repeat(depth - 1)));
        shutil.rmtree(tmp.resolve("deep").toString());
        assertFalse(Files.exists(tmp.resolve("deep")));
    }

    @Test
    void neverTouchesWhatASwappedInSymlinkPointsAt() throws Exception {
        assumeTrue(shutil.avoidsSymlinkAttacks(), () -> "rmtree.avoids_symlink_attacks is false on "
                + os.providerId() + ": it has no dir_fd calls, and CPython's path-based rmtree can be raced");
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
