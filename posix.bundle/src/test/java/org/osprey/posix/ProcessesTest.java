package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.BlockingIoOsException;
import org.osprey.os.ChildProcessOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;
import org.osprey.os.ProcessLookupOsException;
import org.osprey.os.Rusage;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** The process functions of {@code os} on real children: signals, wait*, system, spawn*, exec*, _exit. */
class ProcessesTest {
    private static final boolean LINUX = System.getProperty("os.name").equals("Linux");
    private final Os os = Os.of(new PosixProvider());

    private long sleeper() throws OsException {
        return os.spawnv(Os.P_NOWAIT, "/bin/sleep", List.of("sleep", "60"));
    }

    @Test
    void signalAndWaitConstantsArePythons() {
        assumeTrue(LINUX, "python3 here runs on Linux");
        Map<String, Integer> signals = new TreeMap<>();
        for (String line : Python.lines("import signal\nfor n in dir(signal):\n"
                + "    if n.startswith('SIG') and not n.startswith('SIG_'): print(n, int(getattr(signal, n)))")) {
            String[] f = line.split(" ");
            signals.put(f[0], Integer.valueOf(f[1]));
        }
        assertEquals(signals, os.signalConstants().asMap());
        assertEquals(15, os.SIGTERM());
        assertEquals(signals.get("SIGUSR1"), os.SIGUSR1());
        Map<String, Integer> wait = new TreeMap<>();
        for (String line : Python.lines("import os\nfor n in dir(os):\n"
                + "    if n.startswith(('W', 'P_', 'CLD_')) and isinstance(getattr(os, n), int)"
                + " and n not in ('W_OK', 'P_WAIT', 'P_NOWAIT', 'P_NOWAITO'):"
                + " print(n, getattr(os, n))")) {
            String[] f = line.split(" ");
            wait.put(f[0], Integer.valueOf(f[1]));
        }
        Map<String, Integer> ours = new TreeMap<>();
        for (String name : wait.keySet()) {
            ours.put(name, switch (name) {
                case "WNOHANG" -> os.WNOHANG();
                case "WUNTRACED" -> os.WUNTRACED();
                case "WCONTINUED" -> os.WCONTINUED();
                case "WEXITED" -> os.WEXITED();
                case "WSTOPPED" -> os.WSTOPPED();
                case "WNOWAIT" -> os.WNOWAIT();
                case "P_PID" -> os.P_PID();
                case "P_PGID" -> os.P_PGID();
                case "P_ALL" -> os.P_ALL();
                case "P_PIDFD" -> os.P_PIDFD();
                case "CLD_EXITED" -> os.CLD_EXITED();
                case "CLD_KILLED" -> os.CLD_KILLED();
                case "CLD_DUMPED" -> os.CLD_DUMPED();
                case "CLD_TRAPPED" -> os.CLD_TRAPPED();
                case "CLD_STOPPED" -> os.CLD_STOPPED();
                case "CLD_CONTINUED" -> os.CLD_CONTINUED();
                default -> -1;
            });
        }
        assertEquals(wait, ours);
        assertEquals(List.of(0, 1, 1), List.of(Os.P_WAIT, Os.P_NOWAIT, Os.P_NOWAITO));
    }

