package org.osprey.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real CPython run as a separate process: the behaviour oracle the tests compare with. A script's arguments
 * arrive in {@code sys.argv[1:]}; a failing or hanging script fails the test with its standard error.
 */
public final class Python {
    /** The machine's {@code python3}. */
    public static final Interpreter DEFAULT = new Interpreter("python3");
    /** CPython 3.13.0 from pyenv where it is installed (modern behaviour), else the machine's {@code python3}. */
    public static final Interpreter MODERN = pyenv313() == null ? DEFAULT : new Interpreter(pyenv313().toString());

    private static final long TIMEOUT_SECONDS = 120;
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private Python() {
    }

    /** {@link #DEFAULT}'s standard output for the script. */
    public static String run(String script, String... args) {
        return DEFAULT.run(script, args);
    }

    /** {@link #DEFAULT}'s standard output for the script, one element per line. */
    public static List<String> lines(String script, String... args) {
        return DEFAULT.lines(script, args);
    }

    /** {@link #DEFAULT}'s standard output for the script when {@code input} is its standard input. */
    public static String withInput(String script, String input) {
        return DEFAULT.withInput(script, input);
    }

    /** CPython 3.13.0, for behaviour older versions lack; fails when pyenv does not have it. */
    public static Interpreter require313() {
        if (pyenv313() == null) {
            throw new IllegalStateException("these tests need CPython 3.13.0 under pyenv (PYENV_ROOT)");
        }
        return MODERN;
    }

    private static Path pyenv313() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path python = Path.of(root, "versions", "3.13.0", "bin", "python3");
        return Files.isExecutable(python) ? python : null;
    }

    /** One CPython executable. */
    public static final class Interpreter {
        private final String executable;

        private Interpreter(String executable) {
            this.executable = executable;
        }

        public String executable() {
            return executable;
        }

        /** Whether this is CPython 3.13 (not the fallback). */
        public boolean is313() {
            return !executable.equals(DEFAULT.executable);
        }

        /** The script's standard output, decoded as UTF-8. */
        public String run(String script, String... args) {
            return text(runBytes(script, args));
        }

        /** The script's standard output, one element per line. */
        public List<String> lines(String script, String... args) {
            String out = run(script, args);
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        /** The script's standard output as bytes (file names that are not UTF-8 stay intact). */
        public byte[] runBytes(String script, String... args) {
            return call(argv(List.of("-c", script), args), "");
        }

        /** The script file's standard output. */
        public String runFile(Path script, String... args) {
            return runFileWithInput(script, "", args);
        }

        /** The script file's standard output when {@code input} is its standard input. */
        public String runFileWithInput(Path script, String input, String... args) {
            return text(call(argv(List.of(script.toString()), args), input));
        }

        /** The script's standard output when {@code input} is its standard input. */
        public String withInput(String script, String input) {
            return text(call(argv(List.of("-c", script)), input));
        }

        private List<String> argv(List<String> head, String... args) {
            List<String> command = new ArrayList<>();
            command.add(executable);
            command.addAll(head);
            command.addAll(List.of(args));
            return command;
        }
    }

    private static String text(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        // print's "\n" reaches a Windows pipe as "\r\n" (os.linesep): the tests compare lines, not line endings
        return WINDOWS ? text.replace("\r\n", "\n") : text;
    }

    private static byte[] call(List<String> command, String stdin) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (WINDOWS) {
                // a Windows pipe gets the ANSI code page otherwise; text() decodes UTF-8
                builder.environment().put("PYTHONIOENCODING", "utf-8");
            }
            Process p = builder.start();
            try {
                // stderr is drained beside stdout so that neither pipe can fill up and stall the child
                CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
                byte[] out;
                // closed now rather than when collected, so that tests can count this process's descriptors
                try (var in = p.getOutputStream(); var stdout = p.getInputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    in.close();
                    out = stdout.readAllBytes();
                }
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(command + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(command.get(0) + " failed (" + p.exitValue() + ") on "
                            + command.subList(1, command.size()) + ":\n"
                            + new String(err.join(), StandardCharsets.UTF_8));
                }
                return out;
            } finally {
                p.getErrorStream().close();
                p.destroy();
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
