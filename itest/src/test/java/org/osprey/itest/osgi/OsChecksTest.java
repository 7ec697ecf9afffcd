package org.osprey.itest.osgi;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osprey.itest.checks.OsChecks;
import org.osprey.os.Os;

/** The module-path checks, run here against the {@code Os} service of a real Felix framework. */
class OsChecksTest {
    @InjectService(timeout = 10_000)
    Os os;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCheckPassesInsideTheFramework() {
        return OsChecks.ALL.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path dir = tmp.resolve(c.name().replaceAll("\\W+", "_"));
            java.nio.file.Files.createDirectory(dir);
            OsChecks.run(c, os, dir);
        }));
    }

    @org.junit.jupiter.api.Test
    void osGetFindsTheServiceToo() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(os.providerId(), Os.get().providerId());
        org.junit.jupiter.api.Assertions.assertEquals(os.getcwd(), Os.get().getcwd());
    }
}
