package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code jlink} image of the main job's modules (the demo program, the API, both providers, the text layer),
 * made with the JDK that runs the tests, runs the program: {@code image/bin/java -m org.osprey.cli facts}.
 */
class JlinkIT {
    private static final Path IMAGE = Path.of("target", "jlink-image").toAbsolutePath();
    private static final String MODULES = "org.osprey.cli,org.osprey.posix,org.osprey.nio";

    @BeforeAll
    static void link() throws Exception {
        if (Files.exists(IMAGE)) {
            try (Stream<Path> old = Files.walk(IMAGE)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        String out = run(List.of(jlink.toString(), "--module-path", System.getProperty("osprey.jlink.modulepath"),
                "--add-modules", MODULES, "--strip-debug", "--no-header-files", "--no-man-pages",
                "--generate-cds-archive",
                "--output", IMAGE.toString()));
        assertTrue(Files.isExecutable(IMAGE.resolve("bin/java")), out);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " finishes");
        assertEquals(0, p.exitValue(), command + ":\n" + out);
        return out;
    }

    private static String java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/java").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void theImageHoldsTheModulesAndOnlyWhatTheyNeedOfTheJdk() throws Exception {
        List<String> modules = java("--list-modules").lines().map(l -> l.split("@")[0]).sorted().toList();
        assertEquals(List.of("java.base", "java.logging", "jdk.unsupported", "org.osprey.api", "org.osprey.cli",
                "org.osprey.io", "org.osprey.nio", "org.osprey.posix"), modules);
    }

    @Test
    void factsRunInTheImageOnTheNativeProvider() throws Exception {
        String facts = java("-m", "org.osprey.cli", "facts");
        assertTrue(facts.contains("provider     posix (jnr)"), facts);
        assertTrue(facts.lines().anyMatch(l -> l.startsWith("supports_dir_fd") && l.contains("stat")), facts);
        assertTrue(facts.contains("os.getcwd()  " + Path.of("").toAbsolutePath()), facts);
    }

    @Test
    void aWalkRunsInTheImageOnEitherProvider(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/f.txt"), "x");
        String expected = "walk " + dir + ": 3 directories, 1 files, 0 errors";
        String posix = java("-m", "org.osprey.cli", "walk", dir.toString());
        assertTrue(posix.contains(expected), posix);
        String nio = java("-Dosprey.provider=nio", "-m", "org.osprey.cli", "walk", dir.toString());
        assertTrue(nio.contains(expected), nio);
    }

    /** The image has the JDK's base CDS archive, so an archive of the program's classes can be added to it. */
    @Test
    void anApplicationClassArchiveIsWrittenAndUsedInTheImage() throws Exception {
        Path archive = IMAGE.resolveSibling("jlink-facts.jsa");
        Files.deleteIfExists(archive);
        String first = java("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-m", "org.osprey.cli", "facts");
        assertTrue(Files.size(archive) > 0, "an archive is written");
        // -Xshare:on: the JVM stops rather than run without the archive
        String second = java("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-m", "org.osprey.cli", "facts");
        assertEquals(first.lines().filter(l -> !l.startsWith("os.getpid()")).toList(),
                second.lines().filter(l -> !l.startsWith("os.getpid()")).toList());
    }

    /** What jlink checked: every package a descriptor lists is a Java package name (no native folders). */
    @Test
    void everyModulePackageIsAJavaPackageName() {
        Path[] jars = Stream.of(System.getProperty("osprey.jlink.modulepath").split(File.pathSeparator))
                .map(Path::of).toArray(Path[]::new);
        ModuleFinder.of(jars).findAll().forEach(module -> module.descriptor().packages().forEach(pkg ->
                assertTrue(SourceVersion.isName(pkg), module.descriptor().name() + " lists " + pkg)));
    }
}
