package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JVM with the API and glob jars and no provider: a small probe module calls {@code Os.get()} and the
 * higher-level {@code get()}s, and every call, the first and each later one, throws the same
 * {@code NoProviderException} naming the provider to add (not an {@code ExceptionInInitializerError} once and a
 * {@code NoClassDefFoundError} after). Run on the class path and on the module path.
 */
class NoProviderIT {
    private static final String ANSWER = """
            switch (call) {
                case "os" -> org.osprey.os.Os.get();
                case "glob" -> org.osprey.glob.Glob.get();
                case "fnmatch" -> org.osprey.fnmatch.Fnmatch.get();
                default -> throw new AssertionError(call);
            }
            return "returned";""";

    private static Probe probe;

    /** The probe, a module that requires org.osprey.glob (which requires the API), with those two jars only. */
    @BeforeAll
    static void compileProbe(@TempDir Path tmp) throws Exception {
        probe = Probe.compile(tmp, ANSWER, "org.osprey.glob", "org.osprey.api", "org.osprey.glob");
    }

    @ParameterizedTest
    @EnumSource(Probe.On.class)
    void everyGetThrowsTheSameClearException(Probe.On on) throws Exception {
        for (List<String> calls : List.of(List.of("os", "os", "glob", "fnmatch"), List.of("glob", "glob", "os"))) {
            List<String> lines = probe.run(on, List.of(), calls);
            assertEquals(calls.size(), lines.size(), lines.toString());
            String expected = " threw org.osprey.os.NoProviderException: No Osprey provider was found for ";
            String message = lines.get(0).substring(calls.get(0).length());
            assertTrue(message.startsWith(expected), lines.get(0));
            assertTrue(message.contains("found no org.osprey.os.spi.OsProvider on the class path or module path"),
                    message);
            assertTrue(message.contains("Add the provider module org.osprey.posix (Maven artifact "
                    + "org.osprey:osprey-posix)"), message);
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(calls.get(i) + message, lines.get(i), "call " + (i + 1) + " of " + calls);
            }
        }
    }
}