    /** Every macro and waitstatus_to_exitcode (ValueError included) against CPython 3.13 on many statuses. */
    @Test
    void statusMacrosAreCPythons() {
        assumeTrue(LINUX, "python3 here runs on Linux");
        Python.Interpreter py = Python.require313();
        List<Integer> statuses = new ArrayList<>();
        for (int s = 0; s <= 0xffff; s += 7) {
            statuses.add(s);
        }
        statuses.addAll(List.of(0x7f, 0x137f, 0xffff, 0x8b, 0x0f, 0x300, 0x57f, -1, 0x10000));
        StringBuilder ours = new StringBuilder();
        for (int s : statuses) {
            String code;
            try {
                code = Integer.toString(os.waitstatusToExitcode(s));
            } catch (IllegalArgumentException e) {
                code = "ValueError: " + e.getMessage();
            }
            ours.append(s).append(' ').append(b(os.WIFEXITED(s))).append(os.WEXITSTATUS(s)).append(' ')
                    .append(b(os.WIFSIGNALED(s))).append(os.WTERMSIG(s)).append(' ').append(b(os.WIFSTOPPED(s)))
                    .append(os.WSTOPSIG(s)).append(' ').append(b(os.WIFCONTINUED(s))).append(b(os.WCOREDUMP(s)))
                    .append(' ').append(code).append('\n');
        }
        String theirs = py.run("import os, sys\nfor s in map(int, sys.argv[1:]):\n"
                + "    try: code = str(os.waitstatus_to_exitcode(s))\n"
                + "    except ValueError as e: code = 'ValueError: ' + str(e)\n"
                + "    b = lambda x: 'T' if x else 'F'\n"
                + "    print(s, b(os.WIFEXITED(s)) + str(os.WEXITSTATUS(s)), b(os.WIFSIGNALED(s)) + str(os.WTERMSIG(s)),"
                + " b(os.WIFSTOPPED(s)) + str(os.WSTOPSIG(s)), b(os.WIFCONTINUED(s)) + b(os.WCOREDUMP(s)), code)",
                statuses.stream().map(String::valueOf).toArray(String[]::new));
        assertEquals(theirs, ours.toString());
    }

    private static String b(boolean x) {
        return x ? "T" : "F";
    }

    @Test
    void exitCodesThroughSpawnAndWaitpid() throws Exception {
        assertEquals(0, os.spawnv(Os.P_WAIT, "/bin/true", List.of("true")));
        assertEquals(3, os.spawnl(Os.P_WAIT, "/bin/sh", "sh", "-c", "exit 3"));
        assertEquals(42, os.spawnlp(Os.P_WAIT, "sh", "sh", "-c", "exit 42"));
        long pid = os.spawnvp(Os.P_NOWAITO, "sh", List.of("sh", "-c", "exit 9"));
        WaitResult r = os.waitpid(pid, 0);
        assertEquals(pid, r.pid());
        assertTrue(os.WIFEXITED(r.status()));
        assertEquals(9, os.WEXITSTATUS(r.status()));
        assertEquals(9, os.waitstatusToExitcode(r.status()));
        assertThrows(ChildProcessOsException.class, () -> os.waitpid(pid, 0)); // reaped: ECHILD
    }

    @Test
    void aChildKilledBySigterm() throws Exception {
        long pid = sleeper();
        os.kill(pid, os.SIGTERM());
        WaitResult r = os.waitpid(pid, 0);
        assertTrue(os.WIFSIGNALED(r.status()));
        assertFalse(os.WIFEXITED(r.status()));
        assertEquals(os.SIGTERM(), os.WTERMSIG(r.status()));
        assertEquals(-15, os.waitstatusToExitcode(r.status()));
        assertEquals(-9, os.spawnv(Os.P_WAIT, "/bin/sh", List.of("sh", "-c", "kill -KILL $$")));
    }

    @Test
    void wnohangOnARunningChild() throws Exception {
        long pid = sleeper();
        try {
            assertEquals(new WaitResult(0, 0), os.waitpid(pid, os.WNOHANG()));
            assertEquals(0, os.wait4(pid, os.WNOHANG()).pid());
            assertNull(os.waitid(os.P_PID(), pid, os.WEXITED() | os.WNOHANG()));
        } finally {
            os.kill(pid, os.SIGKILL());
            assertEquals(-9, os.waitstatusToExitcode(os.waitpid(pid, 0).status()));
        }
    }

