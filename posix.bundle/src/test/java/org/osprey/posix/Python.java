package org.osprey.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a python3 script as a separate process: the reference that the provider is checked against. */
public final class Python {
    private Python() {
    }

    /** The script's standard output; arguments arrive in {@code sys.argv[1:]}. */
    public static String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("python3 failed (" + p.exitValue() + ") on: " + script);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("python3 is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The script's output, one line per element. */
    public static List<String> lines(String script, String... args) {
        String out = run(script, args);
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
}
