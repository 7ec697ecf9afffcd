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
 * JVMs with the API and the POSIX provider and a probe that prints which provider {@code Os.get()} took: the system
 * property {@code osprey.provider} forces one by id or first word, and a name that matches none is a
 * {@code NoProviderException} naming what was asked and what was found, on the first call and each later one.
 * Run on the module path and on the class path. ({@code posix.bundle}'s {@code ProviderChoiceTest} has the rule.)
 */
class ProviderPropertyIT {
    private static final String ANSWER = "return org.osprey.os.Os.get().providerId();";

    private static Probe probe;

    @BeforeAll
    static void compileProbe(@TempDir Path tmp) throws Exception {
        probe = Probe.compile(tmp, ANSWER, "org.osprey.api", "org.osprey.api", "org.osprey.posix");
    }

    @ParameterizedTest
    @EnumSource(Probe.On.class)
    void thePropertyForcesAProviderOrFailsClearly(Probe.On on) throws Exception {
        assertEquals(List.of("get posix (jnr)"), probe.run(on, List.of(), List.of("get")));
        for (String name : List.of("posix", "posix (jnr)")) {
            assertEquals(List.of("get posix (jnr)", "get posix (jnr)"),
                    probe.run(on, List.of("-Dosprey.provider=" + name), List.of("get", "get")), name);
        }
        List<String> lines = probe.run(on, List.of("-Dosprey.provider=nope"), List.of("get", "get"));
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(lines.get(0), lines.get(1), "every call alike");
        String line = lines.get(0);
        assertTrue(line.startsWith("get threw org.osprey.os.NoProviderException: The system property osprey.provider "
                + "asks for the Osprey provider \"nope\", but no provider's id is \"nope\" or has it as its first "
                + "word; ServiceLoader found "), line);
        assertTrue(line.contains("\"posix (jnr)\" (org.osprey.posix.PosixProvider, rank 100)"), line);
        assertTrue(line.endsWith(" on the class path or module path."), line);
    }
}