    /** As CPython's since bpo-36279: not the rusage of the child this thread's previous wait4 reaped. */
    @Test
    void aWnohangWaitWithNoChildReadyHasAZeroRusage() throws Exception {
        long busy = os.spawnv(Os.P_NOWAIT, "/bin/sh", List.of("sh", "-c", "i=0; while [ $i -lt 20000 ]; do "
                + "i=$((i+1)); done"));
        assertTrue(os.wait4(busy, 0).rusage().ruMinflt() > 0);
        long pid = sleeper();
        try {
            Rusage none = new Rusage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertEquals(new Wait4Result(0, 0, none), os.wait4(pid, os.WNOHANG()));
            assertEquals(new Wait4Result(0, 0, none), os.wait3(os.WNOHANG()));
        } finally {
            os.kill(pid, os.SIGKILL());
            os.waitpid(pid, 0);
        }
    }

    @Test
    void stoppedAndContinued() throws Exception {
        long pid = sleeper();
        try {
            os.kill(pid, os.SIGSTOP());
            WaitResult stopped = os.waitpid(pid, os.WUNTRACED());
            assertTrue(os.WIFSTOPPED(stopped.status()));
            assertEquals(os.SIGSTOP(), os.WSTOPSIG(stopped.status()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> os.waitstatusToExitcode(stopped.status()));
            assertEquals("process stopped by delivery of signal " + os.SIGSTOP(), e.getMessage());
            os.kill(pid, os.SIGCONT());
            assertTrue(os.WIFCONTINUED(os.waitpid(pid, os.WCONTINUED()).status()));
        } finally {
            os.kill(pid, os.SIGKILL());
            os.waitpid(pid, 0);
        }
    }

    /** The rusage a child reports of itself just before it exits is, field by field, what wait4 hands back. */
    @Test
    void wait4ReportsTheChildsRusage(@TempDir Path dir) throws Exception {
        assumeTrue(LINUX, "ru_maxrss is in kilobytes on Linux");
        Path report = dir.resolve("rusage");
        long pid = os.spawnvp(Os.P_NOWAIT, "python3", List.of("python3", "-c",
                "import resource, sys\nx = sum(i * i for i in range(2_000_000))\nbig = b'x' * (50 << 20)\n"
                + "r = resource.getrusage(resource.RUSAGE_SELF)\n"
                + "open(sys.argv[1], 'w').write(f'{r.ru_utime} {r.ru_maxrss} {r.ru_minflt} {r.ru_nvcsw}')",
                report.toString()));
        Wait4Result r = os.wait4(pid, 0);
        assertEquals(pid, r.pid());
        assertEquals(0, os.waitstatusToExitcode(r.status()));
        String[] own = Files.readString(report).split(" ");
        Rusage u = r.rusage();
        assertTrue(u.ruUtime() >= Double.parseDouble(own[0]) && u.ruUtime() < Double.parseDouble(own[0]) + 1, u
                + " vs " + List.of(own));
        long maxrss = Long.parseLong(own[1]);
        // at least what the child saw; the vfork-like posix_spawn counts the JVM's pages it ran on before exec
        assertTrue(u.ruMaxrss() >= maxrss, u + " vs " + List.of(own));
        long minflt = Long.parseLong(own[2]);
        assertTrue(u.ruMinflt() >= minflt && u.ruMinflt() < 2 * minflt, u + " vs " + List.of(own));
        assertTrue(u.ruNvcsw() >= Long.parseLong(own[3]), u.toString());
        assertEquals(0, u.ruNswap(), u.toString()); // Linux keeps these at 0
        assertEquals(0, u.ruIxrss(), u.toString());
    }

    @Test
    void wait3AndWaitAny() throws Exception {
        long pid = os.spawnv(Os.P_NOWAIT, "/bin/sh", List.of("sh", "-c", "exit 4"));
        Wait4Result r = os.wait3(0);
        assertEquals(pid, r.pid());
        assertEquals(4, os.WEXITSTATUS(r.status()));
        long pid2 = os.spawnv(Os.P_NOWAIT, "/bin/sh", List.of("sh", "-c", "exit 5"));
        WaitResult any = os.waitAny();
        assertEquals(new WaitResult(pid2, 5 << 8), any);
    }

    @Test
    void waitidOfAnExitedAndAKilledChild() throws Exception {
        long pid = os.spawnv(Os.P_NOWAIT, "/bin/sh", List.of("sh", "-c", "exit 7"));
        WaitidResult r = os.waitid(os.P_PID(), pid, os.WEXITED());
        assertEquals(new WaitidResult(pid, os.getuid(), os.SIGCHLD(), 7, os.CLD_EXITED()), r);
        long sleeper = sleeper();
        os.kill(sleeper, os.SIGTERM());
        WaitidResult killed = os.waitid(os.P_PID(), sleeper, os.WEXITED());
        assertEquals(new WaitidResult(sleeper, os.getuid(), os.SIGCHLD(), os.SIGTERM(), os.CLD_KILLED()), killed);
    }

    /** pidfd_open as CPython 3.13: a close-on-exec process descriptor that waitid takes with P_PIDFD. */
    @Test
    void pidfdOpenGivesADescriptorThatWaitidTakes() throws Exception {
        assumeTrue(LINUX, "pidfd_open is Linux's");
        int self = os.pidfdOpen(os.getpid());
        try {
            assertFalse(os.getInheritable(self));
        } finally {
            os.close(self);
        }
        long pid = os.spawnv(Os.P_NOWAIT, "/bin/sh", List.of("sh", "-c", "exit 3"));
        int fd = os.pidfdOpen(pid);
        try {
            WaitidResult r = os.waitid(os.P_PIDFD(), fd, os.WEXITED());
            assertEquals(new WaitidResult(pid, os.getuid(), os.SIGCHLD(), 3, os.CLD_EXITED()), r);
        } finally {
            os.close(fd);
        }
        // a non-blocking one: waiting on a child still running is EAGAIN (BlockingIOError), not a block
        long sleeper = sleeper();
        int nonblocking = os.pidfdOpen(sleeper, os.PIDFD_NONBLOCK());
        try {
            assertThrows(BlockingIoOsException.class, () -> os.waitid(os.P_PIDFD(), nonblocking, os.WEXITED()));
        } finally {
            os.close(nonblocking);
            os.kill(sleeper, os.SIGKILL());
            os.waitpid(sleeper, 0);
        }
        // CPython 3.13: ProcessLookupError for no such process, EINVAL for bad flags or a negative pid,
        // OverflowError beyond a C int
        assertEquals("[Errno 3] No such process", assertThrows(ProcessLookupOsException.class,
                () -> os.pidfdOpen(99_999_999)).getMessage());
        assertEquals(os.errno().EINVAL(), assertThrows(OsException.class, () -> os.pidfdOpen(os.getpid(), 12345))
                .errno());
        assertEquals(os.errno().EINVAL(), assertThrows(OsException.class, () -> os.pidfdOpen(-1)).errno());
        assertThrows(ArithmeticException.class, () -> os.pidfdOpen(1L << 31));
    }

    @Test
    void systemReturnsTheWaitStatusAsPythonDoes() throws Exception {
        for (String command : List.of("exit 0", "exit 3", "true", "kill -TERM $$", "exit 255")) {
            int expected = Integer.parseInt(Python.run("import os, sys; print(os.system(sys.argv[1]))", command)
                    .strip());
            assertEquals(expected, os.system(command), command);
        }
        assertEquals(-15, os.waitstatusToExitcode(os.system("kill -TERM $$")));
        assertThrows(IllegalArgumentException.class, () -> os.system("a\0b"));
    }

    @Test
    void spawnWithAnEnvironment(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, os.spawnve(Os.P_WAIT, "/bin/sh", List.of("sh", "-c", "echo \"$A:$B\" > " + out),
                Map.of("A", "one", "B", "é")));
        assertEquals("one:é\n", Files.readString(out));
        // spawnvpe looks the program up in the given environment's PATH, as CPython does
        assertEquals(0, os.spawnvpe(Os.P_WAIT, "sh", List.of("sh", "-c", "echo \"$PATH\" > " + out),
                Map.of("PATH", "/nowhere:/bin:/usr/bin")));
        assertEquals("/nowhere:/bin:/usr/bin\n", Files.readString(out));
        assertEquals(0, os.spawnlpe(Os.P_WAIT, "sh", Map.of("PATH", "/bin:/usr/bin"), "sh", "-c", "true"));
        assertEquals(0, os.spawnle(Os.P_WAIT, "/bin/sh", Map.of(), "sh", "-c", "test -z \"$HOME\""));
    }

