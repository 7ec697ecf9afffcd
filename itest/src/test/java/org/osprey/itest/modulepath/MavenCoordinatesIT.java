package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven snippet is all a user needs: a separate project made of it alone resolves Osprey through the BOM
 * from a local repository laid out as {@code mvn install} lays it out, compiles the README's quick start and runs it.
 * The repository holds this build's artifacts and borrows every other group from the build's own local repository,
 * so the nested build runs offline.
 */
class MavenCoordinatesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile("```xml\\n(<dependencyManagement>.*?</dependencies>)\\n```",
            Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern OWN_ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern BOM_ENTRY = Pattern.compile(
            "<groupId>org\\.osprey</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>[^<]+</version>\\s*</dependency>");

    private final List<Path> links = new ArrayList<>();

    /** Unlinks the borrowed groups first, so cleaning the temporary directory never reaches the shared repository. */
    @AfterEach
    void unlink() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void theReadmeSnippetBuildsTheQuickStart(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher snippet = SNIPPET.matcher(readme);
        assertTrue(snippet.find(), "the README has the Maven snippet");
        Matcher quickStart = QuickStartIT.BLOCK.matcher(readme);
        assertTrue(quickStart.find(), "the README has the quick start");
        String version = System.getProperty("osprey.version");
        assertTrue(snippet.group(1).contains("<version>" + version + "</version>"), "the snippet names this version");

        Path repo = localRepository(tmp.resolve("repo"), version);
        Path project = Files.createDirectories(tmp.resolve("backup"));
        Files.writeString(project.resolve("pom.xml"), consumerPom(snippet.group(1)));
        Path src = Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(src.resolve("Backup.java"), quickStart.group(1));

        Path cpFile = project.resolve("cp.txt");
        String out = run(project, List.of("mvn", "-o", "-B", "-q", "-Dmaven.repo.local=" + repo,
                "compile", "dependency:build-classpath", "-Dmdep.outputFile=" + cpFile));
        String classpath = Files.readString(cpFile).trim();
        for (String jar : List.of("osprey-shutil", "osprey-tempfile", "osprey-subprocess", "osprey-api", "osprey-io",
                "osprey-glob", "osprey-posix",
                "commons-compress")) {
            assertTrue(classpath.contains("/" + jar + "-"), jar + " resolved through the snippet: " + classpath);
        }
        assertTrue(classpath.startsWith(repo.toString()), "resolved from the laid-out repository: " + out);

        Path data = Files.createDirectories(tmp.resolve("data/docs"));
        Files.writeString(data.resolve("a.txt"), "hello");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String ran = run(tmp, List.of(java.toString(), "-cp", project.resolve("target/classes") + ":" + classpath,
                "Backup", tmp.resolve("data").toString()));
        assertEquals(tmp.resolve("data") + ": 5 bytes", ran.lines().findFirst().orElse(""), ran);
    }

    /** {@code dir} as {@code mvn install} leaves a local repository: org/osprey/ID/VERSION/ID-VERSION.{pom,jar}. */
    private Path localRepository(Path dir, String version) throws IOException {
        Path shared = Path.of(System.getProperty("osprey.karaf.repository"));
        Path org = Files.createDirectories(dir.resolve("org"));
        try (Stream<Path> tops = Files.list(shared); Stream<Path> orgs = Files.list(shared.resolve("org"))) {
            for (Path top : (Iterable<Path>) tops::iterator) {
                if (!top.getFileName().toString().equals("org")) {
                    links.add(Files.createSymbolicLink(dir.resolve(top.getFileName().toString()), top));
                }
            }
            for (Path group : (Iterable<Path>) orgs::iterator) {
                if (!group.getFileName().toString().equals("osprey")) {
                    links.add(Files.createSymbolicLink(org.resolve(group.getFileName().toString()), group));
                }
            }
        }
        Map<String, Path> modules = modules();
        List<String> published = new ArrayList<>();
        Matcher entries = BOM_ENTRY.matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
        while (entries.find()) {
            published.add(entries.group(1));
        }
        assertTrue(published.size() >= 10, "the BOM lists the published artifacts: " + published);
        for (String id : published) {
            Path folder = modules.get(id);
            assertTrue(folder != null, "a module of the build is published as " + id);
            Path jar = folder.resolve("target/" + id + "-" + version + ".jar");
            assertTrue(Files.isRegularFile(jar), "built: " + jar);
            install(dir, id, version, folder.resolve("pom.xml"), jar);
        }
        install(dir, "osprey-parent", version, ROOT.resolve("pom.xml"), null);
        install(dir, "osprey-bom", version, ROOT.resolve("bom/pom.xml"), null);
        return dir;
    }

    /** artifact id -> module folder, from the root pom's module list. */
    private static Map<String, Path> modules() throws IOException {
        Map<String, Path> byId = new LinkedHashMap<>();
        Matcher m = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (m.find()) {
            Path folder = ROOT.resolve(m.group(1));
            Matcher own = OWN_ARTIFACT.matcher(Files.readString(folder.resolve("pom.xml")));
            if (own.find()) {
                byId.put(own.group(1), folder);
            }
        }
        return byId;
    }

    private static void install(Path repo, String id, String version, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("org/osprey").resolve(id).resolve(version));
        Files.copy(pom, dir.resolve(id + "-" + version + ".pom"));
        if (jar != null) {
            Files.copy(jar, dir.resolve(id + "-" + version + ".jar"));
        }
    }

    /** A user's project: the README's snippet and the plugin versions this build already has locally. */
    private static String consumerPom(String snippet) throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>backup</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s
                  <build>
                    <plugins>%s%s%s</plugins>
                  </build>
                </project>
                """.formatted(snippet, plugin(parent, "maven-compiler-plugin"), plugin(parent, "maven-resources-plugin"),
                plugin(parent, "maven-dependency-plugin"));
    }

    private static String plugin(String parentPom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(parentPom);
        assertTrue(m.find(), "the build pins " + artifactId);
        return "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>%s</artifactId><version>%s</version></plugin>"
                .formatted(artifactId, m.group(1));
    }

    private static String run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finishes: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + out);
        return out;
    }
}
