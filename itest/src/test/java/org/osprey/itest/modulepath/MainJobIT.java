package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, {@code ./osprey}, as a person runs it from the checkout: it starts and does its job. */
class MainJobIT {
    private static String run(String... args) throws Exception {
        Path script = Path.of("..", "osprey").toAbsolutePath().normalize();
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(script.getParent().toFile()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "./osprey finishes");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void factsAndAWalk(@TempDir Path dir) throws Exception {
        assertTrue(run("facts").contains("supports_dir_fd"), "the platform facts");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/f.txt"), "x");
        String walk = run("walk", dir.toString());
        assertTrue(walk.contains("walk " + dir + ": 3 directories, 1 files, 0 errors"), walk);
    }
}