    @Test
    void aProgramThatCannotStartIsTheRealError(@TempDir Path dir) throws Exception {
        FileNotFoundOsException missing = assertThrows(FileNotFoundOsException.class,
                () -> os.spawnv(Os.P_WAIT, "/no/such/program", List.of("program")));
        assertEquals("/no/such/program", missing.filename());
        assertEquals(os.errno().ENOENT(), missing.errno());
        FileNotFoundOsException notInPath = assertThrows(FileNotFoundOsException.class,
                () -> os.spawnvp(Os.P_NOWAIT, "osprey-no-such-program", List.of("x")));
        assertEquals("osprey-no-such-program", notInPath.filename());
        FileNotFoundOsException notInEnvPath = assertThrows(FileNotFoundOsException.class,
                () -> os.spawnvpe(Os.P_NOWAIT, "sh", List.of("sh"), Map.of("PATH", dir.toString())));
        assertEquals(dir.resolve("sh").toString(), notInEnvPath.filename());
        assertThrows(FileNotFoundOsException.class, () -> os.execv("/no/such/program", List.of("program")));
        Path notExecutable = Files.writeString(dir.resolve("script"), "#!/bin/sh\n");
        // without any execute bit, even for root
        PermissionOsException denied = assertThrows(PermissionOsException.class,
                () -> os.spawnv(Os.P_WAIT, notExecutable.toString(), List.of("script")));
        assertEquals(notExecutable.toString(), denied.filename());
    }

