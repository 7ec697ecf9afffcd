package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * Another process mapping the same file (a python3 child with CPython's mmap) sees what an {@code ACCESS_WRITE}
 * map writes, before any flush (both map the same page cache), and never what an {@code ACCESS_COPY} map writes;
 * and the other way round.
 */
class CrossProcessTest {
    /** Maps the file shared in CPython and prints its first bytes; with a second argument, writes it there first. */
    private static final String CHILD = """
            import mmap, sys
            with open(sys.argv[1], 'r+b') as f, mmap.mmap(f.fileno(), 0) as m:
                if len(sys.argv) > 2:
                    data = sys.argv[2].encode()
                    m[:len(data)] = data
                print(m[:8].decode())
            """;

    private final Os os = Os.get();
    private final Mmap mmap = Mmap.of(os);
    @TempDir
    Path dir;

    @Test
    void writesThroughAWriteMapAreSeenByAPythonChild() throws Exception {
        Path file = dir.resolve("shared");
        int fd = MapFiles.withData(os, file, MapFiles.ascii("........"));
        try (MemoryMap m = mmap.mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_WRITE))) {
            m.write(MapFiles.ascii("osprey!!"));
            assertEquals("osprey!!", Python.run(CHILD, file.toString()).strip(), "no flush needed: one page cache");
            assertEquals("python!!", Python.run(CHILD, file.toString(), "python!!").strip());
            assertArrayEquals(MapFiles.ascii("python!!"), m.get(0, 8), "the child's write is seen here");
        } finally {
            os.close(fd);
        }
    }

    @Test
    void writesThroughACopyMapAreNot() throws Exception {
        Path file = dir.resolve("private");
        int fd = MapFiles.withData(os, file, MapFiles.ascii("........"));
        try (MemoryMap m = mmap.mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_COPY))) {
            m.write(MapFiles.ascii("private!"));
            m.flush();
            assertEquals("........", Python.run(CHILD, file.toString()).strip());
            assertArrayEquals(MapFiles.ascii("private!"), m.get(0, 8), "the copy keeps its own pages");
        } finally {
            os.close(fd);
        }
        assertArrayEquals(MapFiles.ascii("........"), MapFiles.content(os, file));
    }
}
