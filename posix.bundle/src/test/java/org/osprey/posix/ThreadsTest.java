package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;

/** One provider shared by many threads: each call's buffers are its thread's own. */
class ThreadsTest {
    private final Os os = Os.of(new PosixProvider());
    @TempDir
    Path tmp;

    @Test
    void concurrentCallsSeeTheirOwnResults() throws Exception {
        int threads = 8;
        for (int t = 0; t < threads; t++) {
            Files.createDirectory(tmp.resolve("d" + t));
            Files.write(tmp.resolve("d" + t + "/" + "n".repeat(t + 1)), new byte[t * 100]);
            Files.createSymbolicLink(tmp.resolve("d" + t + "/link"), Path.of("n".repeat(t + 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    String dir = tmp.resolve("d" + id).toString();
                    String name = "n".repeat(id + 1);
                    for (int i = 0; i < 2000; i++) {
                        assertEquals(id * 100, os.stat(dir + "/" + name).size());
                        List<String> names = os.listdir(dir);
                        names.sort(null);
                        assertEquals(List.of("link", name), names);
                        assertEquals(name, os.readlink(dir + "/link"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
