package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.Logging;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** RotatingFileHandler: Python's names and contents, many threads at once, special files, namer and rotator. */
class RotatingFileHandlerTest {
    @TempDir
    Path dir;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namesAndContentsAreCPythons() throws IOException {
        String[] messages = {"one", "two", "three", "four", "five ü", "six", "seven", "eight", "nine", "ten"};
        try (RotatingFileHandler h = new RotatingFileHandler(dir.resolve("app.log").toString(), 14, 3,
                FileHandlerOptions.DEFAULT.withEncoding("utf-8"))) {
            for (String m : messages) {
                h.handle(Records.record(Logging.INFO, "%s", m));
            }
        }
        Path py = Files.createDirectory(dir.resolve("py"));
        String script = """
                import logging, logging.handlers, os, sys
                os.chdir(sys.argv[1])
                h = logging.handlers.RotatingFileHandler('app.log', maxBytes=14, backupCount=3, encoding='utf-8')
                for m in sys.argv[2:]:
                    h.handle(logging.makeLogRecord({'msg': '%s', 'args': (m,), 'levelno': 20}))
                h.close()
                print('\\n'.join(sorted(os.listdir('.'))))
                """;
        List<String> pyArgs = new ArrayList<>(List.of(py.toString()));
        pyArgs.addAll(List.of(messages));
        List<String> expected = Python.MODERN.lines(script, pyArgs.toArray(String[]::new));
        assertEquals(expected, names(dir));
        assertEquals(List.of("app.log", "app.log.1", "app.log.2", "app.log.3"), expected);
        for (String name : expected) {
            assertEquals(Files.readString(py.resolve(name)), Files.readString(dir.resolve(name)), name);
        }
    }

    @Test
    void manyThreadsLoseNoLineAndDuplicateNone() throws Exception {
        int threads = 8;
        int perThread = 1000;
        RotatingFileHandler h = new RotatingFileHandler(dir.resolve("app.log").toString(), 4096, 10_000);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    h.handle(Records.record(Logging.INFO, "thread %d line %d", id, i));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        h.close();
        assertEquals(List.of(), OpenFds.under(dir), "no descriptor left open");

        List<String> names = names(dir);
        int backups = names.size() - 1;
        assertTrue(backups > 10, "rolled over: " + names);
        List<String> expectedNames = new ArrayList<>(List.of("app.log"));
        for (int i = 1; i <= backups; i++) {
            expectedNames.add("app.log." + i);
        }
        assertEquals(expectedNames.stream().sorted().toList(), names, "app.log, then .1 to .N with no gap");

        // oldest first: .N down to .1, then app.log; each thread's lines must come out in its own order
        List<String> all = new ArrayList<>();
        for (int i = backups; i >= 0; i--) {
            Path file = dir.resolve(i == 0 ? "app.log" : "app.log." + i);
            assertTrue(Files.size(file) < 4096, file + " stays under maxBytes");
            all.addAll(Files.readAllLines(file));
        }
        assertEquals(threads * perThread, all.size(), "no line lost or duplicated");
        assertEquals(all.size(), new HashSet<>(all).size(), "no line duplicated");
        int[] next = new int[threads];
        for (String line : all) {
            String[] parts = line.split(" ");
            int id = Integer.parseInt(parts[1]);
            assertEquals(next[id]++, Integer.parseInt(parts[3]), "thread " + id + "'s lines in order");
        }
    }

    @Test
    void backupsBeyondBackupCountAreDropped() throws IOException {
        Set<String> kept = new HashSet<>();
        try (RotatingFileHandler h = new RotatingFileHandler(dir.resolve("app.log").toString(), 10, 2)) {
            for (int i = 0; i < 6; i++) {
                h.handle(Records.record(Logging.INFO, "record %d", i));
            }
        }
        for (String name : names(dir)) {
            kept.add(name + ":" + Files.readString(dir.resolve(name)).strip());
        }
        assertEquals(Set.of("app.log:record 5", "app.log.1:record 4", "app.log.2:record 3"), kept);
    }

    @Test
    void zeroBackupsReopenTheSameFile() throws IOException {
        Path log = dir.resolve("app.log");
        try (RotatingFileHandler h = new RotatingFileHandler(log.toString(), 10, 0)) {
            for (int i = 0; i < 3; i++) {
                h.handle(Records.record(Logging.INFO, "record %d", i));
            }
        }
        assertEquals(List.of("app.log"), names(dir));
        assertEquals("record 0\nrecord 1\nrecord 2\n", Files.readString(log));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = "/dev/null is a POSIX device file")
    void aFileThatIsNotRegularNeverRollsOver() throws IOException {
        // Python 3.13: os.devnull is never rotated (it would be renamed!)
        try (RotatingFileHandler h = new RotatingFileHandler("/dev/null", 1, 1)) {
            h.handle(Records.record(Logging.INFO, "into the void"));
            assertFalse(h.shouldRollover(Records.record(Logging.INFO, "again")));
        }
        assertTrue(Files.exists(Path.of("/dev/null")));
        assertFalse(Files.exists(Path.of("/dev/null.1")));
    }

    @Test
    void namerAndRotatorAreUsed() throws IOException {
        List<String> rotations = new ArrayList<>();
        try (RotatingFileHandler h = new RotatingFileHandler(dir.resolve("app.log").toString(), 10, 2,
                FileHandlerOptions.DEFAULT.withDelay(true))) {
            h.setNamer(name -> name.replace("app.log.", "app-") + ".bak");
            h.setRotator((source, dest) -> {
                rotations.add(Path.of(source).getFileName() + " -> " + Path.of(dest).getFileName());
                Files.move(Path.of(source), Path.of(dest));
            });
            for (int i = 0; i < 4; i++) {
                h.handle(Records.record(Logging.INFO, "record %d", i));
            }
        }
        assertEquals(List.of("app.log -> app-1.bak", "app.log -> app-1.bak", "app.log -> app-1.bak"), rotations);
        assertEquals(List.of("app-1.bak", "app-2.bak", "app.log"), names(dir));
        assertEquals("record 1\n", Files.readString(dir.resolve("app-2.bak")));
    }
}
