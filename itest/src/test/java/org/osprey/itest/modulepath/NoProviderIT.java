package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM with the API and glob jars and no provider: a small probe module calls {@code Os.get()} and the
 * higher-level {@code get()}s, and every call, the first and each later one, throws the same
 * {@code NoProviderException} naming the provider to add (not an {@code ExceptionInInitializerError} once and a
 * {@code NoClassDefFoundError} after). Run on the class path and on the module path.
 */
class NoProviderIT {
    private static final String PROBE = """
            package probe;

            public final class Probe {
                public static void main(String[] calls) {
                    for (String call : calls) {
                        try {
                            switch (call) {
                                case "os" -> org.osprey.os.Os.get();
                                case "glob" -> org.osprey.glob.Glob.get();
                                case "fnmatch" -> org.osprey.fnmatch.Fnmatch.get();
                                default -> throw new AssertionError(call);
                            }
                            System.out.println(call + " returned");
                        } catch (RuntimeException | LinkageError e) {
                            System.out.println(call + " threw " + e.getClass().getName() + ": " + e.getMessage());
                        }
                    }
                }
            }
            """;

    @TempDir
    static Path tmp;
    private static String jars;
    private static Path probe;

    /** The probe compiled as a module that requires org.osprey.glob (which requires the API), against the jars. */
    @BeforeAll
    static void compileProbe() throws Exception {
        ModuleFinder all = ModuleFinder.of(Arrays.stream(System.getProperty("osprey.modulepath")
                .split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
        List<String> paths = new ArrayList<>();
        for (String module : new String[] {"org.osprey.api", "org.osprey.glob"}) {
            paths.add(Path.of(all.find(module).orElseThrow().location().orElseThrow()).toString());
        }
        jars = String.join(File.pathSeparator, paths);
        Path src = Files.createDirectories(tmp.resolve("src/probe"));
        Files.writeString(src.resolve("Probe.java"), PROBE);
        Files.writeString(tmp.resolve("src/module-info.java"), "module probe { requires org.osprey.glob; }");
        probe = tmp.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--module-path", jars, "-d",
                probe.toString(), src.resolve("Probe.java").toString(), tmp.resolve("src/module-info.java").toString());
        assertEquals(0, rc, "the probe compiles");
    }

    @Test
    void onTheClassPathEveryGetThrowsTheSameClearException() throws Exception {
        sameClearExceptionFromEveryCall("-cp", jars + File.pathSeparator + probe, "probe.Probe");
    }

    @Test
    void onTheModulePathEveryGetThrowsTheSameClearException() throws Exception {
        sameClearExceptionFromEveryCall("--module-path", jars + File.pathSeparator + probe, "-m", "probe/probe.Probe");
    }

    private static void sameClearExceptionFromEveryCall(String... launch) throws Exception {
        for (List<String> calls : List.of(List.of("os", "os", "glob", "fnmatch"), List.of("glob", "glob", "os"))) {
            List<String> lines = run(launch, calls);
            assertEquals(calls.size(), lines.size(), lines.toString());
            String expected = " threw org.osprey.os.NoProviderException: No Osprey provider was found for ";
            String message = lines.get(0).substring(calls.get(0).length());
            assertTrue(message.startsWith(expected), lines.get(0));
            assertTrue(message.contains("found no org.osprey.os.spi.OsProvider on the class path or module path"),
                    message);
            assertTrue(message.contains("Add the provider module org.osprey.posix (Maven artifact "
                    + "org.osprey:posix.bundle)"), message);
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(calls.get(i) + message, lines.get(i), "call " + (i + 1) + " of " + calls);
            }
        }
    }

    private static List<String> run(String[] launch, List<String> calls) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(launch));
        command.addAll(calls);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe finishes");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
