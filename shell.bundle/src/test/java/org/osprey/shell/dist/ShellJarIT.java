package org.osprey.shell.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return runJava(List.of(), input, args);
    }

    private Run runJava(List<String> jvmOptions, String input, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", JAR.toString()));
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

    /** The line CPython prints for the OSError that {@code os.FUNCTION(path)} raises. */
    static String pythonError(String function, String path) {
        return Python.run("import os,sys\ntry:\n    os." + function + "(sys.argv[1])\nexcept OSError as e:\n"
                + "    print(type(e).__name__ + ': ' + str(e))", path).strip();
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
        String python = pythonError("stat", missing);
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
        assertTrue(lines.get(0).matches(" +NAME +ID +RANK +STATE +PLATFORMS +SUPPORTS"), r.out());
        assertTrue(lines.get(1).matches("\\* +posix +posix \\(jnr\\) +100 +enabled +linux-x86_64,\\S*darwin\\S* +"
                + "DirectoryDescriptors,\\S*Processes,MemoryMaps,UnixSockets"), r.out());
        assertTrue(lines.get(2).matches(" +nio +nio \\(pure Java\\) +0 +enabled +any +"
                + "Identity,SystemInfo,Processes,MemoryMaps"), r.out());
        assertEquals(3, lines.size(), r.out());
    }

    /** The mark and state of each provider in an {@code osprey:providers} table: {@code *posix enabled}. */
    private static List<String> marks(String table) {
        return table.lines().filter(l -> l.matches("[ *g!]* +(posix|nio) .*")).map(l -> l.replaceFirst("^g! ", "")
                .replaceAll("^(.) +(\\S+) .*? (enabled|disabled) .*", "$1$2 $3").strip()).toList();
    }

    @Test
    void useSwitchesTheProviderAtRunTimeAndProvidersMarksIt() throws Exception {
        Files.writeString(dir.resolve("only"), "");
        Run r = run("osprey:use nio\nosprey:providers\nos:listdir " + dir + "\nosprey:use posix\nosprey:providers\n"
                + "os:listdir " + dir + "\n");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("g! the os service is served by 'nio (pure Java)' (nio)\n"), r.out());
        assertTrue(r.out().contains("g! the os service is served by 'posix (jnr)' (posix)\n"), r.out());
        assertEquals(List.of("posix disabled", "*nio enabled", "*posix enabled", "nio disabled"), marks(r.out()));
        assertEquals(2, r.out().split("g! only\n", -1).length - 1, "listdir on each provider: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void useOfAnUnknownProviderIsAValueErrorNamingTheProviders() throws Exception {
        Run r = run("", "osprey:use", "nope");
        assertEquals(1, r.status());
        assertEquals("ValueError: no provider is named 'nope'; the providers are posix ('posix (jnr)'), "
                + "nio ('nio (pure Java)')\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void theProviderOptionAndPropertyStartTheShellWithAnotherProvider() throws Exception {
        for (Run r : List.of(run("", "--provider", "nio", "osprey:providers"),
                runJava(List.of("-Dosprey.provider=nio"), "", "osprey:providers"))) {
            assertEquals(0, r.status(), r.err());
            assertEquals(List.of("posix disabled", "*nio enabled"), marks(r.out()));
        }
        Run named = run("", "--provider", "posix (jnr)", "osprey:providers");
        assertEquals(List.of("*posix enabled", "nio disabled"), marks(named.out()));
        Run unknown = runJava(List.of("-Dosprey.provider=nope"), "", "os:listdir", dir.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("ValueError: no provider is named 'nope'"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void aScriptRunsItsCommandsInOrderAndStopsAtTheFirstFailureWithItsStatus() throws Exception {
        Files.writeString(dir.resolve("only"), "");
        String missing = dir.resolve("missing").toString();
        Path script = dir.resolve("steps.osh");
        Files.writeString(script, "# list, filter, then fail\n\nos:listdir " + dir + "\n  # an indented comment\n"
                + "fnmatch:filter a.txt b.log c.txt '*.txt'\nos:stat " + missing + "\nos:listdir /\n");
        String python = pythonError("stat", missing);
        for (Run r : List.of(run("", script.toString()), run("", "-f", script.toString()))) {
            assertEquals(1, r.status(), r.err());
            assertEquals("only\nsteps.osh\na.txt\nc.txt\n", r.out(), "the last line never ran");
            assertEquals("osprey: " + script + ", line 6: os:stat " + missing + "\n" + python + "\n", r.err());
        }
    }

    @Test
    void aScriptEndsWithTheStatusOfAFailingProgramAndZeroWhenAllSucceed() throws Exception {
        Path failing = dir.resolve("failing");
        Files.writeString(failing, "subprocess:run true\nsubprocess:run sh -c \"exit 7\"\nos:listdir /\n");
        Run r = run("", "-f", failing.toString());
        assertEquals(7, r.status(), r.err());
        assertEquals("osprey: " + failing + ", line 2: subprocess:run sh -c \"exit 7\"\n", r.err());
        assertEquals("", r.out());

        Path fine = dir.resolve("fine.osh");
        Files.writeString(fine, "# nothing fails\nfnmatch:filter x.txt '*.txt'\n");
        Run ok = run("", "--provider", "nio", fine.toString());
        assertEquals(0, ok.status(), ok.err());
        assertEquals("x.txt\n", ok.out());
    }

    @Test
    void aMissingScriptSaysSoAsPythonDoes() throws Exception {
        Run r = run("", "-f", dir.resolve("none.osh").toString());
        assertEquals(2, r.status());
        assertEquals("osprey: can't open file '" + dir.resolve("none.osh") + "': FileNotFoundError: [Errno 2] No such "
                + "file or directory: '" + dir.resolve("none.osh") + "'\n", r.err());
    }

    @Test
    void anUnknownCommandExitsOne() throws Exception {
        Run r = run("", "os:lsdir", "/");
        assertEquals(1, r.status());
        assertEquals("Command not found: os:lsdir\n", r.err());
    }

    @Test
    void withoutArgumentsGogoReadsCommandsUntilTheEndAndErrorsArePythonsLines() throws Exception {
        Files.writeString(dir.resolve("only"), "");
        String missing = dir.resolve("nope").toString();
        Run r = run("os:listdir " + dir + "\nos:listdir " + missing + "\nsubprocess:run true\n");
        String python = pythonError("listdir", missing);
        assertEquals(0, r.status(), r.err());
        assertEquals("g! only\ng! g! CompletedProcess(args=['true'], returncode=0)\ng! ", r.out());
        assertEquals(python + "\n", r.err(), "the error as in one-command mode, no stack trace");
    }
}
