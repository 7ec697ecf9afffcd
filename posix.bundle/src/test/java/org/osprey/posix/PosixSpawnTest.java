package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;
import jnr.ffi.types.intptr_t;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;
import org.osprey.os.Pipe;
import org.osprey.os.SchedParam;
import org.osprey.os.SpawnAction;
import org.osprey.os.SpawnOptions;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * {@code os.posix_spawn} with its file actions and attributes, and Osprey's umask, user, group and groups (set by
 * the {@code osprey-exec} helper): each observed from a real child, errors against CPython 3.13.
 */
class PosixSpawnTest {
    private static final boolean LINUX = System.getProperty("os.name").equals("Linux");
    private final Os os = Os.of(new PosixProvider());

    /** What {@code sh -c script}, started with {@code options} and its stdout on a pipe, writes; it must exit 0. */
    private String sh(SpawnOptions options, String script) throws Exception {
        return run(options, "/bin/sh", "sh", "-c", script);
    }

    /** What {@code path} with {@code argv}, started with {@code options} and its stdout on a pipe, writes. */
    private String run(SpawnOptions options, String path, String... argv) throws Exception {
        Pipe pipe = os.pipe();
        long pid;
        try {
            List<SpawnAction> actions = new ArrayList<>(List.of(SpawnAction.dup2(pipe.write(), 1)));
            actions.addAll(options.fileActions());
            pid = os.posixSpawn(path, List.of(argv), null, options.withFileActions(actions));
        } finally {
            os.close(pipe.write());
        }
        String out = readAll(pipe.read());
        assertEquals(0, os.waitstatusToExitcode(os.waitpid(pid, 0).status()), out);
        return out;
    }

    private String sh(String script) throws Exception {
        return sh(SpawnOptions.defaults(), script);
    }

    /** The shell's own descriptors, as its child ls lists them (no pipe: the shell would hold its ends). */
    private static final String FDS = "echo fds; ls /proc/$$/fd; true";

    /** The descriptors {@link #FDS} listed in {@code out}, in order. */
    private static List<Integer> fds(String out) {
        String list = out.substring(out.indexOf("fds\n") + "fds\n".length()).trim();
        return Stream.of(list.split("\n")).map(Integer::valueOf).sorted().toList();
    }

