package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** FileHandler: modes, delay, encodings, closing, and many threads logging at once. */
class FileHandlerTest extends LoggingState {
    @TempDir
    Path dir;

    private Logger to(Handler h) {
        Logger a = logger("a");
        a.setPropagate(false);
        a.setLevel(Logging.DEBUG);
        a.addHandler(h);
        return a;
    }

    @Test
    void appendsByDefaultAndTruncatesInModeW() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "old\n");
        try (FileHandler h = new FileHandler(log.toString())) {
            to(h).info("new %d", 1);
            assertEquals("old\nnew 1\n", Files.readString(log));
        }
        try (FileHandler h = new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withMode("w"))) {
            to(h).info("only");
        }
        assertEquals("only\n", Files.readString(log));
        assertThrows(FileExistsOsException.class,
                () -> new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withMode("x")));
        assertThrows(IllegalArgumentException.class,
                () -> new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withMode("ab")));
        assertThrows(FileNotFoundOsException.class, () -> new FileHandler(dir.resolve("no/such").toString()));
        assertThrows(IllegalArgumentException.class, () -> new FileHandler(dir + "/nul\0.log"));
    }

    @Test
    void delayOpensWithTheFirstRecordAndCloseReopensOnlyInAppendMode() throws IOException {
        Path log = dir.resolve("late.log");
        FileHandler h = new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withDelay(true));
        assertFalse(Files.exists(log));
        assertEquals(-1, h.fileno());
        Logger a = to(h);
        a.info("first");
        assertTrue(h.fileno() >= 0);
        h.close();
        a.info("after close");
        h.close();
        assertEquals("first\nafter close\n", Files.readString(log), "Python's FileHandler reopens after close");
        FileHandler w = new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withMode("w"));
        a.removeHandler(h);
        a.addHandler(w);
        w.close();
        a.info("dropped: mode w would truncate again");
        assertEquals("", Files.readString(log));
    }

    @Test
    void encodingAndErrorsAsPython() throws IOException {
        Path log = dir.resolve("latin.log");
        Path pyLog = dir.resolve("py.log");
        try (FileHandler h = new FileHandler(log.toString(),
                FileHandlerOptions.DEFAULT.withEncoding("latin-1").withErrors("backslashreplace"))) {
            to(h).info("caf\u00e9 \u20ac");
        }
        Python.require313().run("import logging, sys\nh = logging.FileHandler(sys.argv[1], encoding='latin-1',"
                + " errors='backslashreplace')\nl = logging.getLogger('x')\nl.addHandler(h)\n"
                + "l.warning('caf\\u00e9 \\u20ac')\nh.close()\n", pyLog.toString());
        assertArrayEquals(Files.readAllBytes(pyLog), Files.readAllBytes(log));
        String err = StdErr.during(() -> {
            try (FileHandler strict = new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withEncoding("ascii"))) {
                to(strict).info("\u20ac");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(err.startsWith("--- Logging error ---\n"), err);
    }

    @Test
    void reprAndAttributesAsPython() throws IOException {
        Path log = dir.resolve("r.log");
        try (FileHandler h = new FileHandler(log.toString(), FileHandlerOptions.DEFAULT.withDelay(true))) {
            h.setLevel(Logging.INFO);
            String expected = Python.require313().run("import logging, sys\n"
                    + "h = logging.FileHandler(sys.argv[1], delay=True)\nh.setLevel(logging.INFO)\n"
                    + "print(repr(h), h.mode, h.delay, h.baseFilename)\n", log.toString());
            assertEquals(expected, h + " " + h.mode() + " " + (h.delay() ? "True" : "False") + " "
                    + h.baseFilename() + "\n");
        }
    }

    @Test
    void closingLeavesNoDescriptorOpen() throws IOException {
        List<String> before = OpenFds.described();
        for (int i = 0; i < 20; i++) {
            try (FileHandler h = new FileHandler(dir.resolve("f" + i + ".log").toString())) {
                to(h).info("x");
                to(h).removeHandler(h);
            }
        }
        assertEquals(List.of(), OpenFds.openedSince(before));
    }

    @Test
    void concurrentWritersLoseNoLineAndInterleaveNone() throws Exception {
        Path log = dir.resolve("busy.log");
        int threads = 8;
        int lines = 2000;
        String pad = "x".repeat(300);
        try (FileHandler one = new FileHandler(log.toString()); FileHandler two = new FileHandler(log.toString())) {
            one.setFormatter(new Formatter("%(threadName)s %(message)s"));
            two.setFormatter(new Formatter("%(threadName)s %(message)s"));
            Logger a = logger("a");
            Logger b = logger("b");
            for (Logger l : List.of(a, b)) {
                l.setPropagate(false);
            }
            a.addHandler(one);
            b.addHandler(two);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Logger l = t % 2 == 0 ? a : b;
                int id = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < lines; i++) {
                        l.warning("%s %s %s", id, i, pad);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        List<String> written = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(threads * lines, written.size());
        Set<String> seen = new HashSet<>();
        for (String line : written) {
            String[] parts = line.split(" ");
            assertEquals(4, parts.length, line);
            assertEquals(pad, parts[3], line);
            assertTrue(seen.add(parts[1] + " " + parts[2]), "duplicated: " + line);
        }
    }
}
