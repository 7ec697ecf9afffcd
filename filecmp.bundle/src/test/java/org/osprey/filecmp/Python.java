package org.osprey.filecmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs CPython 3.13 (pyenv's, else the machine's python3), the behaviour oracle, and returns its stdout bytes. */
final class Python {
    private Python() {
    }

    static final String EXECUTABLE = find();

    private static String find() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path py313 = Path.of(root, "versions", "3.13.0", "bin", "python3");
        return Files.isExecutable(py313) ? py313.toString() : "python3";
    }

    /** Whether the oracle knows 3.13's {@code dircmp(..., shallow=...)}. */
    static boolean is313() {
        return !EXECUTABLE.equals("python3");
    }

    static byte[] run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-c", script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
        Process p = pb.start();
        try (var stdin = p.getOutputStream(); var stdout = p.getInputStream()) {
            byte[] out = stdout.readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(EXECUTABLE + " failed on: " + script);
            }
            return out;
        } finally {
            p.destroy();
        }
    }
}
