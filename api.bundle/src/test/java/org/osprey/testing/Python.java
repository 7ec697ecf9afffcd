package org.osprey.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the machine's python3, the behaviour oracle, on a script fed through stdin. */
public final class Python {
    private Python() {
    }

    /** Runs {@code code} with {@code input} on stdin and returns stdout; fails on a non-zero exit. */
    public static String run(String code, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", "-c", code)).redirectErrorStream(false).start();
        try {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("python3 failed: " + err);
            }
            return out;
        } finally {
            p.destroy();
        }
    }
}
