package org.osprey.shutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs CPython, the behaviour oracle: pyenv's 3.13.0 where installed (modern shutil), else the machine's python3. */
final class Python {
    private static final String EXECUTABLE = find();

    private Python() {
    }

    private static String find() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path modern = Path.of(root, "versions", "3.13.0", "bin", "python3");
        return Files.isExecutable(modern) ? modern.toString() : "python3";
    }

    /** The script's standard output; {@code args} arrive in {@code sys.argv[1:]}. */
    static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(EXECUTABLE + " failed: " + err);
            }
            return out;
        } finally {
            p.destroy();
        }
    }
}
