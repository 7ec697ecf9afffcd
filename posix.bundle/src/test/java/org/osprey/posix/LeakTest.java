package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.OsProvider;
import org.osprey.posix.abi.Abi;

/** No call, failing or not, leaves a file descriptor open. */
class LeakTest {
    private final PosixProvider provider = new PosixProvider();
    private final Os os = Os.of(provider);
    @TempDir
    Path tmp;

    private static long openDescriptors() throws Exception {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void thousandsOfCallsLeaveTheDescriptorCountUnchanged() throws Exception {
        String dir = tmp.toString();
        String file = tmp.resolve("file").toString();
        Files.writeString(Path.of(file), "x");
        for (int i = 0; i < 20; i++) {
            Files.writeString(tmp.resolve("f" + i), "x");
        }
        os.symlink("nowhere", dir + "/dangling");
        int dirFlags = Abi.O_RDONLY | DirTest.abi().oDirectory();
        long before = openDescriptors();
        for (int i = 0; i < 2000; i++) {
            os.stat(file);
            assertThrows(OsException.class, () -> os.stat(dir + "/missing"));
            os.listdir(dir);
            assertThrows(OsException.class, () -> os.listdir(dir + "/missing"));
            assertThrows(OsException.class, () -> os.listdir(file));
            try (ScandirIterator it = os.scandir(dir)) {
                it.next(); // abandoned half-way, then closed
            }
            int fd = provider.open(dir, dirFlags, 0, OsProvider.NO_DIR_FD);
            os.listdir(fd);
            try (DirStream d = provider.opendir(fd)) {
                d.next();
                d.close(); // twice: idempotent
            }
            provider.close(fd);
            int fileFd = provider.open(file, Abi.O_RDONLY, 0, OsProvider.NO_DIR_FD);
            assertThrows(OsException.class, () -> os.listdir(fileFd));
            provider.close(fileFd);
            assertThrows(OsException.class, () -> provider.open(dir + "/missing", Abi.O_RDONLY, 0,
                    OsProvider.NO_DIR_FD));
            assertThrows(OsException.class, () -> os.readlink(file));
            assertThrows(OsException.class, () -> os.mkdir(dir));
            os.readlink(dir + "/dangling");
        }
        assertEquals(before, openDescriptors());
    }

    @Test
    void aDroppedStreamIsClosedWhenCollected() throws Exception {
        long before = openDescriptors();
        for (int i = 0; i < 100; i++) {
            provider.opendir(tmp.toString()).next(); // never closed
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (openDescriptors() > before && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(before, openDescriptors());
    }
}
