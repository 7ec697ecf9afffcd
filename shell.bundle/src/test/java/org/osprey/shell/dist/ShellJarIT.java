package org.osprey.shell.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.Python;

/**
 * The exported distribution, {@code target/osprey-shell.jar}, run as a person runs it: {@code java -jar} with one
 * command (what it prints, its exit status), and with none, Gogo's shell reading commands from its input.
 */
class ShellJarIT {
    private static final Path JAR = Path.of(System.getProperty("osprey.shell.jar", "target/osprey-shell.jar"));

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private record Run(int status, String out, String err, long millis) {
    }

    private Run run(String input, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        long start = System.nanoTime();
        // stderr to a file, so that neither stream can fill up while the test reads the other
        Path errFile = Files.createTempFile(logs, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shell did not end: " + cmd);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(p.exitValue(), out, Files.readString(errFile), millis);
    }

    @Test
    void listdirPrintsTheNamesAndExitsZero() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "");
        Files.createDirectory(dir.resolve("a dir"));
        Run r = run("", "os:listdir", dir.toString());
        System.out.println("osprey-shell.jar: start-up to the end of os:listdir took " + r.millis() + " ms");
        assertEquals(0, r.status(), r.err());
        assertEquals("a dir\nb.txt\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anOsErrorPrintsPythonsMessageWithoutAStackTraceAndExitsOne() throws Exception {
        String missing = dir.resolve("missing").toString();
        Run r = run("", "os:stat", missing);
        String python = Python.run("import os,sys\ntry:\n    os.stat(sys.argv[1])\nexcept OSError as e:\n"
                + "    print(type(e).__name__ + ': ' + str(e))", missing).strip();
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals(python + "\n", r.err());
    }

    @Test
    void diskUsageInHumanUnits() throws Exception {
        Run r = run("", "shutil:disk_usage", "/");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches(" *total +used +free +use"), r.out());
        assertTrue(lines.get(1).matches(" *[0-9.]+ [KMGTP]iB +[0-9.]+ [KMGTP]iB +[0-9.]+ [KMGTP]iB +\\d+%"), r.out());
    }

    @Test
    void runExitsWithTheChildsStatusAfterItsOutput() throws Exception {
        Run r = run("", "subprocess:run", "sh", "-c", "echo from the child; exit 3");
        assertEquals(3, r.status(), r.err());
        assertEquals("from the child\n", r.out());
    }

    @Test
    void argumentsReachTheCommandUnchanged() throws Exception {
        // neither Gogo's quoting nor its wildcard expansion touches them
        Run r = run("", "fnmatch:filter", "a.txt", "it's.txt", "b.py", "*.txt");
        assertEquals(0, r.status(), r.err());
        assertEquals("a.txt\nit's.txt\n", r.out());
    }

    @Test
    void providersShowsBothAndWhichServes() throws Exception {
        Run r = run("", "osprey:providers");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).matches("\\* +org\\.osprey\\.posix +org\\.osprey\\.posix\\.PosixProvider +100"),
                r.out());
        assertTrue(lines.get(2).matches(" +org\\.osprey\\.nio +org\\.osprey\\.nio\\.NioProvider +0"), r.out());
        assertTrue(r.out().contains("reports the id 'posix (jnr)'"), r.out());
    }

    @Test
    void anUnknownCommandExitsOne() throws Exception {
        Run r = run("", "os:lsdir", "/");
        assertEquals(1, r.status());
        assertEquals("Command not found: os:lsdir\n", r.err());
    }

    @Test
    void withoutArgumentsGogoReadsCommandsUntilTheEnd() throws Exception {
        Files.writeString(dir.resolve("only"), "");
        Run r = run("os:listdir " + dir + "\nos:listdir " + dir.resolve("nope") + "\n");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("g! only\n"), r.out());
        assertTrue(r.out().contains("[Errno 2] No such file or directory: '" + dir.resolve("nope") + "'"), r.out());
        assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace: " + r.out() + r.err());
    }
}
