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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

/**
 * A small module {@code probe} with one class {@code probe.Probe}, compiled against Osprey's built jars and run in
 * JVMs of its own, on the class path or on the module path. For each argument it prints the argument and what
 * {@code answer} returned for it, or the exception it threw.
 */
final class Probe {
    private static final String SOURCE = """
            package probe;

            public final class Probe {
                public static void main(String[] calls) {
                    for (String call : calls) {
                        try {
                            System.out.println(call + " " + answer(call));
                        } catch (RuntimeException | LinkageError e) {
                            System.out.println(call + " threw " + e.getClass().getName() + ": " + e.getMessage());
                        }
                    }
                }

                private static String answer(String call) {
                    %s
                }
            }
            """;

    /** Where the probe and the jars go. */
    enum On {
        CLASS_PATH, MODULE_PATH
    }

    private final String path;

    private Probe(String path) {
        this.path = path;
    }

    /**
     * The probe whose {@code answer(String call)} has the body {@code answer}, compiled in {@code dir} as a module
     * requiring {@code module}, to run with the built jars of {@code modules} (which {@code module} is among) and of the modules they require.
     */
    static Probe compile(Path dir, String answer, String module, String... modules) throws Exception {
        String jars = jars(modules);
        Path src = Files.createDirectories(dir.resolve("src/probe"));
        Files.writeString(src.resolve("Probe.java"), SOURCE.formatted(answer));
        Path info = Files.writeString(dir.resolve("src/module-info.java"), "module probe { requires " + module + "; }");
        Path classes = dir.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--module-path", jars, "-d",
                classes.toString(), src.resolve("Probe.java").toString(), info.toString());
        assertEquals(0, rc, "the probe compiles");
        return new Probe(jars + File.pathSeparator + classes);
    }

    private static String jars(String... modules) {
        ModuleFinder all = ModuleFinder.of(Arrays.stream(System.getProperty("osprey.modulepath")
                .split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
        // the named modules and what they require (org.osprey.api needs org.osprey.io), as the JVM would resolve them
        List<String> paths = new ArrayList<>();
        for (var resolved : ModuleLayer.boot().configuration().resolve(all, ModuleFinder.of(), Set.of(modules))
                .modules()) {
            paths.add(Path.of(resolved.reference().location().orElseThrow()).toString());
        }
        paths.sort(null);
        return String.join(File.pathSeparator, paths);
    }

    /**
     * The lines the probe prints, run {@code on} the class path or the module path with the JVM options
     * {@code options} and the arguments {@code calls}; it exits 0.
     */
    List<String> run(On on, List<String> options, List<String> calls) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(on == On.CLASS_PATH ? List.of("-cp", path, "probe.Probe")
                : List.of("--module-path", path, "-m", "probe/probe.Probe"));
        command.addAll(calls);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe finishes");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
