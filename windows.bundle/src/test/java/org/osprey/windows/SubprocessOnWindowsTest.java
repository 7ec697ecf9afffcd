package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.Errno;
import org.osprey.os.Os;
import org.osprey.os.PermissionOsException;
import org.osprey.os.ProcessInformation;
import org.osprey.subprocess.CompletedProcess;
import org.osprey.subprocess.Popen;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;
import org.osprey.subprocess.RunOptions;
import org.osprey.subprocess.Subprocess;
import org.osprey.subprocess.TimeoutExpired;
import org.osprey.testing.Python;

/**
 * {@code subprocess} on this provider, children started by {@code _winapi.CreateProcess}, against CPython 3.13's
 * {@code subprocess.run} with the same request on the same machine: what a child receives (its arguments after
 * {@code list2cmdline} and the child's C runtime, its environment, its directory, its input) and what comes back
 * (its output, error output and return code). Requests reach CPython hex-encoded on standard input, so the JDK's
 * own quoting of the oracle's command line never enters the comparison. On Windows only.
 */
@EnabledOnOs(OS.WINDOWS)
@Timeout(120)
class SubprocessOnWindowsTest {
    /** The child both sides start: what it was given, as asked by its first argument. */
    private static final String CHILD = """
            import json, os, sys
            mode = sys.argv[1]
            if mode == 'argv':
                sys.stdout.write(json.dumps(sys.argv[2:]))
            elif mode == 'cwd':
                sys.stdout.write(os.getcwd())
            elif mode == 'env':
                sys.stdout.write(json.dumps(sorted((k, v) for k, v in os.environ.items() if k.upper().startswith('OSPREY'))))
            elif mode == 'echo':
                data = sys.stdin.buffer.read()
                sys.stdout.buffer.write(data.upper())
                sys.stdout.flush()
                sys.stderr.write(str(len(data)))
            elif mode == 'exit':
                sys.exit(int(sys.argv[2]))
            elif mode == 'sleep':
                import time
                time.sleep(60)
            """;
    /** CPython's {@code subprocess.run} of one request: the output and error output in hex, the return code. */
    private static final String ORACLE = """
            import subprocess, sys
            lines = sys.stdin.read().split('\\n')
            def text(h):
                return bytes.fromhex(h[1:]).decode()
            shell = lines[0] == '1'
            cwd = None if lines[1] == '-' else text(lines[1])
            env = None if lines[2] == '-' else dict((text(k), text(v)) for k, v in (p.split(':') for p in lines[2].split(' ')))
            data = None if lines[3] == '-' else bytes.fromhex(lines[3][1:])
            stderr = subprocess.STDOUT if lines[4] == 'stdout' else subprocess.PIPE
            args = [text(a) for a in lines[5:] if a]
            if lines[5].startswith('s'):
                args = args[0]
            r = subprocess.run(args, shell=shell, cwd=cwd, env=env, input=data, stdout=subprocess.PIPE, stderr=stderr)
            print((r.stdout or b'').hex())
            print((r.stderr or b'').hex())
            print(r.returncode)
            """;

    @TempDir
    static Path tmp;
    private static String python;
    private static String child;
    private static Path oracle;

    private final Os os = Os.of(new WindowsProvider());
    private final Subprocess sp = Subprocess.of(os);

    @BeforeAll
    static void scripts() throws Exception {
        python = Python.require313().run("import sys; print(sys.executable)").strip();
        child = Files.writeString(tmp.resolve("child.py"), CHILD).toString();
        oracle = Files.writeString(tmp.resolve("oracle.py"), ORACLE);
    }

    /** One {@code run}: a list of arguments or one string, and the keywords both sides are given. */
    private record Request(List<String> args, String string, boolean shell, String cwd, Map<String, String> env,
            byte[] input, boolean stderrToStdout) {
        static Request of(String... args) {
            return new Request(List.of(args), null, false, null, null, null, false);
        }

        static Request shell(String command) {
            return new Request(List.of(), command, true, null, null, null, false);
        }

        Request inDir(String dir) {
            return new Request(args, string, shell, dir, env, input, stderrToStdout);
        }

        Request withEnv(Map<String, String> variables) {
            return new Request(args, string, shell, cwd, variables, input, stderrToStdout);
        }

        Request withInput(byte[] data) {
            return new Request(args, string, shell, cwd, env, data, stderrToStdout);
        }

        Request mergingStderr() {
            return new Request(args, string, shell, cwd, env, input, true);
        }

        private static String hex(String s) {
            return "x" + HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
        }

        String encoded() {
            List<String> lines = new ArrayList<>(List.of(shell ? "1" : "0", cwd == null ? "-" : hex(cwd),
                    env == null ? "-" : env.entrySet().stream().map(e -> hex(e.getKey()) + ":" + hex(e.getValue()))
                            .collect(Collectors.joining(" ")),
                    input == null ? "-" : "x" + HexFormat.of().formatHex(input), stderrToStdout ? "stdout" : "pipe"));
            if (string != null) {
                lines.add("s" + hex(string).substring(1));
            } else {
                args.forEach(a -> lines.add(hex(a)));
            }
            return String.join("\n", lines);
        }
    }

