package org.osprey.itest.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.Python;

/**
 * The Karaf features file in Apache Karaf 4.4: a fresh Karaf ({@code bin/karaf clean}, in the foreground, its
 * console driven through standard input, as Karaf enables no user for {@code bin/client}) adds the features file,
 * installs {@code osprey}, lists the bundles and the {@code Os} service, and calls the services from the console's
 * Gogo scripting. The published file names Osprey's bundles by {@code mvn:} URLs, which Karaf resolves from the local
 * Maven repository; here, before {@code mvn install}, those URLs are pointed at the jars just built, and nothing
 * else of the file changes.
 */
class KarafIT {
    private static final Pattern OSPREY_URL = Pattern.compile("mvn:org\\.osprey/([^/<]+)/([^/<]+)");
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");
    private static final List<String> BUNDLES = List.of("org.osprey.api", "org.osprey.io", "org.osprey.posix",
            "org.osprey.nio", "org.osprey.shutil", "org.osprey.tempfile", "org.osprey.glob", "org.osprey.filecmp",
            "org.osprey.linecache", "org.osprey.subprocess", "org.osprey.mmap", "org.osprey.platform", "org.osprey.sys",
            "org.osprey.logging",
            "org.apache.commons.commons-compress",
            "org.apache.commons.commons-io", "org.apache.commons.lang3", "org.apache.commons.commons-codec",
            "org.tukaani.xz");

    @TempDir
    Path tmp;

    /** The published features file with each {@code mvn:org.osprey/...} URL turned into the built jar's. */
    private Path featuresForTheBuiltJars() throws Exception {
        Map<String, String> jars = new HashMap<>();
        for (String jar : System.getProperty("osprey.modulepath").split(File.pathSeparator)) {
            jars.put(Path.of(jar).getFileName().toString(), Path.of(jar).toUri().toString());
        }
        String published = Files.readString(Path.of(System.getProperty("osprey.karaf.features")));
        Matcher m = OSPREY_URL.matcher(published);
        StringBuilder local = new StringBuilder();
        while (m.find()) {
            String jar = m.group(1) + "-" + m.group(2) + ".jar";
            // the comment's feature:repo-add line names the features file itself, not a bundle
            String url = m.group(1).equals("osprey-karaf") ? m.group() : jars.get(jar);
            assertTrue(url != null, "no built jar " + jar + " for " + m.group());
            m.appendReplacement(local, Matcher.quoteReplacement(url));
        }
        m.appendTail(local);
        return Files.writeString(tmp.resolve("features.xml"), local);
    }

    /**
     * Karaf looks for mvn: URLs in Maven's local repository of this build, where the bundles the features name
     * are (the itest module depends on them); what is not there (Karaf's own scr feature) it downloads.
     */
    private static void useMavensLocalRepository(Path home) throws Exception {
        Path config = home.resolve("etc/org.ops4j.pax.url.mvn.cfg");
        String settings = Files.readString(config);
        String local = "org.ops4j.pax.url.mvn.localRepository=";
        if (!settings.contains("\n" + local)) {
            Files.writeString(config, settings + "\n" + local + System.getProperty("osprey.karaf.repository") + "\n");
        }
    }

    /**
     * The console opens only once Karaf has started: the commands below are typed in at once, and on a loaded
     * machine an early console read {@code feature:repo-add} before the feature commands were registered.
     */
    private static void delayTheConsole(Path home) throws Exception {
        Path custom = home.resolve("etc/custom.properties");
        String settings = Files.readString(custom);
        String delay = "karaf.delay.console=true";
        if (!settings.contains("\n" + delay)) {
            Files.writeString(custom, settings + "\n" + delay + "\n");
        }
    }

    /** Karaf from clean, the console's lines typed in; what it printed, without ANSI colours. */
    private static String runKaraf(Path home, String console) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "clean")
                .directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("EXTRA_JAVA_OPTS", "-Dosprey.native.cache=" + Path.of("target", "native-cache")
                .toAbsolutePath());
        Process karaf = pb.start();
        try {
            try (OutputStream in = karaf.getOutputStream()) {
                in.write(console.getBytes(StandardCharsets.UTF_8));
            }
            String out = ANSI.matcher(new String(karaf.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .replaceAll("");
            assertTrue(karaf.waitFor(90, TimeUnit.SECONDS), "Karaf stops after logout:\n" + out);
            return out;
        } finally {
            karaf.destroyForcibly();
        }
    }

    @Test
    void theOspreyFeatureInstallsAndItsServicesWork() throws Exception {
        Path home = Path.of(System.getProperty("osprey.karaf.home"));
        assumeTrue(Files.isExecutable(home.resolve("bin/karaf")),
                "Apache Karaf was not unpacked into " + home + " (maven-dependency-plugin, execution karaf)");
        useMavensLocalRepository(home);
        delayTheConsole(home);
        Path features = featuresForTheBuiltJars();
        Path file = Files.writeString(tmp.resolve("eleven.txt"), "eleven byte");
        String console = String.join("\n",
                "feature:repo-add " + features.toUri(),
                "feature:install osprey",
                "bundle:list -s -t 0",
                "service:list org.osprey.os.Os",
                "os = ($.context getService ($.context getServiceReference org.osprey.os.Os))",
                "echo OSPREY-provider ($os providerId)",
                "echo OSPREY-cwd ($os getcwd)",
                "echo OSPREY-size (($os stat " + file + ") size)",
                "shutil = ($.context getService ($.context getServiceReference org.osprey.shutil.Shutil))",
                "echo OSPREY-which (($shutil which sh) orElse none)",
                "logout", "");

        String out = runKaraf(home, console);
        if (out.contains("Command not found: feature:")) {
            // the console still raced the feature commands' registration (seen at load 15+): once more, from clean
            out = runKaraf(home, console);
        }

        Map<String, String> states = out.lines().map(l -> l.split("│"))
                .filter(cols -> cols.length == 5)
                .collect(Collectors.toMap(cols -> cols[4].strip(), cols -> cols[1].strip(), (a, b) -> a));
        for (String bundle : BUNDLES) {
            assertEquals("Active", states.get(bundle), bundle + " in:\n" + out);
        }
        assertTrue(out.contains("Provided by : \n Osprey API"), "the Os service, from the API bundle:\n" + out);
        assertFalse(out.contains("Error executing command"), out);

        assertEquals("posix (jnr)", result(out, "provider"));
        assertEquals(home.toRealPath().toString(), result(out, "cwd"));
        assertEquals("11", result(out, "size"));
        assertEquals(Python.run("import shutil; print(shutil.which('sh'))").strip(), result(out, "which"));
    }

    /** What the console printed after {@code echo OSPREY-name}. */
    private static String result(String out, String name) {
        String prefix = "OSPREY-" + name + " ";
        return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "in:\n" + out));
    }
}
