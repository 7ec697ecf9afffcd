package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start compiles as it stands, imports and all, and does its job on a real tree. */
class QuickStartIT {
    /** The quick start in the README, its source as group 1 (MavenCoordinatesIT builds it too). */
    static final Pattern BLOCK = Pattern.compile("```java\\n(import .*?public class Backup .*?)```",
            Pattern.DOTALL);

    @Test
    void theBackupScriptCompilesAndRuns(@TempDir Path tmp) throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
        assertTrue(m.find(), "the README has the quick start");
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("Backup.java"), m.group(1));
        String jars = System.getProperty("osprey.modulepath");
        Path classes = tmp.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", jars, "-d", classes.toString(),
                src.resolve("Backup.java").toString());
        assertEquals(0, rc, "the quick start compiles against the jars");

        Path data = Files.createDirectories(tmp.resolve("data/docs"));
        Files.writeString(data.resolve("a.txt"), "hello");
        Files.writeString(data.resolve("b.tmp"), "scratch");
        Files.createDirectories(tmp.resolve("data/.git"));
        Files.writeString(tmp.resolve("data/.git/HEAD"), "ref");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", jars + File.pathSeparator + classes, "Backup",
                tmp.resolve("data").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "it finishes");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(tmp.resolve("data") + ": 12 bytes", lines.get(0), out); // .git pruned from the walk
        assertTrue(lines.get(1).startsWith("[Errno 17] File exists: "), out);
        assertEquals("1 text files", lines.get(2), out);
        assertEquals("2 files archived", lines.get(3), out); // a.txt and .git/HEAD; b.tmp ignored
    }
}