    private static String answer(byte[] stdout, byte[] stderr, int returncode) {
        HexFormat hex = HexFormat.of();
        return hex.formatHex(stdout == null ? new byte[0] : stdout) + "\n"
                + hex.formatHex(stderr == null ? new byte[0] : stderr) + "\n" + returncode;
    }

    private String ours(Request r) throws Exception {
        PopenOptions<byte[]> popen = PopenOptions.bytes().shell(r.shell()).stdout(Redirect.PIPE)
                .stderr(r.stderrToStdout() ? Redirect.STDOUT : Redirect.PIPE);
        if (r.cwd() != null) {
            popen = popen.cwd(r.cwd());
        }
        if (r.env() != null) {
            popen = popen.env(r.env());
        }
        RunOptions<byte[]> run = RunOptions.of(popen);
        if (r.input() != null) {
            run = run.withInput(r.input());
        }
        CompletedProcess<byte[]> done = r.string() != null ? sp.run(r.string(), run) : sp.run(r.args(), run);
        return answer(done.stdout(), done.stderr(), done.returncode());
    }

    private static String cpython(Request r) {
        return Python.require313().runFileWithInput(oracle, r.encoded()).strip().replace("\r\n", "\n");
    }

    private void assertAsCPython(Request r) throws Exception {
        assertEquals(cpython(r), ours(r), r.encoded());
    }

