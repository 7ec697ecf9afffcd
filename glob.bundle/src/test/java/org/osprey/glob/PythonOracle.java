package org.osprey.glob;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a python script of {@code src/test/python} as a separate process: CPython 3.13.0 when pyenv has it
 * (the version Osprey follows), else the machine's {@code python3}.
 */
final class PythonOracle {
    private PythonOracle() {
    }

    static String interpreter() {
        String pyenvRoot = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path v313 = Path.of(pyenvRoot, "versions", "3.13.0", "bin", "python3");
        return Files.isExecutable(v313) ? v313.toString() : "python3";
    }

    /** The script's standard output for the given standard input; arguments arrive in {@code sys.argv[1:]}. */
    static String run(String script, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(interpreter(), Path.of("src/test/python", script).toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.US_ASCII));
            }
            String out;
            try (var stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.US_ASCII);
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException(script + " failed (" + p.exitValue() + ")");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("python3 is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
