package org.osprey.subprocess;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.nio.NioProvider;
import org.osprey.os.BrokenPipeOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * {@code subprocess} on the pure-Java provider, whichever provider the run selects: children started by
 * {@link ProcessBuilder}, what it refuses and why, and where its answers differ from CPython's.
 */
@Timeout(120)
class JdkLauncherTest {
    private final Os os = Os.of(new NioProvider());
    private final Subprocess sp = Subprocess.of(os);

    @TempDir
    Path tmp;

    private static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }

    private void assumePosix() {
        assumeTrue(os.name().equals("posix"), "the tests' children are POSIX shell commands");
    }

    // ---- refusals ----

    /** Each option the JDK cannot honour is refused, naming it and why, and no child starts. */
    @Test
    void refusalsNameTheOptionAndStartNothing() throws Exception {
        assumePosix();
        Map<String, UnaryOperator<PopenOptions<byte[]>>> refused = Map.ofEntries(
                Map.entry("pass_fds=[5]", o -> o.passFds(Set.of(5))),
                Map.entry("close_fds=False", o -> o.closeFds(false)),
                Map.entry("start_new_session=True", o -> o.startNewSession(true)),
                Map.entry("process_group=0", o -> o.processGroup(0)),
                Map.entry("umask=0o77", o -> o.umask(077)),
                Map.entry("user=65534", o -> o.user(65534)),
                Map.entry("group=65534", o -> o.group(65534)),
                Map.entry("extra_groups=[65534]", o -> o.extraGroups(List.of(65534L))),
                Map.entry("stdin=5", o -> o.stdin(Redirect.fd(5))),
                Map.entry("stdout=2", o -> o.stdout(Redirect.fd(2))),
                Map.entry("stderr=1", o -> o.stderr(Redirect.fd(1))),
                Map.entry("executable=/bin/sh", o -> o.executable("/bin/sh")));
        Path marker = tmp.resolve("started");
        List<String> args = List.of("marker-maker", "-c", "touch " + marker);
        for (var r : refused.entrySet()) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> sp.popen(args, r.getValue().apply(PopenOptions.bytes())), r.getKey());
            assertTrue(e.getMessage().startsWith("Popen(" + r.getKey() + ") through ProcessBuilder (provider "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("the JDK cannot") || e.getMessage().contains("the JDK closes")
                    || e.getMessage().contains("the JDK runs"), e.getMessage());
        }
        assertFalse(Files.exists(marker), "a refused Popen started its child");
        assertEquals("Popen(pass_fds=[5]) through ProcessBuilder (provider " + os.providerId() + "): the JDK cannot "
                + "hand a descriptor to a child: it closes all but 0, 1 and 2", assertThrows(
                        UnsupportedOperationException.class, () -> sp.popen(args, PopenOptions.bytes()
                                .passFds(Set.of(5)))).getMessage());
    }

    @Test
    void theStandardDescriptorsAndTheSameExecutableAreAllowed() throws Exception {
        assumePosix();
        PopenOptions<byte[]> o = PopenOptions.bytes().stdin(Redirect.fd(0)).stdout(Redirect.fd(1))
                .stderr(Redirect.fd(2)).executable("/bin/sh").restoreSignals(false);
        assertEquals(0, sp.call(List.of("/bin/sh", "-c", "exit 0"), o));
        // shell=True with executable: argv[0] is the executable itself, as CPython makes it
        assertEquals("/bin/bash\n", sp.run("echo $0", RunOptions.of(PopenOptions.text().shell(true)
                .executable("/bin/bash")).withCaptureOutput()).stdout());
    }

    /** {@code restore_signals} either way: the child starts as {@code exec} leaves it, SIGPIPE not ignored. */
    @Test
    void restoreSignalsIsWhatExecLeaves() throws Exception {
        assumePosix();
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "Linux's /proc");
        int sigpipe = Integer.parseInt(Python.require313().run("import signal; print(int(signal.SIGPIPE))").strip());
        for (boolean restore : List.of(true, false)) {
            String status = sp.run(sh("grep SigIgn /proc/$$/status"), RunOptions.of(PopenOptions.text()
                    .restoreSignals(restore)).withCaptureOutput()).stdout();
            long ignored = Long.parseLong(status.trim().split("\\s+")[1], 16);
            assertEquals(0, ignored & (1L << (sigpipe - 1)), status);
        }
    }

    @Test
    void onlyTermAndKillAreSent() throws Exception {
        assumePosix();
        try (Popen<byte[]> p = sp.popen(List.of("sleep", "30"))) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> p.sendSignal(2));
            assertEquals("send_signal(2) through ProcessBuilder: the JDK sends only SIGTERM (Process.destroy) and "
                    + "SIGKILL (Process.destroyForcibly)", e.getMessage());
            assertNull(p.poll(), "the refused signal was not sent");
            p.sendSignal(os.SIGTERM());
            assertEquals(-os.SIGTERM(), p.waitFor());
        }
    }

    @Test
    void argumentsTheJdkWouldMangleAreRefused() {
        assumePosix();
        assertEquals("embedded null byte", assertThrows(IllegalArgumentException.class,
                () -> sp.popen(List.of("echo", "a\0b"))).getMessage());
        assumeTrue(!jdkEncodes("\udcff"), "the JDK's encoding takes lone surrogates");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> sp.popen(List.of("echo", "\udcff")));
        assertTrue(e.getMessage().contains("would replace what it cannot"), e.getMessage());
    }

    /** Whether {@code sun.jnu.encoding}, what the JDK encodes a command line in, can encode {@code s}. */
    private static boolean jdkEncodes(String s) {
        return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding")).newEncoder().canEncode(s);
    }

    // ---- exit codes ----

    /**
     * The JDK gives {@code 128+n} for a child ended by signal {@code n}: Osprey says {@code -n} only where it sent
     * {@code n} itself. CPython says {@code -n} in every case, which is the documented difference.
     */
    @Test
    void aSignalsDeathIs128PlusNUnlessOspreySentIt() throws Exception {
        assumePosix();
        String cpython = Python.require313().run("import subprocess\n"
                + "print(subprocess.call(['/bin/sh', '-c', 'kill -TERM $$']))").strip();
        assertEquals(Integer.toString(-os.SIGTERM()), cpython);
        assertEquals(128 + os.SIGTERM(), sp.call(sh("kill -TERM $$")));
        assertEquals(128 + os.SIGKILL(), sp.call(sh("kill -KILL $$")));
        try (Popen<byte[]> p = sp.popen(List.of("sleep", "30"))) {
            p.terminate();
            assertEquals(-os.SIGTERM(), p.waitFor());
        }
        try (Popen<byte[]> p = sp.popen(List.of("sleep", "30"))) {
            p.kill();
            assertEquals(-os.SIGKILL(), p.waitFor(Duration.ofSeconds(10)));
        }
        // SIGTERM sent, but the child caught it and exited as it chose: its own code stands
        try (Popen<String> p = sp.popen(sh("trap 'exit 3' TERM; echo ready; while :; do sleep 0.05; done"),
                PopenOptions.text().stdout(Redirect.PIPE))) {
            assertEquals("ready", p.stdoutReader().readLine());
            p.terminate();
            assertEquals(3, p.waitFor());
        }
    }

    // ---- failed starts ----

    @Test
    void failedStartsAsCPython() throws Exception {
        assumePosix();
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        String script = "import subprocess,sys,json\n"
                + "a, cwd, path = sys.argv[1], sys.argv[2] or None, sys.argv[3]\n"
                + "env = {'PATH': path} if path else None\n"
                + "try: subprocess.Popen([a], cwd=cwd, env=env)\n"
                + "except OSError as e: print(type(e).__name__, e.errno, e.strerror, e.filename)\n";
        List<List<String>> cases = List.of(List.of("/no/such/program", "", ""), List.of("no-such-xyz", "", ""),
                List.of(file.toString(), "", ""), List.of(tmp.toString(), "", ""),
                List.of("true", tmp.resolve("missing").toString(), ""), List.of("true", file.toString(), ""),
                List.of("true", file.resolve("below").toString(), ""), List.of("./plain", tmp.toString(), ""),
                List.of("true", "", bin.toString()), List.of("plain", "", tmp + ":" + bin));
        for (List<String> c : cases) {
            String python = Python.require313().run(script, c.toArray(String[]::new)).strip();
            PopenOptions<byte[]> o = PopenOptions.bytes();
            if (!c.get(1).isEmpty()) {
                o = o.cwd(c.get(1));
            }
            if (!c.get(2).isEmpty()) {
                o = o.env(Map.of("PATH", c.get(2)));
            }
            PopenOptions<byte[]> options = o;
            OsException e = assertThrows(OsException.class, () -> sp.popen(List.of(c.get(0)), options).close());
            assertEquals(python, pythonName(e) + " " + e.errno() + " " + e.strerror() + " " + e.filename(),
                    c.toString());
        }
    }

    private static String pythonName(OsException e) {
        String n = e.getClass().getSimpleName();
        return n.equals("OsException") ? "OSError" : n.replace("OsException", "Error");
    }

    /** The documented difference: the JDK (as {@code execvp}) runs a file without {@code #!} by /bin/sh. */
    @Test
    void aFileWithoutShebangIsRunByTheShellWhereCPythonFails() throws Exception {
        assumePosix();
        Path script = Files.writeString(tmp.resolve("no-shebang"), "echo via sh\n");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertEquals("OSError 8", Python.require313().run("import subprocess,sys\n"
                + "try: subprocess.Popen([sys.argv[1]])\n"
                + "except OSError as e: print(type(e).__name__, e.errno)", script.toString()).strip());
        assertEquals("via sh\n", sp.run(List.of(script.toString()), RunOptions.text().withCaptureOutput()).stdout());
    }

    @Test
    void aProgramIsFoundInTheChildsPath() throws Exception {
        assumePosix();
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        Files.writeString(bin.resolve("only-here"), "#!/bin/sh\necho found $0\n");
        Files.setPosixFilePermissions(bin.resolve("only-here"), java.nio.file.attribute.PosixFilePermissions
                .fromString("rwxr-xr-x"));
        String out = sp.run(List.of("only-here"), RunOptions.of(PopenOptions.text()
                .env(Map.of("PATH", "/no/such:" + bin))).withCaptureOutput()).stdout();
        assertEquals("found " + bin.resolve("only-here") + "\n", out); // argv[0] is the path found: documented
    }

    @Test
    void aRedirectFileThatCannotBeOpenedFailsBeforeTheStart() throws Exception {
        assumePosix();
        Path marker = tmp.resolve("started");
        String missing = tmp.resolve("no-dir/out").toString();
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class, () -> sp.popen(
                sh("touch " + marker), PopenOptions.bytes().stdout(Redirect.file(missing))));
        assertEquals(missing, e.filename());
        assertFalse(Files.exists(marker));
    }

    // ---- pipes ----

    @Test
    void pipesAreUnbufferedAndHaveNoDescriptor() throws Exception {
        assumePosix();
        PopenOptions<byte[]> o = PopenOptions.bytes().stdin(Redirect.PIPE).stdout(Redirect.PIPE);
        try (Popen<byte[]> p = sp.popen(List.of("cat"), o)) {
            p.stdin().write("one\n".getBytes(UTF_8)); // no flush: the write itself reaches cat
            assertArrayEquals("one\n".getBytes(UTF_8), p.stdout().readline());
            assertThrows(UnsupportedOperationException.class, () -> p.stdout().fileno());
            assertThrows(UnsupportedOperationException.class, () -> p.stdin().fileno());
            assertThrows(UnsupportedOperationException.class, () -> Redirect.of(p.stdout()));
        }
    }

    /** No descriptor to hand on: p1's output reaches p2 through a Java thread ({@link Redirect#from}). */
    @Test
    void aPipelineGoesThroughAJavaStream() throws Exception {
        assumePosix();
        try (Popen<byte[]> p1 = sp.popen(List.of("printf", "b\\na\\nc\\n"), PopenOptions.bytes().stdout(Redirect.PIPE));
                Popen<byte[]> p2 = sp.popen(List.of("sort"),
                        PopenOptions.bytes().stdin(Redirect.from(p1.stdout())).stdout(Redirect.PIPE))) {
            assertEquals("a\nb\nc\n", new String(p2.communicate().stdout(), UTF_8));
            assertEquals(0, p1.waitFor());
        }
    }

    @Test
    void writingToAChildThatStoppedReadingIsABrokenPipe() throws Exception {
        assumePosix();
        byte[] chunk = new byte[64 * 1024];
        PopenOptions<byte[]> o = PopenOptions.bytes().stdin(Redirect.PIPE).stdout(Redirect.PIPE);
        // still running, its stdin closed: the kernel's EPIPE
        try (Popen<byte[]> p = sp.popen(sh("exec 0<&-; echo closed; sleep 5"), o)) {
            assertArrayEquals("closed\n".getBytes(UTF_8), p.stdout().readline());
            assertThrows(BrokenPipeOsException.class, () -> p.stdin().write(chunk));
            p.kill();
        }
        // ended: the JDK closed the pipe itself
        try (Popen<byte[]> p = sp.popen(List.of("true"), o)) {
            p.waitFor();
            BrokenPipeOsException e = assertThrows(BrokenPipeOsException.class, () -> p.stdin().write(chunk));
            assertEquals(32, e.errno());
        }
        // communicate ignores it, as CPython's
        try (Popen<byte[]> p = sp.popen(List.of("true"), o)) {
            assertArrayEquals(new byte[0], p.communicate(new byte[1 << 20]).stdout());
        }
    }

    @Test
    void textModeAndTimeouts() throws Exception {
        assumePosix();
        PopenOptions<String> o = PopenOptions.text().stdin(Redirect.PIPE).stdout(Redirect.PIPE)
                .stderr(Redirect.PIPE);
        try (Popen<String> p = sp.popen(sh("cat; printf 'caf\\303\\251\\r\\n' >&2; exec sleep 30"), o)) {
            assertThrows(TimeoutExpired.class, () -> p.communicate("h\u00e9\r\nllo", Duration.ofMillis(300)));
            p.kill();
            Communicated<String> c = p.communicate();
            assertEquals("h\u00e9\nllo", c.stdout());
            assertEquals("caf\u00e9\n", c.stderr());
            assertEquals(-os.SIGKILL(), p.returncode());
        }
        PopenOptions<String> reader = PopenOptions.text().stdout(Redirect.PIPE);
        try (Popen<String> p = sp.popen(List.of("printf", "a\\r\\nb"), reader)) {
            BufferedReader r = p.stdoutReader();
            assertEquals("a", r.readLine());
            assertEquals("b", r.readLine());
            assertNull(r.readLine());
        }
    }

    // ---- leaks ----

    @Test
    void manyRunsLeaveNoProcessThreadOrDescriptor() throws Exception {
        assumePosix();
        round();
        long children = ProcessHandle.current().children().count();
        List<String> fds = OpenFds.available() ? OpenFds.described() : List.of();
        for (int i = 0; i < 200; i++) {
            round();
        }
        assertEquals(children, ProcessHandle.current().children().count());
        for (int i = 0; i < 100 && !ospreyThreads().isEmpty(); i++) {
            Thread.sleep(50); // a timed-out communicate's reader sees its end just after the kill's wait
        }
        assertEquals(List.of(), ospreyThreads());
        if (OpenFds.available()) {
            assertEquals(List.of(), OpenFds.openedSince(fds));
        }
    }

    private void round() throws Exception {
        sp.run(List.of("cat"), RunOptions.bytes().withInput(new byte[10]).withCaptureOutput());
        sp.call(List.of("tr", "a", "b"), PopenOptions.bytes().stdin(Redirect.from(new java.io.ByteArrayInputStream(
                new byte[3]))).stdout(Redirect.to(java.io.OutputStream.nullOutputStream())));
        assertThrows(FileNotFoundOsException.class, () -> sp.popen(List.of("/no/such"), PopenOptions.bytes()
                .stdin(Redirect.PIPE).stdout(Redirect.PIPE).stderr(Redirect.PIPE)));
        assertThrows(TimeoutExpired.class, () -> sp.run(List.of("sleep", "5"), RunOptions.bytes().withCaptureOutput()
                .withTimeout(Duration.ofMillis(1))));
    }

    private static List<String> ospreyThreads() {
        List<String> alive = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("osprey-subprocess") || t.getName().startsWith("osprey-communicate")) {
                alive.add(t.getName());
            }
        }
        return alive;
    }
}
