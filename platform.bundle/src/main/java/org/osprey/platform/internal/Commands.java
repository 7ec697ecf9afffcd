package org.osprey.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small system command as CPython's {@code platform} does ({@code uname -p}, Windows' {@code ver}), with
 * the JDK's {@code ProcessBuilder}, so it works on every provider. A command that cannot start, fails, or takes
 * more than ten seconds answers nothing; each prints far less than a pipe holds.
 */
final class Commands {
    private static final long TIMEOUT_SECONDS = 10;

    private Commands() {
    }

    static Optional<String> output(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())));
        // the output is parsed: force the C locale, as CPython does for file(1)
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            try {
                // the commands print a line or a few, which the pipe holds until the child has ended
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    return Optional.empty();
                }
                return Optional.of(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .strip());
            } finally {
                process.destroy();
                process.getInputStream().close();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
