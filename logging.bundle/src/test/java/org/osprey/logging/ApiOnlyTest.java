package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osprey.testing.BundleImports;

/** The bundle's manifest imports the {@code os} API and never the provider SPI. */
class ApiOnlyTest {
    @Test
    void importsTheApiNotTheSpi() throws Exception {
        assertTrue(BundleImports.requireApiOnly().contains("org.osprey.os"));
    }
}
