package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * A crash hunt: races that would touch unmapped memory if the lifetime were wrong (access after close, close
 * while reading, resize while reading, views kept past close, slices out of range), thousands of rounds on
 * several threads. A wrong answer fails the test; a JVM crash ends the run (surefire then fails the build).
 */
class CrashHuntTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 2000;

    private final Os os = Os.get();
    private final Mmap mmap = Mmap.of(os);
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    /** What a racing call may throw: the map closed, or an index that the resize moved out of range. */
    private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    private void expected(Throwable t) {
        boolean closed = t instanceof IllegalArgumentException && "mmap closed or invalid".equals(t.getMessage());
        if (!closed && !(t instanceof IndexOutOfBoundsException)) {
            unexpected.add(t);
        }
    }

    /** One racing call on {@code m}: a byte, a slice, a bulk read, a find, a write. */
    private static void touch(MemoryMap m, ThreadLocalRandom random) {
        long length = m.length();
        switch (random.nextInt(5)) {
            case 0 -> m.get(random.nextLong(length));
            case 1 -> m.get(random.nextLong(length), random.nextLong(length + 10));
            case 2 -> m.find(new byte[] {1, 2, 3}, 0);
            case 3 -> m.set(random.nextLong(length), 7);
            default -> m.get(0, length);
        }
    }

    @Test
    void accessAfterCloseIsAlwaysAValueError() throws Exception {
        int fd = MapFiles.withData(os, dir.resolve("f"), new byte[3 * mmap.PAGESIZE()]);
        try {
            for (int i = 0; i < ROUNDS; i++) {
                MemoryMap m = i % 2 == 0 ? mmap.mmap(-1, 3L * mmap.PAGESIZE()) : mmap.mmap(fd, 0);
                m.close();
                for (int k = 0; k < 5; k++) {
                    int call = k;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    assertEquals("mmap closed or invalid", assertThrows(IllegalArgumentException.class, () -> {
                        if (call == 4) {
                            m.read(1);
                        } else {
                            touch(m, random);
                        }
                    }).getMessage());
                }
            }
        } finally {
            os.close(fd);
        }
    }

    @Test
    void closeWhileOtherThreadsRead() throws Exception {
        int fd = MapFiles.withData(os, dir.resolve("f"), new byte[16 * 4096]);
        try {
            // fewer rounds: each waits for the threads to start and to stop, on a shared machine
            for (int round = 0; round < ROUNDS / 4; round++) {
                MemoryMap m = round % 2 == 0 ? mmap.mmap(fd, 0) : mmap.mmap(-1, 16 * 4096);
                CountDownLatch started = new CountDownLatch(THREADS);
                CountDownLatch done = new CountDownLatch(THREADS);
                for (int t = 0; t < THREADS; t++) {
                    pool.execute(() -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        started.countDown();
                        try {
                            while (true) {
                                touch(m, random);
                            }
                        } catch (Throwable e) {
                            expected(e);
                        } finally {
                            done.countDown();
                        }
                    });
                }
                started.await();
                if (round % 3 == 0) {
                    pool.execute(() -> close(m)); // two closers at once
                }
                close(m);
                assertTrue(done.await(30, TimeUnit.SECONDS), "every reader saw the close");
            }
        } finally {
            os.close(fd);
        }
        assertEquals(List.of(), List.copyOf(unexpected));
    }

    private void close(MemoryMap m) {
        try {
            m.close();
        } catch (OsException e) {
            unexpected.add(e);
        }
    }

    @Test
    void resizeWhileOtherThreadsRead() throws Exception {
        Path file = dir.resolve("f");
        int fd = MapFiles.withData(os, file, new byte[4 * 4096]);
        try (MemoryMap m = mmap.mmap(fd, 0)) {
            Supported.of(os).run("mmap.resize", () -> m.resize(4 * 4096));
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(THREADS);
            for (int t = 0; t < THREADS; t++) {
                pool.execute(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (!stop.get()) {
                        try {
                            touch(m, random);
                        } catch (Throwable e) {
                            expected(e);
                        }
                    }
                    done.countDown();
                });
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int round = 0; round < ROUNDS; round++) {
                long size = 1 + random.nextLong(64 * 4096);
                m.resize(size);
                assertEquals(size, m.length());
            }
            stop.set(true);
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(os.fstat(fd).size(), m.length(), "the file follows the map");
        } finally {
            os.close(fd);
        }
        assertEquals(List.of(), List.copyOf(unexpected));
    }

    @Test
    void viewsKeptPastCloseNeverReachUnmappedMemory() throws Exception {
        Path file = dir.resolve("f");
        byte[] data = new byte[8 * 4096];
        java.util.Arrays.fill(data, (byte) 'a');
        int fd = MapFiles.withData(os, file, data);
        try {
            for (int round = 0; round < ROUNDS / 10; round++) {
                MemoryMap m = round % 2 == 0 ? mmap.mmap(fd, 0) : mmap.mmap(-1, data.length);
                ByteBuffer view = m.buffer();
                ByteBuffer slice = view.slice(4096, 4096).asReadOnlyBuffer();
                CountDownLatch done = new CountDownLatch(THREADS);
                for (int t = 0; t < THREADS; t++) {
                    pool.execute(() -> {
                        try {
                            for (int i = 0; i < 2000; i++) {
                                view.put(i % data.length, view.get((i * 31) % data.length));
                                slice.get(i % 4096);
                            }
                        } catch (Throwable e) {
                            unexpected.add(e);
                        } finally {
                            done.countDown();
                        }
                    });
                }
                m.close();
                assertTrue(done.await(30, TimeUnit.SECONDS));
                view.put(0, (byte) 'z'); // after close: goes nowhere (POSIX) or to the still-mapped file (nio)
            }
        } finally {
            os.close(fd);
        }
        assertEquals(List.of(), List.copyOf(unexpected));
    }

    @Test
    void slicesOutOfRange() throws Exception {
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -4097, -4096, -1, 0, 1, 4095, 4096, 4097,
                Integer.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        long[] steps = {Long.MIN_VALUE, -4097, -2, -1, 1, 2, 4097, Long.MAX_VALUE};
        try (MemoryMap m = mmap.mmap(-1, 4096)) {
            for (long start : edges) {
                for (long stop : edges) {
                    for (long step : steps) {
                        byte[] got = m.get(start, stop, step);
                        assertTrue(got.length <= 4096);
                        m.set(start, stop, step, got);
                    }
                    try {
                        m.get(start);
                    } catch (IndexOutOfBoundsException e) {
                        assertEquals("mmap index out of range", e.getMessage());
                    }
                    for (long count : edges) {
                        try {
                            m.move(start, stop, count);
                        } catch (IllegalArgumentException e) {
                            assertEquals("source, destination, or count out of range", e.getMessage());
                        }
                    }
                }
            }
        }
    }
}
