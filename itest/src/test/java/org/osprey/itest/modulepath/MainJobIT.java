package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./osprey}, as a person runs it from the checkout: the Osprey shell, here with
 * one command at a time (the shell's own tests drive its prompt).
 */
class MainJobIT {
    private static String run(String... args) throws Exception {
        Path script = Path.of("..", "osprey").toAbsolutePath().normalize();
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(script.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start(); // a first build says so on stderr
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "./osprey finishes");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void oneCommandAtATime(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/f.txt"), "x");
        assertEquals("a", run("os:listdir", dir.toString()).strip());
        String walk = run("os:walk", dir.toString());
        assertTrue(walk.contains("f.txt"), walk);
        assertTrue(run("osprey:providers").contains("posix"), "the providers");
    }
}
