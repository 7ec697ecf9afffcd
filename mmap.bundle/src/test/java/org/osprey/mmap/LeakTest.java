package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;

/** No map and no descriptor outlives its owner: close releases both at once, the cleaner what was dropped. */
class LeakTest {
    private final Os os = Os.get();
    private final Mmap mmap = Mmap.of(os);
    @TempDir
    Path dir;

    /** How many mappings of {@code file} the process has ({@code /proc/self/maps}). */
    private static long mappingsOf(Path file) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.endsWith(file.toString()))
                .count();
    }

    @Test
    void closeUnmapsAndClosesAtOnce() throws Exception {
        assumeTrue(OpenFds.available() && os.providerId().startsWith("posix"), "/proc and real munmap");
        Path file = dir.resolve("leak-close");
        int fd = MapFiles.withData(os, file, new byte[8192]);
        try {
            List<String> before = OpenFds.described();
            for (int i = 0; i < 500; i++) {
                MemoryMap m = mmap.mmap(fd, 0);
                m.set(i % 8192, 1);
                m.close();
            }
            assertEquals(0, mappingsOf(file), "every map is gone from /proc/self/maps");
            assertEquals(List.of(), OpenFds.openedSince(before), "every duplicated descriptor is closed");
        } finally {
            os.close(fd);
        }
    }

    @Test
    void aDroppedMapIsClosedByTheCleaner() throws Exception {
        assumeTrue(OpenFds.available() && os.providerId().startsWith("posix"), "/proc and real munmap");
        Path file = dir.resolve("leak-dropped");
        int fd = MapFiles.withData(os, file, new byte[8192]);
        try {
            List<String> before = OpenFds.described();
            for (int i = 0; i < 200; i++) {
                mmap.mmap(fd, 0).set(0, 1); // dropped unclosed
            }
            for (int i = 0; i < 100 && (mappingsOf(file) > 0 || !OpenFds.openedSince(before).isEmpty()); i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertEquals(0, mappingsOf(file));
            assertTrue(OpenFds.openedSince(before).isEmpty(), () -> "left open: " + OpenFds.openedSince(before));
        } finally {
            os.close(fd);
        }
    }
}
