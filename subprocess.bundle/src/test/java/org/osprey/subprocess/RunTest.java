package org.osprey.subprocess;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** {@code run}, the {@code call} functions, {@code getoutput}, {@code list2cmdline}, against CPython 3.13. */
class RunTest {
    private static final String POSIX_CHILDREN = "its children are POSIX programs (/bin/sh, true, cat, echo)";

    private final Os os = Os.get();
    private final Subprocess sp = Subprocess.of(os);

    private static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void runCapturesAndChecks() throws Exception {
        CompletedProcess<byte[]> done = sp.run(sh("echo out; echo err >&2; exit 4"),
                RunOptions.bytes().withCaptureOutput());
        assertEquals(4, done.returncode());
        assertArrayEquals("out\n".getBytes(), done.stdout());
        assertArrayEquals("err\n".getBytes(), done.stderr());
        CalledProcessError e = assertThrows(CalledProcessError.class, done::checkReturncode);
        assertEquals("Command '['/bin/sh', '-c', 'echo out; echo err >&2; exit 4']' returned non-zero exit status 4.",
                e.getMessage());
        assertArrayEquals("out\n".getBytes(), (byte[]) e.output());
        assertNull(sp.run(List.of("true")).stdout());

        Spawning.assumeNative(os, "tell a death by a signal Osprey did not send from an exit(128+n): no wait status");
        CalledProcessError killed = assertThrows(CalledProcessError.class,
                () -> sp.run(sh("kill $$"), RunOptions.bytes().withCheck()));
        assertEquals(Python.require313().run("import subprocess,sys\n"
                + "print(subprocess.CalledProcessError(-15, ['/bin/sh', '-c', 'kill $$']))").strip(),
                killed.getMessage());
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void aCommandGivenAsOneStringIsShownAsThatString() throws Exception {
        String expected = Python.require313().run("import subprocess\n"
                + "try: subprocess.run('exit 3', shell=True, check=True)\n"
                + "except subprocess.CalledProcessError as e: print(e); print(repr(e.cmd))\n"
                + "try: subprocess.run('sleep 5', shell=True, timeout=0.2)\n"
                + "except subprocess.TimeoutExpired as e: print(str(e).split(' after ')[0])\n"
                + "print(subprocess.run('true', shell=True).args)");
        CalledProcessError failed = assertThrows(CalledProcessError.class,
                () -> sp.run("exit 3", RunOptions.of(PopenOptions.bytes().shell(true)).withCheck()));
        TimeoutExpired late = assertThrows(TimeoutExpired.class, () -> sp.run("sleep 5",
                RunOptions.of(PopenOptions.bytes().shell(true)).withTimeout(Duration.ofMillis(200))));
        CompletedProcess<byte[]> done = sp.run("true", RunOptions.of(PopenOptions.bytes().shell(true)));
        assertEquals(expected, failed.getMessage() + "\n'" + failed.cmd().get(0) + "'\n" + late.getMessage().split(" after ")[0] + "\n"
                + done.args().get(0) + "\n");
        assertEquals(List.of("exit 3"), failed.cmd(), "still a list of that one string to Java");
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void runWithInputInTextMode() throws Exception {
        CompletedProcess<String> done = sp.run(List.of("tr", "a-z", "A-Z"),
                RunOptions.text().withInput("h\u00e9llo\n").withCaptureOutput());
        assertEquals("H\u00e9LLO\n", done.stdout());
        assertEquals("a\nb\nc", sp.run(List.of("printf", "a\\r\\nb\\rc"),
                RunOptions.text().withCaptureOutput()).stdout()); // universal newlines
        assertEquals("\u00ff", sp.run(List.of("printf", "\\377"),
                RunOptions.of(PopenOptions.bytes().encoding("latin-1")).withCaptureOutput()).stdout());
        assertThrows(CharacterCodingException.class, () -> sp.run(List.of("printf", "\\377"),
                RunOptions.text().withCaptureOutput())); // UnicodeDecodeError under strict
        String escaped = sp.run(List.of("printf", "\\377"),
                RunOptions.of(PopenOptions.bytes().errors("surrogateescape")).withCaptureOutput()).stdout();
        assertEquals("\udcff", escaped);
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void aTimeoutKillsTheChildAndKeepsItsOutput() throws Exception {
        long start = System.nanoTime();
        TimeoutExpired e = assertThrows(TimeoutExpired.class, () -> sp.run(sh("echo early; exec sleep 30"),
                RunOptions.bytes().withCaptureOutput().withTimeout(Duration.ofMillis(300))));
        assertFalse(System.nanoTime() - start > Duration.ofSeconds(20).toNanos(), "the child was killed");
        assertArrayEquals("early\n".getBytes(), (byte[]) e.output());
        assertEquals(Duration.ofMillis(300), e.timeout());
        assertThrows(TimeoutExpired.class,
                () -> sp.call(List.of("sleep", "30"), PopenOptions.bytes(), Duration.ofMillis(100)));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void callCheckCallCheckOutput() throws Exception {
        assertEquals(0, sp.call(List.of("true")));
        assertEquals(1, sp.call(List.of("false")));
        sp.checkCall(List.of("true"));
        CalledProcessError e = assertThrows(CalledProcessError.class, () -> sp.checkCall(List.of("false")));
        assertEquals(1, e.returncode());
        assertNull(e.output());
        assertArrayEquals("hi\n".getBytes(), sp.checkOutput(List.of("echo", "hi")));
        assertEquals("hi\n", sp.checkOutput(List.of("echo", "hi"), RunOptions.text()));
        assertThrows(IllegalArgumentException.class, () -> sp.checkOutput(List.of("true"),
                RunOptions.of(PopenOptions.bytes().stdout(Redirect.DEVNULL))));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void getoutputAsCPython() throws Exception {
        for (String cmd : List.of("echo hi; echo there >&2", "printf 'no newline'", "exit 3", "printf 'two\\n\\n'")) {
            assertGetstatusoutputAsCPython(cmd);
        }
        Spawning.assumeNative(os, "tell a death by a signal Osprey did not send from an exit(128+n): no wait status");
        assertGetstatusoutputAsCPython("echo a; kill $$");
    }

    private void assertGetstatusoutputAsCPython(String cmd) throws Exception {
        Subprocess.StatusOutput mine = sp.getstatusoutput(cmd);
        String python = Python.require313().run("import subprocess,sys\n"
                + "print(repr(subprocess.getstatusoutput(sys.argv[1])))", cmd).strip();
        assertEquals(python, "(" + mine.exitcode() + ", " + org.osprey.os.PyRepr.repr(mine.output()) + ")", cmd);
        assertEquals(mine.output(), sp.getoutput(cmd));
    }

    @Test
    void list2cmdlineAsCPython() {
        List<List<String>> cases = List.of(List.of("a b c", "d", "e"), List.of("ab\"c", "\\", "d"),
                List.of("ab\"c", " \\", "d"), List.of("a\\\\\\b", "de fg", "h"), List.of("a\\\"b", "c", "d"),
                List.of("a\\\\b c", "d", "e"), List.of("a\\\\b\\ c", "d", "e"), List.of("ab", ""), List.of("\t", "x\\"));
        for (List<String> seq : cases) {
            String python = Python.require313().run("import subprocess,sys\n"
                    + "sys.stdout.write(subprocess.list2cmdline(sys.argv[1:]))", seq.toArray(String[]::new));
            assertEquals(python, sp.list2cmdline(seq), seq.toString());
        }
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void failedStartsRaiseTheRealErrorAsCPython(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path notExecutable = Files.writeString(tmp.resolve("plain"), "x");
        String missingDir = tmp.resolve("no-such-dir").toString();
        String script = "import subprocess,sys\n"
                + "a, cwd = sys.argv[1], sys.argv[2] or None\n"
                + "try: subprocess.Popen([a], cwd=cwd)\n"
                + "except OSError as e: print(type(e).__name__, e.errno, e.filename)\n";
        List<List<String>> cases = List.of(List.of("/no/such/program", ""), List.of("no-such-program-xyz", ""),
                List.of(notExecutable.toString(), ""), List.of(tmp.toString(), ""), List.of("true", missingDir),
                List.of("./plain", tmp.toString()));
        for (List<String> c : cases) {
            String python = Python.require313().run(script, c.get(0), c.get(1)).strip();
            PopenOptions<byte[]> o = c.get(1).isEmpty() ? PopenOptions.bytes() : PopenOptions.bytes().cwd(c.get(1));
            org.osprey.os.OsException e = assertThrows(org.osprey.os.OsException.class,
                    () -> sp.popen(List.of(c.get(0)), o).close());
            assertEquals(python, pythonName(e) + " " + e.errno() + " " + e.filename(), c.toString());
        }
    }

    private static String pythonName(org.osprey.os.OsException e) {
        String n = e.getClass().getSimpleName();
        return n.equals("OsException") ? "OSError" : n.replace("OsException", "Error");
    }

    @Test
    void emptyArgsIsAnIndexErrorAsInPython() {
        assertThrows(IndexOutOfBoundsException.class, () -> sp.popen(List.of()));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = POSIX_CHILDREN)
    void bytesOutputIsWhatTheChildWrote() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        CompletedProcess<byte[]> done = sp.run(List.of("cat"), RunOptions.bytes().withInput(all).withCaptureOutput());
        assertArrayEquals(all, done.stdout());
        assertEquals("x", new String(sp.checkOutput(List.of("printf", "x")), UTF_8));
    }
}
