package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pure-Java provider's jar beside the POSIX provider's: ServiceLoader finds both, the native one wins by
 * rank, {@code osprey.provider=nio} forces the pure-Java one, and alone it serves. On the module path and on the
 * class path.
 */
class NioProviderIT {
    private static final String ANSWER = "return org.osprey.os.Os.get().providerId() + \" \""
            + " + org.osprey.os.Os.get().path().isdir(\"/\");";

    @ParameterizedTest
    @EnumSource(Probe.On.class)
    void rankedBelowPosixAndChosenWhenAskedOrAlone(Probe.On on, @TempDir Path tmp) throws Exception {
        Probe both = Probe.compile(tmp.resolve("both"), ANSWER, "org.osprey.api", "org.osprey.api",
                "org.osprey.posix", "org.osprey.nio");
        assertEquals(List.of("get posix (jnr) true"), both.run(on, List.of(), List.of("get")));
        assertEquals(List.of("get nio (pure Java) true"),
                both.run(on, List.of("-Dosprey.provider=nio"), List.of("get")));
        Probe alone = Probe.compile(tmp.resolve("alone"), ANSWER, "org.osprey.api", "org.osprey.api",
                "org.osprey.nio");
        assertEquals(List.of("get nio (pure Java) true"), alone.run(on, List.of(), List.of("get")));
    }
}