    @Test
    void openCloseDup2AndChdirAreRunInOrderInTheChild(@TempDir Path dir) throws Exception {
        assumeTrue(LINUX, "Linux's /proc");
        Files.writeString(dir.resolve("in"), "from Open\n");
        Files.createDirectory(dir.resolve("sub"));
        SpawnOptions options = SpawnOptions.defaults().withFileActions(
                SpawnAction.chdir(dir.toString()),
                SpawnAction.open(7, "in", os.O_RDONLY(), 0), // relative: after the chdir
                SpawnAction.open(8, "out", os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0600),
                SpawnAction.dup2(8, 9),
                SpawnAction.close(8),
                SpawnAction.chdir("sub"));
        String out = sh(options, "cat <&7; echo to-9 >&9; pwd; " + FDS);
        assertTrue(out.startsWith("from Open\n" + dir.resolve("sub") + "\nfds\n"), out);
        List<Integer> fds = fds(out);
        assertTrue(fds.contains(7) && fds.contains(9) && !fds.contains(8), out);
        assertEquals("to-9\n", Files.readString(dir.resolve("out")));
        assertEquals(0600, Files.getAttribute(dir.resolve("out"), "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS)
                instanceof Integer m ? m & 0777 : -1);
    }

    @Test
    void closeFromLeavesOnlyTheLowerDescriptors() throws Exception {
        assumeTrue(LINUX, "Linux's /proc");
        int inheritable = os.open("/dev/null", os.O_RDONLY());
        try {
            os.setInheritable(inheritable, true);
            assertTrue(fds(sh(FDS)).contains(inheritable), "an inheritable descriptor is inherited");
            assertEquals(List.of(0, 1, 2), fds(sh(SpawnOptions.defaults().withFileActions(SpawnAction.closeFrom(3)),
                    FDS)));
            // descriptors the earlier actions made are closed too; those below are inherited as ever
            List<Integer> fds = fds(sh(SpawnOptions.defaults().withFileActions(SpawnAction.dup2(1, 5),
                    SpawnAction.dup2(1, 40), SpawnAction.closeFrom(6)), FDS));
            assertEquals(5, fds.get(fds.size() - 1), fds.toString());
        } finally {
            os.close(inheritable);
        }
    }

    @Test
    void setsidAndSetpgroup() throws Exception {
        String ids = "ps -o sid=,pgid= -p $$; echo $$";
        String[] plain = sh(ids).trim().split("\\s+");
        assertEquals(Long.toString(os.getsid(0)), plain[0]);
        assertEquals(Long.toString(os.getpgrp()), plain[1]);
        String[] session = sh(SpawnOptions.defaults().withSetsid(true), ids).trim().split("\\s+");
        assertEquals(session[2], session[0], "a new session led by the child");
        assertEquals(session[2], session[1]);
        String[] group = sh(SpawnOptions.defaults().withSetpgroup(0), ids).trim().split("\\s+");
        assertEquals(Long.toString(os.getsid(0)), group[0]);
        assertEquals(group[2], group[1], "a new group led by the child");
        String[] same = sh(SpawnOptions.defaults().withSetpgroup(os.getpgrp()), ids).trim().split("\\s+");
        assertEquals(Long.toString(os.getpgrp()), same[1]);
        sh(SpawnOptions.defaults().withResetids(true), "true"); // nothing to see unless set-user-ID
    }

    /**
     * The signals a program started with {@code options} has blocked and ignored, as {@code grep} reads them of
     * itself (not a shell's: dash blocks signals while it waits for a child).
     */
    private String signals(SpawnOptions options) throws Exception {
        return run(options, "/bin/grep", "grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status").replaceAll("[\t\n]",
                " ");
    }

    /** The mask of {@code signals} as /proc shows it. */
    private static String mask(int... signals) {
        long m = 0;
        for (int s : signals) {
            m |= 1L << (s - 1);
        }
        return String.format("%016x", m);
    }

    /** Whether the shell's {@code SigIgn} in {@code status} has {@code signal}. */
    private static boolean ignores(String status, int signal) {
        String ign = status.substring(status.indexOf("SigIgn: ") + "SigIgn: ".length()).trim();
        return (Long.parseUnsignedLong(ign, 16) & (1L << (signal - 1))) != 0;
    }

    /** Public for jnr-ffi: {@code signal(2)}, to ignore a signal here. */
    public interface SignalDisposition {
        @intptr_t
        long signal(int signal, @intptr_t long handler);
    }

    @Test
    void setsigmaskAndSetsigdef() throws Exception {
        assumeTrue(LINUX, "Linux's /proc");
        String none = signals(SpawnOptions.defaults());
        assertTrue(none.startsWith("SigBlk: " + mask() + " "), "no mask given, none blocked: " + none);
        String blocked = signals(SpawnOptions.defaults().withSetsigmask(Set.of(os.SIGUSR1(), os.SIGTERM())));
        assertTrue(blocked.startsWith("SigBlk: " + mask(os.SIGUSR1(), os.SIGTERM()) + " "), blocked);
        SignalDisposition c = LibraryLoader.create(SignalDisposition.class)
                .load(Platform.getNativePlatform().getStandardCLibraryName());
        long sigIgn = 1;
        long old = c.signal(os.SIGUSR2(), sigIgn);
        try {
            String ignored = signals(SpawnOptions.defaults());
            assertTrue(ignores(ignored, os.SIGUSR2()), "inherited as ignored: " + ignored);
            String reset = signals(SpawnOptions.defaults().withSetsigdef(Set.of(os.SIGUSR2(), os.SIGUSR1())));
            assertTrue(!ignores(reset, os.SIGUSR2()), "reset to the default: " + reset);
        } finally {
            c.signal(os.SIGUSR2(), old);
        }
    }

    @Test
    void scheduler() throws Exception {
        assumeTrue(LINUX, "macOS has no scheduling attributes");
        String policy = "import os; print(os.sched_getscheduler(0), os.sched_getparam(0).sched_priority)";
        assertEquals(os.SCHED_OTHER() + " 0\n", py(SpawnOptions.defaults()
                .withScheduler(null, new SchedParam(0)), policy));
        assertEquals(os.SCHED_OTHER() + " 0\n", py(SpawnOptions.defaults()
                .withScheduler(os.SCHED_OTHER(), new SchedParam(0)), policy));
        SpawnOptions fifo = SpawnOptions.defaults().withScheduler(os.SCHED_FIFO(), new SchedParam(1));
        if (os.geteuid() == 0) {
            assertEquals(os.SCHED_FIFO() + " 1\n", py(fifo, policy));
        } else {
            assertEquals("/bin/sh", assertThrows(PermissionOsException.class, () -> py(fifo, policy)).filename());
        }
    }

    private String py(SpawnOptions options, String code) throws Exception {
        String python = Python.run("import sys; print(sys.executable)").strip();
        return sh(options, "exec " + python + " -c '" + code + "'");
    }

    @Test
    void umaskThroughTheHelper(@TempDir Path dir) throws Exception {
        assertEquals("0027\n", sh(SpawnOptions.defaults().withUmask(027), "umask"));
        // with file actions and attributes too, and the program looked up in PATH
        Files.writeString(dir.resolve("in"), "read\n");
        Pipe pipe = os.pipe();
        long pid;
        try {
            // found in this process's PATH, not the new environment's
            String script = "PATH=/usr/bin:/bin; umask; cat <&4; ps -o sid= -p $$; echo $$; " + FDS;
            pid = os.posixSpawnp("sh", List.of("sh", "-c", script),
                    Map.of("PATH", "/nowhere"), SpawnOptions.defaults().withUmask(0777).withSetsid(true)
                            .withFileActions(SpawnAction.open(4, dir.resolve("in").toString(), os.O_RDONLY(), 0),
                                    SpawnAction.dup2(pipe.write(), 1), SpawnAction.closeFrom(5)));
        } finally {
            os.close(pipe.write());
        }
        String all = readAll(pipe.read());
        String[] out = all.split("\n");
        assertEquals(0, os.waitstatusToExitcode(os.waitpid(pid, 0).status()));
        assertEquals("0777", out[0]);
        assertEquals("read", out[1]);
        assertEquals(out[3], out[2].trim());
        List<Integer> fds = fds(all);
        assertEquals(4, fds.get(fds.size() - 1), "the helper's report descriptor is closed at exec: " + fds);
    }

    private String readAll(int fd) throws OsException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (byte[] b; (b = os.read(fd, 4096)).length > 0; ) {
                out.writeBytes(b);
            }
        } finally {
            os.close(fd);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void userGroupAndGroupsThroughTheHelper() throws Exception {
        assumeTrue(os.geteuid() == 0, "changing user and groups needs root");
        String ids = sh(SpawnOptions.defaults().withUser(65534).withGroup(65533).withExtraGroups(List.of(100L, 65532L)),
                "id -u; id -ru; id -g; id -rg; id -G");
        assertEquals("65534\n65534\n65533\n65533\n65533 100 65532\n", ids);
        assertEquals("0\n0\n", sh(SpawnOptions.defaults().withExtraGroups(List.of(0L)), "id -u; id -G"));
        assertEquals("65534 0\n", sh(SpawnOptions.defaults().withUser(65534), "echo $(id -u) $(id -g)"));
    }

    @Test
    void aFailingHelperStepIsItsErrorAndTheHelperIsReaped() throws Exception {
        assumeTrue(LINUX, "Linux's /proc");
        List<String> before = OpenFds.children();
        FileNotFoundOsException missing = assertThrows(FileNotFoundOsException.class, () -> os.posixSpawn(
                "/no/such", List.of("x"), null, SpawnOptions.defaults().withUmask(022)));
        assertEquals("/no/such", missing.filename());
        FileNotFoundOsException notInPath = assertThrows(FileNotFoundOsException.class, () -> os.posixSpawnp(
                "osprey-no-such-program", List.of("x"), null, SpawnOptions.defaults().withUmask(022)));
        assertEquals("osprey-no-such-program", notInPath.filename());
        assertEquals(before, OpenFds.children());
        if (os.geteuid() != 0) {
            PermissionOsException denied = assertThrows(PermissionOsException.class, () -> os.posixSpawn("/bin/true",
                    List.of("true"), null, SpawnOptions.defaults().withUser(0)));
            assertEquals("/bin/true", denied.filename());
        } else {
            // the program runs as the user set, who cannot read it
            Path dir = Files.createTempDirectory("spawn");
            try {
                Path script = Files.writeString(dir.resolve("s"), "#!/bin/sh\n");
                Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rwx------"));
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rwxr-xr-x"));
                PermissionOsException denied = assertThrows(PermissionOsException.class, () -> os.posixSpawn(
                        script.toString(), List.of("s"), null, SpawnOptions.defaults().withUser(65534)));
                assertEquals(script.toString(), denied.filename());
            } finally {
                Files.delete(dir.resolve("s"));
                Files.delete(dir);
            }
        }
        assertEquals(before, OpenFds.children());
    }

    /** CPython 3.13's errors and ValueErrors for the same calls; here the C library's checks, not Osprey's. */
    @Test
    void errorsAreCPythons() throws Exception {
        assumeTrue(LINUX, "python3 here runs on Linux");
        int notOpen = 900;
        assertEquals(null, OpenFds.target(notOpen));
        String theirs = Python.require313().run("import os, sys\n"
                + "n = int(sys.argv[1])\n"
                + "def t(**kw):\n"
                + "    try:\n"
                + "        pid = os.posix_spawn('/bin/true', ['true'], os.environ, **kw)\n"
                + "        print('exit', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n"
                + "    except Exception as e: print(type(e).__name__, e.args, getattr(e, 'filename', None))\n"
                + "t(file_actions=[(os.POSIX_SPAWN_OPEN, 3, '/no/such', os.O_RDONLY, 0)])\n"
                + "t(file_actions=[(os.POSIX_SPAWN_OPEN, 3, '/', os.O_WRONLY, 0)])\n"
                + "t(file_actions=[(os.POSIX_SPAWN_DUP2, n, 5)])\n"
                + "t(file_actions=[(os.POSIX_SPAWN_CLOSE, n)])\n"
                + "t(file_actions=[(os.POSIX_SPAWN_CLOSEFROM, n)])\n"
                + "t(setsigmask=[65])\n"
                + "t(setsigdef=[0])\n"
                + "t(setsigmask=[32, 33])\n"
                + "t(setpgroup=99999999)\n"
                + "t(scheduler=(12345, os.sched_param(0)))\n"
                + "t(scheduler=(None, os.sched_param(50)))\n", Integer.toString(notOpen));
        SpawnOptions d = SpawnOptions.defaults();
        List<SpawnOptions> cases = List.of(d.withFileActions(SpawnAction.open(3, "/no/such", os.O_RDONLY(), 0)),
                d.withFileActions(SpawnAction.open(3, "/", os.O_WRONLY(), 0)),
                d.withFileActions(SpawnAction.dup2(notOpen, 5)), d.withFileActions(SpawnAction.close(notOpen)),
                d.withFileActions(SpawnAction.closeFrom(notOpen)), d.withSetsigmask(Set.of(65)),
                d.withSetsigdef(Set.of(0)), d.withSetsigmask(Set.of(32, 33)), d.withSetpgroup(99999999),
                d.withScheduler(12345, new SchedParam(0)), d.withScheduler(null, new SchedParam(50)));
        StringBuilder ours = new StringBuilder();
        for (SpawnOptions options : cases) {
            try {
                long pid = os.posixSpawn("/bin/true", List.of("true"), null, options);
                ours.append("exit ").append(os.waitstatusToExitcode(os.waitpid(pid, 0).status())).append('\n');
            } catch (OsException e) {
                ours.append(python(e)).append(" (").append(e.errno()).append(", '").append(e.strerror())
                        .append("') ").append(e.filename() == null ? "None" : e.filename()).append('\n');
            } catch (IllegalArgumentException e) {
                ours.append("ValueError ('").append(e.getMessage()).append("',) None\n");
            }
        }
        assertEquals(theirs, ours.toString());
    }

    private static String python(OsException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "FileNotFoundOsException" -> "FileNotFoundError";
            case "PermissionOsException" -> "PermissionError";
            case "IsADirectoryOsException" -> "IsADirectoryError";
            default -> "OSError";
        };
    }

