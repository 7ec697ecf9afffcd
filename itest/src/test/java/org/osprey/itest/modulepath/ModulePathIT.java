package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osprey.itest.checks.Checks;

/**
 * The same checks as in the framework, in a plain JVM: {@code java --module-path api:posix:itest -m ...}.
 * No class path and no OSGi: the provider is found by ServiceLoader through the modules' uses/provides.
 */
class ModulePathIT {
    @Test
    void everyCheckPassesOnThePlainModulePath() throws Exception {
        String modulePath = System.getProperty("osprey.modulepath");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath,
                "-m", "org.osprey.itest/" + Checks.class.getName()).redirectErrorStream(true).start();
        String out = readAll(p);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the checks finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains(Checks.ALL.size() + " passed, 0 failed"), out);
        assertTrue(out.contains("provider posix"), out);
    }

    private static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void moduleDescriptorsDeclareTheServiceBinding() throws Exception {
        for (String jar : System.getProperty("osprey.modulepath").split(java.io.File.pathSeparator)) {
            assertTrue(Files.isRegularFile(Path.of(jar)), jar);
        }
        var finder = java.lang.module.ModuleFinder.of(List.of(System.getProperty("osprey.modulepath")
                .split(java.io.File.pathSeparator)).stream().map(Path::of).toArray(Path[]::new));
        var api = finder.find("org.osprey.api").orElseThrow().descriptor();
        var posix = finder.find("org.osprey.posix").orElseThrow().descriptor();
        assertTrue(api.uses().contains("org.osprey.os.spi.OsProvider"), api.toString());
        assertTrue(posix.provides().stream().anyMatch(x -> x.service().equals("org.osprey.os.spi.OsProvider")),
                posix.toString());
        assertTrue(posix.exports().isEmpty(), "the provider exports nothing: " + posix.exports());
    }
}
