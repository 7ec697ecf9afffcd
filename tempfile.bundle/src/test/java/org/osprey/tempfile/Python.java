package org.osprey.tempfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a real CPython as a separate process: the reference these tests compare with. */
public final class Python {
    private Python() {
    }

    /** CPython 3.13.0 from pyenv, for behaviour that 3.12 introduced ({@code delete_on_close}, {@code delete}). */
    public static String python313() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path python = Path.of(root, "versions", "3.13.0", "bin", "python3");
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException("these tests need CPython 3.13.0 at " + python);
        }
        return python.toString();
    }

    /** The script's standard output; {@code env} is added to the child's environment. */
    public static String run(String python, Map<String, String> env, String script, String... args) {
        List<String> command = new ArrayList<>(List.of(python, "-c", script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out;
            try (var stdin = p.getOutputStream(); var stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException(python + " failed (" + p.exitValue() + ") on: " + script);
            }
            return out.strip();
        } catch (IOException e) {
            throw new IllegalStateException(python + " is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