    @Test
    void noZombieAndNoDescriptorLeftAfterManySpawnsWithOptions() throws Exception {
        assumeTrue(LINUX && OpenFds.available(), "Linux's /proc");
        spawnAndFail(); // binds the calls and copies the helper first
        List<String> fds = OpenFds.described();
        List<String> before = OpenFds.children();
        for (int i = 0; i < 100; i++) {
            spawnAndFail();
        }
        assertEquals(before, OpenFds.children());
        assertEquals(fds, OpenFds.described());
    }

    private void spawnAndFail() throws Exception {
        SpawnOptions actions = SpawnOptions.defaults().withFileActions(SpawnAction.open(3, "/dev/null",
                os.O_RDONLY(), 0), SpawnAction.dup2(3, 4), SpawnAction.closeFrom(5));
        for (SpawnOptions options : List.of(actions, actions.withUmask(022))) {
            long pid = os.posixSpawn("/bin/true", List.of("true"), null, options);
            assertEquals(0, os.waitstatusToExitcode(os.waitpid(pid, 0).status()));
            assertThrows(FileNotFoundOsException.class, () -> os.posixSpawn("/no/such", List.of("x"), null,
                    options));
            assertThrows(FileNotFoundOsException.class, () -> os.posixSpawn("/bin/true", List.of("x"), null,
                    options.withFileActions(SpawnAction.open(3, "/no/such", os.O_RDONLY(), 0))));
            assertThrows(OsException.class, () -> os.posixSpawn("/bin/true", List.of("x"), null,
                    options.withFileActions(SpawnAction.dup2(900, 3))));
        }
    }

    @Test
    void manyThreadsSpawnWithOptionsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> outs = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                SpawnOptions options = n % 2 == 0 ? SpawnOptions.defaults() : SpawnOptions.defaults().withUmask(n);
                outs.add(pool.submit(() -> sh(options, "echo " + n + "; umask")));
            }
            for (int i = 0; i < outs.size(); i++) {
                String out = outs.get(i).get();
                assertTrue(out.startsWith(i + "\n"), out);
                if (i % 2 == 1) {
                    assertEquals(String.format("%d\n%04o\n", i, i), out);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
