package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;

/** The map as a {@link ByteBuffer} for Java code: the same bytes, and what happens to a view kept too long. */
class BufferViewTest {
    private final Os os = Os.get();
    private final Mmap mmap = Mmap.of(os);
    @TempDir
    Path dir;

    @Test
    void theViewIsTheMap() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, 4096)) {
            ByteBuffer view = m.buffer();
            assertEquals(4096, view.capacity());
            m.write(MapFiles.ascii("abc"));
            assertEquals('b', view.get(1));
            view.put(3, (byte) 'd');
            assertArrayEquals(MapFiles.ascii("abcd"), m.get(0, 4));
        }
    }

    @Test
    void aViewKeptPastCloseIsSafeAndNoLongerTheFile() throws Exception {
        Path file = dir.resolve("f");
        int fd = MapFiles.withData(os, file, MapFiles.ascii("file data"));
        ByteBuffer view;
        try (MemoryMap m = mmap.mmap(fd, 0)) {
            view = m.buffer();
            assertEquals('f', view.get(0));
        } finally {
            os.close(fd);
        }
        view.put(0, (byte) 'X');
        if (os.providerId().startsWith("posix")) {
            assertEquals(0, view.get(1), "zero pages in place of the file's");
            assertArrayEquals(MapFiles.ascii("file data"), MapFiles.content(os, file), "a late write goes nowhere");
        } else {
            assertEquals('i', view.get(1), "the JDK keeps the file mapped until the buffer is garbage");
        }
    }

    @Test
    void resizeWaitsForTheViewsToBeGarbage() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, 4096)) {
            Supported.of(os).run("mmap.resize", () -> m.resize(4096));
            ByteBuffer view = m.buffer().asReadOnlyBuffer().slice(1, 10); // derived views hold the root
            assertEquals("mmap can't resize with extant buffers exported.",
                    assertThrows(IllegalStateException.class, () -> m.resize(8192)).getMessage());
            assertEquals(0, view.get(0));
            view = null;
            boolean resized = false;
            for (int i = 0; i < 100 && !resized; i++) {
                System.gc();
                Thread.sleep(10);
                try {
                    m.resize(8192);
                    resized = true;
                } catch (IllegalStateException e) {
                    // the cleaner has not run yet
                }
            }
            assertTrue(resized, "once the view is garbage, resize goes ahead");
            assertEquals(8192, m.length());
        }
    }

    @Test
    void aReadOnlyMapGivesAReadOnlyView() throws Exception {
        int fd = MapFiles.withData(os, dir.resolve("f"), MapFiles.ascii("data"));
        try (MemoryMap m = mmap.mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ))) {
            assertTrue(m.buffer().isReadOnly());
        } finally {
            os.close(fd);
        }
    }
}
