package org.osprey.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An independent source for the Windows provider's numbers on Linux: mingw-w64's copies of the Windows headers
 * (Debian's {@code mingw-w64-x86-64-dev}) and its C compiler for x64 Windows ({@code gcc-mingw-w64-x86-64-win32}),
 * which {@code .ci/run} installs ({@link DebianPackages#need}).
 */
public final class WindowsHeaders {
    /** The headers' directory. */
    public static final Path INCLUDE = Path.of("/usr/x86_64-w64-mingw32/include");
    private static final String COMPILER = "x86_64-w64-mingw32-gcc";

    private WindowsHeaders() {
    }

    /** Skips the calling test where the headers are missing; fails it in CI on Linux. */
    public static void require() {
        DebianPackages.need(Files.isRegularFile(INCLUDE.resolve("windows.h")), INCLUDE + "/windows.h", "mingw-w64-x86-64-dev");
    }

    /**
     * Compiles C for x64 Windows, without linking or running it: the {@code _Static_assert}s of {@code source} hold,
     * or the compiler says which do not. Skips where the compiler is missing; fails in CI on Linux.
     *
     * @param source a C translation unit
     * @return the compiler's diagnostics, one a line; empty when it compiled cleanly
     */
    public static List<String> compile(String source) throws IOException, InterruptedException {
        Path compiler = Path.of("/usr/bin", COMPILER);
        DebianPackages.need(Files.isExecutable(compiler), compiler.toString(), "gcc-mingw-w64-x86-64-win32");
        Path dir = Files.createTempDirectory("osprey-mingw");
        try {
            Path file = Files.writeString(dir.resolve("check.c"), source);
            Process p = new ProcessBuilder(compiler.toString(), "-fsyntax-only", "-Werror", "-Wno-cpp",
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(COMPILER + " did not finish in 2 minutes");
            }
            List<String> diagnostics = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.contains("error:")) {
                    diagnostics.add(line.substring(line.indexOf("error:")).strip());
                }
            }
            if (p.exitValue() != 0 && diagnostics.isEmpty()) {
                diagnostics.add(out.strip());
            }
            return diagnostics;
        } finally {
            Files.deleteIfExists(dir.resolve("check.c"));
            Files.delete(dir);
        }
    }

}
