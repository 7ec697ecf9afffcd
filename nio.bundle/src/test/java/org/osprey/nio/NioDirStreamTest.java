package org.osprey.nio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.spi.DirStream;
import org.osprey.testing.OpenFds;

/** The pure-Java directory stream releases its directory when closed, and when dropped unclosed. */
class NioDirStreamTest {
    @TempDir
    Path tmp;

    @Test
    void closedOrDroppedStreamsLeaveNoDescriptorOpen() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        NioFiles files = new NioFiles();
        long before = OpenFds.count();
        for (int i = 0; i < 200; i++) {
            try (DirStream s = files.opendir(tmp.toString())) {
                assertTrue(s.next());
            }
        }
        for (int i = 0; i < 200; i++) {
            DirStream dropped = files.opendir(tmp.toString());
            assertTrue(dropped.next());
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (OpenFds.count() > before + 5 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertFalse(OpenFds.count() > before + 5, () -> "left open: " + (OpenFds.count() - before));
    }
}