    /** The variables Python needs to start at all, and those of the test. */
    private Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : List.of("SYSTEMROOT", "PATH", "COMSPEC")) {
            String value = os.environ().get(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.putAll(extra);
        return env;
    }

    @Test
    void argumentsWithSpacesQuotesAndBackslashesArriveAsWithCPython() throws Exception {
        String[] tricky = {"a b", "", "c\"d", "e\\", "f\\\\\"g", "\\\\server\\share\\", "tab\there", "\u00e9\u20ac",
                "\"quoted\"", "trailing \\\\", "%PATH%", "a&b|c"};
        List<String> args = new ArrayList<>(List.of(python, child, "argv"));
        args.addAll(List.of(tricky));
        Request r = Request.of(args.toArray(String[]::new));
        assertAsCPython(r);
        // and list2cmdline round-trips through the child's C runtime: each argument arrives as it was
        String json = Python.require313().withInput("import json, sys\n"
                + "print(json.dumps(sys.stdin.buffer.read().decode().split('\\0')))", String.join("\0", tricky)).strip();
        assertEquals(json, new String(sp.run(args, RunOptions.bytes().withCaptureOutput()).stdout(),
                StandardCharsets.UTF_8));
    }

    @Test
    void shellIsComspecSlashCAsCPython() throws Exception {
        Map<String, String> env = env(Map.of("OSPREY_SHELL", "from env"));
        assertAsCPython(Request.shell("echo %OSPREY_SHELL%& echo a \"b c\"& exit /b 4").withEnv(env));
        assertAsCPython(new Request(List.of("echo", "x y", "%OSPREY_SHELL%"), null, true, null, env, null, false));
    }

    @Test
    void environmentIsTheOneGivenAsCPython() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("OSPREY_A", "1");
        extra.put("osprey_b", "\u00e9 \u20ac");
        extra.put("Osprey_A", "2"); // equal to OSPREY_A but for case: the last given is kept
        extra.put("OSPREY_EMPTY", "");
        assertAsCPython(Request.of(python, child, "env").withEnv(env(extra)));
    }

    @Test
    void workingDirectoryAsCPython() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("work dir \u00e9"));
        assertAsCPython(Request.of(python, child, "cwd").inDir(dir.toString()));
        // a missing one: CPython's error, [WinError 267] or 2, without a file name
        String missing = tmp.resolve("missing").toString();
        String theirs = Python.require313().withInput("import subprocess, sys\ntry:\n"
                + "    subprocess.run([sys.executable, '-c', 'pass'], cwd=sys.stdin.buffer.read().decode())\n"
                + "except OSError as e:\n    print(type(e).__name__, e.winerror, e.filename)", missing).strip();
        var e = assertThrows(org.osprey.os.OsException.class,
                () -> sp.run(List.of(python, "-c", "pass"), RunOptions.bytes().withPopen(PopenOptions.bytes().cwd(missing))));
        assertEquals(theirs, e.getClass().getSimpleName().replace("OsException", "Error") + " "
                + (e.winerror().isPresent() ? e.winerror().getAsInt() : "None") + " " + (e.filename() == null ? "None" : e.filename()));
    }

    @Test
    void pipesAndCommunicateAsCPython() throws Exception {
        byte[] input = "hello\r\nworld\u00e9".getBytes(StandardCharsets.UTF_8);
        assertAsCPython(Request.of(python, child, "echo").withInput(input));
        assertAsCPython(Request.of(python, child, "echo").withInput(input).mergingStderr());
        assertAsCPython(Request.of(python, child, "echo").withInput(new byte[1 << 20])); // more than a pipe holds
    }

    @Test
    void returncodesAsCPython() throws Exception {
        for (String code : List.of("0", "3", "255", "65536")) {
            assertAsCPython(Request.of(python, child, "exit", code));
        }
    }

    @Test
    void aTimeoutThenKillAsCPython() throws Exception {
        String theirs = Python.require313().withInput("import subprocess, sys\n"
                + "p = subprocess.Popen([sys.executable, sys.stdin.buffer.read().decode(), 'sleep'])\n"
                + "print(p.poll())\ntry:\n    p.wait(0.2)\nexcept subprocess.TimeoutExpired:\n    print('timeout')\n"
                + "p.kill()\nprint(p.wait())\np.kill()\nprint(p.returncode)", child).strip();
        StringBuilder ours = new StringBuilder();
        try (Popen<byte[]> p = sp.popen(List.of(python, child, "sleep"))) {
            assertNull(p.poll());
            ours.append("None\n");
            assertThrows(TimeoutExpired.class, () -> p.waitFor(Duration.ofMillis(200)));
            ours.append("timeout\n");
            p.kill();
            ours.append(p.waitFor()).append('\n');
            p.kill(); // reaped: nothing is done
            ours.append(p.returncode());
        }
        assertEquals(theirs.replace("\r\n", "\n"), ours.toString());
        var t = assertThrows(TimeoutExpired.class, () -> sp.run(List.of(python, child, "sleep"),
                RunOptions.bytes().withTimeout(Duration.ofMillis(300))));
        assertEquals(Duration.ofMillis(300), t.timeout());
    }

    /** The {@code _winapi} calls themselves: a child started, waited for, its code read, both handles closed. */
    @Test
    void winapiCallsStartWaitAndEndAChild() throws Exception {
        ProcessInformation started = os.createprocess("\"" + python + "\" -c \"import sys; sys.exit(7)\"",
                CreateProcessOptions.defaults().withApplicationName(python));
        try {
            assertEquals(Os.WAIT_OBJECT_0, os.waitforsingleobject(started.process(), Os.INFINITE));
            assertEquals(7, os.getexitcodeprocess(started.process()));
            // an ended process cannot be terminated: CPython's terminate() reads the code then
            assertThrows(PermissionOsException.class, () -> os.terminateprocess(started.process(), 1));
        } finally {
            os.closehandle(started.thread());
            os.closehandle(started.process());
        }
        ProcessInformation sleeping = os.createprocess("\"" + python + "\" \"" + child + "\" sleep",
                CreateProcessOptions.defaults());
        try {
            assertEquals(Os.WAIT_TIMEOUT, os.waitforsingleobject(sleeping.process(), 0));
            assertEquals(Os.STILL_ACTIVE, os.getexitcodeprocess(sleeping.process()));
            os.terminateprocess(sleeping.process(), 9);
            assertEquals(Os.WAIT_OBJECT_0, os.waitforsingleobject(sleeping.process(), Os.INFINITE));
            assertEquals(9, os.getexitcodeprocess(sleeping.process()));
        } finally {
            os.closehandle(sleeping.thread());
            os.closehandle(sleeping.process());
        }
        // never a handle closed already: its value may be another's by now
        assertEquals(WinErrors.ERROR_INVALID_HANDLE, assertThrows(org.osprey.os.OsException.class,
                () -> os.closehandle(0)).winerror().getAsInt());
        assertEquals(Errno.windows().asMap().get("EBADF"), assertThrows(org.osprey.os.OsException.class, () -> os.getOsfhandle(9999))
                .errno());
    }
}
