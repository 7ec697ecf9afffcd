package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real python3 {@code shutil} as the reference, through {@code src/test/python/archive_oracle.py}. Python 3.13
 * from pyenv is preferred (its {@code unpack_archive} has every PEP 706 filter); else {@code python3}.
 */
final class Oracle {
    private static final String SCRIPT = Path.of("src/test/python/archive_oracle.py").toAbsolutePath().toString();
    private static final String PYTHON = findPython();

    private Oracle() {
    }

    private static String findPython() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path p313 = Path.of(root, "versions", "3.13.0", "bin", "python3");
        return Files.isExecutable(p313) ? p313.toString() : "python3";
    }

    /** The script's output lines; fails the test if it fails. Arguments are passed as file-system bytes. */
    static List<String> run(String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPT));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out;
            try (var stdin = p.getOutputStream(); var stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (p.waitFor() != 0) {
                throw new AssertionError("python failed (" + p.exitValue() + "): " + command);
            }
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        } catch (IOException e) {
            throw new IllegalStateException("python3 is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void build(String dir, String variant) {
        run("build", dir, variant);
    }

    static String make(String baseName, String format, String rootDir) {
        return run("make", baseName, format, rootDir).get(0);
    }

    static void unpack(String file, String dir, String filter) {
        run("unpack", file, dir, filter);
    }

    static List<String> describe(String dir, boolean withMtime) {
        return withMtime ? run("describe", dir) : run("describe", dir, "nomtime");
    }
}