    private interface Call {
        void run() throws Exception;
    }

    @Test
    void argumentsAreCheckedAsCPythonDoes() {
        String theirs = Python.require313().run("import os\nfor f in [lambda: os.execv('/bin/true', []),"
                + " lambda: os.execv('/bin/true', ['']), lambda: os.execve('/bin/true', [], {}),"
                + " lambda: os.execve('/bin/true', [''], {}), lambda: os.execvp('true', []), lambda: os.execl('/bin/true'),"
                + " lambda: os.spawnv(os.P_WAIT, '/bin/true', []), lambda: os.spawnv(os.P_WAIT, '/bin/true', ['']),"
                + " lambda: os.execv('/bin/true', ['a\\0b']), lambda: os.execve('/bin/true', ['a'], {'A=B': 'c'}),"
                + " lambda: os.execve('/bin/true', ['a'], {'': 'c'}), lambda: os.execve('/bin/true', ['a'], {'A': 'c\\0'}),"
                + " lambda: os.system('a\\0b'), lambda: os.execv('/bin/tr\\0ue', ['a']),"
                + " lambda: os.spawnle(os.P_WAIT, '/bin/true', '', {})]:\n"
                + "    try: f()\n"
                + "    except ValueError as e: print(e)\n");
        List<Call> ours = List.of(() -> os.execv("/bin/true", List.of()), () -> os.execv("/bin/true", List.of("")),
                () -> os.execve("/bin/true", List.of(), Map.of()), () -> os.execve("/bin/true", List.of(""), Map.of()),
                () -> os.execvp("true", List.of()), () -> os.execl("/bin/true"),
                () -> os.spawnv(Os.P_WAIT, "/bin/true", List.of()), () -> os.spawnv(Os.P_WAIT, "/bin/true", List.of("")),
                () -> os.execv("/bin/true", List.of("a\0b")), () -> os.execve("/bin/true", List.of("a"), Map.of("A=B", "c")),
                () -> os.execve("/bin/true", List.of("a"), Map.of("", "c")),
                () -> os.execve("/bin/true", List.of("a"), Map.of("A", "c\0")), () -> os.system("a\0b"),
                () -> os.execv("/bin/tr\0ue", List.of("a")), () -> os.spawnle(Os.P_WAIT, "/bin/true", Map.of(), ""));
        StringBuilder messages = new StringBuilder();
        for (Call call : ours) {
            messages.append(assertThrows(IllegalArgumentException.class, call::run).getMessage()).append('\n');
        }
        assertEquals(theirs, messages.toString());
    }

