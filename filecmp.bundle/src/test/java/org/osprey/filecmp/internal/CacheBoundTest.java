package org.osprey.filecmp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.Os;

/** The comparison cache stays bounded the way CPython bounds it. */
class CacheBoundTest {
    @TempDir
    Path tmp;

    @Test
    void theCacheIsClearedOnceItHoldsMoreThanAHundredComparisons() throws Exception {
        Os os = Os.get();
        FilecmpImpl filecmp = new FilecmpImpl(os);
        Path a = tmp.resolve("a");
        Files.writeString(a, "same");
        os.utimeNs(a.toString(), 1L, 1L, At.DEFAULT);
        int max = 0;
        for (int i = 0; i < 150; i++) {
            Path b = tmp.resolve("b" + i);
            Files.writeString(b, "same");
            os.utimeNs(b.toString(), 2L, 2L, At.DEFAULT);
            assertTrue(filecmp.cmp(a.toString(), b.toString()));
            max = Math.max(max, filecmp.cacheSize());
        }
        assertEquals(101, max, "CPython clears when it holds more than 100, before adding the new one");
        filecmp.clearCache();
        assertEquals(0, filecmp.cacheSize());
    }
}
