package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osprey.itest.checks.Checks;
import org.osprey.os.Os;

/** The module-path checks of every module, run here against the {@code Os} service of a real Felix framework. */
class ChecksTest {
    @InjectService(timeout = 10_000)
    Os os;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCheckPassesInsideTheFramework() {
        return Checks.ALL.stream().map(c -> DynamicTest.dynamicTest(c.module() + ": " + c.name(), () -> {
            Path dir = tmp.resolve((c.module() + "_" + c.name()).replaceAll("\\W+", "_"));
            Files.createDirectory(dir);
            Checks.run(c, os, dir);
        }));
    }

    @Test
    void osGetFindsTheServiceToo() throws Exception {
        assertEquals(os.providerId(), Os.get().providerId());
        assertEquals(os.getcwd(), Os.get().getcwd());
    }
}
