package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osprey.testing.BundleImports;

/** The shell's bundle imports the {@code os} API and never the provider SPI (it names the SPI only as a string). */
class ApiOnlyTest {
    @Test
    void importsTheApiNotTheSpi() throws Exception {
        assertTrue(BundleImports.requireApiOnly().contains("org.osprey.os"));
    }
}
