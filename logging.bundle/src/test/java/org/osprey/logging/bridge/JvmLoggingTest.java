package org.osprey.logging.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.logging.Logging;

/**
 * {@link JvmLogging}'s choice by what is present, each case in a JVM of its own whose class path has, or lacks,
 * SLF4J and a provider.
 */
class JvmLoggingTest {
    /** Prints the chosen backend and the chosen handler's class, then logs one warning through it. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(JvmLogging.backend() + " " + JvmLogging.handler().getClass().getSimpleName());
            org.osprey.logging.Logger log = Logging.getLogger("probe");
            log.addHandler(JvmLogging.handler());
            log.setPropagate(false);
            log.warning("through %s", JvmLogging.backend());
        }
    }

    private static String run(Predicate<String> keep) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(keep).collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath, Probe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static boolean logback(String entry) {
        return entry.contains("logback");
    }

    private static boolean slf4j(String entry) {
        return entry.contains("slf4j");
    }

    @Test
    void slf4jWithAProvider() throws Exception {
        assertTrue(System.getProperty("java.class.path").contains("logback-classic"));
        String out = run(entry -> true);
        List<String> lines = out.lines().toList();
        assertEquals("SLF4J Slf4jHandler", lines.get(0), out);
        assertTrue(lines.get(1).matches(".*WARN probe -- through SLF4J"), out);
    }

    @Test
    void slf4jWithoutAProviderIsNotChosen() throws Exception {
        String out = run(entry -> !logback(entry));
        assertTrue(out.contains("No SLF4J providers were found"), out);
        assertTrue(out.contains("JUL JulHandler\n"), out);
        assertTrue(out.contains("WARNING: through JUL"), out);
    }

    @Test
    void withoutSlf4jAtAllJul() throws Exception {
        String out = run(entry -> !logback(entry) && !slf4j(entry));
        List<String> lines = out.lines().toList();
        assertEquals("JUL JulHandler", lines.get(0), out);
        // JUL's source class is the caller's source file's class (Python's pathname)
        assertTrue(lines.get(1).endsWith(" org.osprey.logging.bridge.JvmLoggingTest main"), out);
        assertEquals("WARNING: through JUL", lines.get(2), out);
    }
}
