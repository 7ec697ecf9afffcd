package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Handlers: errors to handleError, the last resort, names, stream handlers, filters. */
class HandlerTest extends LoggingState {
    private Logger alone(String name, Handler h) {
        Logger l = logger(name);
        l.setPropagate(false);
        l.addHandler(h);
        return l;
    }

    @Test
    void anErrorWhileEmittingGoesToHandleErrorNeverToTheCaller() {
        StringWriter out = new StringWriter();
        Logger a = alone("a", new StreamHandler(out));
        String err = StdErr.during(() -> a.error("%d items", "many"));
        assertTrue(err.startsWith("--- Logging error ---\njava.lang.IllegalArgumentException: %d format: a real"
                + " number is required, not "), err);
        assertTrue(err.contains("\nCall stack:\n  at "), err);
        assertTrue(err.contains("\n  at org.osprey.logging.HandlerTest.anErrorWhileEmittingGoesToHandleErrorNeverToTheCaller("
                + "HandlerTest.java:"), err);
        assertTrue(err.endsWith("Message: '%d items'\nArguments: ('many',)\n"), err);
        assertEquals("", out.toString());
        Logging.setRaiseExceptions(false);
        assertEquals("", StdErr.during(() -> a.error("%d items", "many")));
    }

    @Test
    void theLastResortTakesWarningsWhenNoHandlerIsFound() {
        Logger a = logger("a");
        a.setPropagate(false);
        String err = StdErr.during(() -> {
            a.info("not this");
            a.warning("this %s", "one");
        });
        assertEquals("this one\n", err, "the last resort writes to System.err as it is now");
        Logging.setLastResort(null);
        String none = StdErr.during(() -> {
            a.error("x");
            a.error("y");
        });
        assertTrue(none.isEmpty() || none.equals("No handlers could be found for logger \"" + a.name() + "\"\n"),
                none);
    }

    @Test
    void streamHandlersWriteEachRecordWithItsTerminator() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamHandler h = new StreamHandler(bytes);
        h.setFormatter(new Formatter("%(levelname)s %(message)s"));
        Logger a = alone("a", h);
        a.warning("caf\u00e9");
        h.setTerminator("|");
        a.error("two");
        assertEquals("WARNING caf\u00e9\nERROR two|", bytes.toString(StandardCharsets.UTF_8));
        assertSame(bytes, h.stream());
        StringWriter w = new StringWriter();
        assertSame(bytes, h.setStream(w));
        assertNull(h.setStream(w), "the same stream again");
        a.error("three");
        assertEquals("ERROR three|", w.toString());
        assertEquals("<StreamHandler (NOTSET)>", h.toString());
        assertEquals("<StreamHandler <stderr> (NOTSET)>", new StreamHandler().toString());
        PrintStream ps = new PrintStream(new ByteArrayOutputStream());
        assertEquals("<StreamHandler (NOTSET)>", new StreamHandler(ps).toString());
    }

    @Test
    void threadsLoggingThroughOneStreamHandlerNeitherLoseNorInterleaveLines() throws Exception {
        StringWriter out = new StringWriter();
        StreamHandler h = new StreamHandler(out);
        h.setFormatter(new Formatter("%(threadName)s:%(message)s"));
        Logger a = alone("a", h);
        int threads = 6;
        int lines = 3000;
        List<Thread> started = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < lines; i++) {
                    a.warning("%s-%s", i, "y".repeat(40));
                }
            }, "w" + t);
            started.add(thread);
            thread.start();
        }
        for (Thread t : started) {
            t.join();
        }
        List<String> written = out.toString().lines().toList();
        assertEquals(threads * lines, written.size());
        assertEquals(threads * lines, Set.copyOf(written).size(), "no line doubled");
        assertTrue(written.stream().allMatch(l -> l.matches("w\\d:\\d+-y{40}")), "no line torn");
    }

    @Test
    void namedHandlers() {
        Recording h = new Recording();
        h.setName(prefix + "-h");
        assertSame(h, Logging.getHandlerByName(prefix + "-h"));
        assertTrue(Logging.getHandlerNames().contains(prefix + "-h"));
        h.setName(prefix + "-renamed");
        assertNull(Logging.getHandlerByName(prefix + "-h"));
        assertEquals(prefix + "-renamed", h.name());
        h.close();
        assertNull(Logging.getHandlerByName(prefix + "-renamed"));
        assertTrue(Set.copyOf(Logging.getHandlerNames()).stream().noneMatch(n -> n.startsWith(prefix)));
    }

    @Test
    void nullHandlerTakesRecordsSilently() {
        Logger a = alone("a", new NullHandler());
        assertEquals("", StdErr.during(() -> a.critical("nothing")), "a handler was found: no last resort");
    }

    @Test
    void handlerLevelsAndFilters() {
        Recording h = new Recording();
        h.setLevel("ERROR");
        Logger a = alone("a", h);
        a.warning("below");
        a.error("at");
        assertEquals(List.of("at"), h.messages());
        assertEquals("<Recording (ERROR)>", h.toString());
    }

    @Test
    void shutdownFlushesAndClosesEveryHandler() {
        StringWriter out = new StringWriter();
        int[] flushed = {0};
        boolean[] closed = {false};
        StreamHandler h = new StreamHandler(out) {
            @Override
            public void flush() {
                flushed[0]++;
                super.flush();
            }

            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        Logging.shutdown();
        assertTrue(flushed[0] >= 1);
        assertTrue(closed[0]);
        assertTrue(h.isClosed());
    }
}
