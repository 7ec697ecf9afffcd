package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;

/**
 * What a process's first call costs the provider (issue 11): a new JVM lists a directory and its class-loading
 * log is read. Nothing on that way may spin a class at run time (a lambda's first use bootstraps invokedynamic;
 * a reflective call made 16 times generates an accessor), nor start {@code java.util.logging}.
 */
class StartPathTest {
    @TempDir
    Path tmp;

    /** Lists the directory it is given, through the provider, and prints how many entries it has. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            System.out.println("entries " + Os.of(new PosixProvider()).listdir(args[0]).size());
        }
    }

    @Test
    void theFirstListdirSpinsNoClassAndStartsNoLogging() throws Exception {
        Files.createFile(tmp.resolve("a"));
        Files.createFile(tmp.resolve("b"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Xlog:disable", "-Xlog:class+load=info:stdout:none",
                Child.class.getName(), tmp.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        assertTrue(lines.contains("entries 2"), "the child listed the directory");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("com.kenai.jffi.Foreign ")), "jffi is loaded");
        List<String> spun = lines.stream().filter(l -> l.startsWith("org.osprey.") && l.contains("$$Lambda")
                || l.contains(".GeneratedMethodAccessor") || l.contains(".GeneratedConstructorAccessor")).toList();
        assertEquals(List.of(), spun, "classes made at run time on the way to the first call");
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("java.util.logging.")).toList());
    }
}