    @Test
    void killErrors() throws Exception {
        long pid = os.spawnv(Os.P_NOWAIT, "/bin/true", List.of("true"));
        os.waitpid(pid, 0);
        assertThrows(ProcessLookupOsException.class, () -> os.kill(pid, os.SIGTERM()));
        os.kill(os.getpid(), 0);
        assertThrows(ProcessLookupOsException.class, () -> os.killpg(pid, os.SIGTERM()));
        assertThrows(ArithmeticException.class, () -> os.kill(1L << 40, 0));
        if (os.geteuid() != 0) {
            assertThrows(PermissionOsException.class, () -> os.kill(1, 0));
        }
    }

    @Test
    void killpgSignalsTheWholeGroup() throws Exception {
        // setsid(1) in a process that leads no group calls setsid() itself: the pid becomes the group
        long pid = os.spawnvp(Os.P_NOWAIT, "setsid", List.of("setsid", "sh", "-c", "sleep 60 & sleep 60; wait"));
        while (os.getpgid(pid) != pid) {
            Thread.onSpinWait();
        }
        os.killpg(pid, os.SIGKILL());
        assertEquals(-9, os.waitstatusToExitcode(os.waitpid(pid, 0).status()));
    }

    @Test
    void noZombieAndNoDescriptorLeftAfterManySpawns() throws Exception {
        assumeTrue(LINUX && OpenFds.available(), "Linux's /proc");
        spawnAndFail(); // binds the calls first
        List<String> fds = OpenFds.described();
        List<String> before = OpenFds.children();
        for (int i = 0; i < 300; i++) {
            spawnAndFail();
        }
        assertEquals(before, OpenFds.children());
        assertEquals(fds, OpenFds.described());
    }

    private void spawnAndFail() throws OsException {
        assertEquals(0, os.spawnv(Os.P_WAIT, "/bin/true", List.of("true")));
        assertThrows(FileNotFoundOsException.class, () -> os.spawnv(Os.P_NOWAIT, "/no/such", List.of("x")));
        long pid = os.spawnv(Os.P_NOWAIT, "/bin/true", List.of("true"));
        assertEquals(pid, os.waitpid(pid, 0).pid());
    }

    @Test
    void spawnsAndWaitsFromManyThreads() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Long>> codes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int code = i % 50;
                codes.add(pool.submit(() -> os.spawnv(Os.P_WAIT, "/bin/sh", List.of("sh", "-c", "exit " + code))));
            }
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(i % 50, codes.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Result child(String scenario) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ProcessesChild.class.getName(), scenario)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private record Result(int exit, String out) {
    }

    @Test
    void execvReplacesTheJvm() throws Exception {
        Result r = child("execv");
        assertEquals(new Result(0, "started\nreplaced by echo\n"), r); // no hook: the JVM is gone, not shut down
        assertEquals(new Result(0, "started\nthis\n"), child("execvpe"));
        assertEquals(new Result(0, "started\nfound in PATH\n"), child("execlp"));
    }

    @Test
    void aChildOrAnExecedProgramStartsWithNoSignalBlocked() throws Exception {
        assumeTrue(LINUX, "Linux's /proc");
        assertEquals(new Result(0, "started\nSigBlk:\t0000000000000000\n"), child("sigmask"));
        assertEquals(new Result(0, "started\nSigBlk:\t0000000000000000\n"), child("execSigmask"));
    }

    @Test
    void exitSkipsShutdownHooks() throws Exception {
        assertEquals(new Result(7, "started\n"), child("_exit"));
    }

    @Test
    void abortEndsWithSigabrt() throws Exception {
        Result r = child("abort");
        assertEquals("started\n", r.out());
        assertEquals(128 + os.SIGABRT(), r.exit()); // the JDK's way to say "killed by SIGABRT"
    }
}
