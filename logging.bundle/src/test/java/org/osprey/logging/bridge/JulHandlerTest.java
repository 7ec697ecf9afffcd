package org.osprey.logging.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osprey.logging.LogCall;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;

/** Records through {@code java.util.logging}, read back by a real JUL handler. */
class JulHandlerTest {
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A JUL handler keeping what it is given. */
    static final class Keeping extends java.util.logging.Handler {
        final List<java.util.logging.LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(java.util.logging.LogRecord record) {
            if (isLoggable(record)) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private String name;
    private Logger log;
    private JulHandler handler;
    private java.util.logging.Logger backend;
    private Keeping kept;

    @BeforeEach
    void wire() {
        name = "jul" + NEXT.incrementAndGet() + ".app";
        log = Logging.getLogger(name);
        log.setLevel(1);
        log.setPropagate(false);
        handler = new JulHandler();
        log.addHandler(handler);
        backend = java.util.logging.Logger.getLogger(name);
        backend.setUseParentHandlers(false);
        backend.setLevel(Level.ALL);
        kept = new Keeping();
        backend.addHandler(kept);
    }

    @AfterEach
    void unwire() {
        log.removeHandler(handler);
        handler.close();
        backend.removeHandler(kept);
    }

    @Test
    void theLoggerNameTheLevelTheMessageTheTimeTheThreadAndTheCaller() {
        List<LogRecord> python = new CopyOnWriteArrayList<>();
        log.addFilter(r -> {
            python.add(r);
            return r;
        });
        log.info("copied %s to %s {0}", "a", "b");
        java.util.logging.LogRecord out = kept.records.get(0);
        assertEquals(name, out.getLoggerName());
        assertEquals(Level.INFO, out.getLevel());
        assertEquals("copied a to b {0}", out.getMessage());
        assertNull(out.getParameters());
        double created = python.get(0).created();
        Instant when = out.getInstant();
        assertEquals(created, when.getEpochSecond() + when.getNano() / 1e9, 1e-6);
        assertEquals(Thread.currentThread().getId(), out.getLongThreadID());
        assertEquals(JulHandlerTest.class.getName(), out.getSourceClassName());
        assertEquals("theLoggerNameTheLevelTheMessageTheTimeTheThreadAndTheCaller", out.getSourceMethodName());
    }

    @Test
    void pythonLevelsAndCustomOnesByBand() {
        int[] levels = {5, Logging.DEBUG, 15, Logging.INFO, 25, Logging.WARNING, Logging.ERROR, Logging.CRITICAL};
        for (int level : levels) {
            log.log(level, "at %d", level);
        }
        assertEquals(List.of(Level.FINEST, Level.FINE, Level.FINE, Level.INFO, Level.INFO, Level.WARNING,
                Level.SEVERE, Level.SEVERE), kept.records.stream().map(java.util.logging.LogRecord::getLevel).toList());
    }

    @Test
    void julsLevelFilters() {
        backend.setLevel(Level.WARNING);
        log.info("dropped by JUL");
        log.warning("kept");
        assertEquals(List.of("kept"), kept.records.stream().map(java.util.logging.LogRecord::getMessage).toList());
    }

    @Test
    void theExceptionIsThrownNotPartOfTheMessage() {
        IllegalStateException error = new IllegalStateException("boom");
        log.error(LogCall.excInfo(error), "failed");
        assertEquals("failed", kept.records.get(0).getMessage());
        assertSame(error, kept.records.get(0).getThrown());
    }

    @Test
    void theOutputOfASimpleFormatter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String old = System.getProperty("java.util.logging.SimpleFormatter.format");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s %5$s%n");
        StreamHandler text;
        try {
            text = new StreamHandler(bytes, new SimpleFormatter());
        } finally {
            if (old == null) {
                System.clearProperty("java.util.logging.SimpleFormatter.format");
            } else {
                System.setProperty("java.util.logging.SimpleFormatter.format", old);
            }
        }
        backend.addHandler(text);
        try {
            log.warning("disk %d%% full", 91);
            text.flush();
        } finally {
            backend.removeHandler(text);
        }
        assertEquals("WARNING " + name + " disk 91% full\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonsRootIsJulsRoot() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        Keeping atRoot = new Keeping();
        root.addHandler(atRoot);
        Logger python = Logging.getLogger();
        python.addHandler(handler);
        try {
            Logging.error("at the root");
        } finally {
            python.removeHandler(handler);
            root.removeHandler(atRoot);
        }
        assertEquals("", atRoot.records.get(0).getLoggerName());
        assertEquals("at the root", atRoot.records.get(0).getMessage());
    }

    @Test
    void aBadFormatGoesToHandleErrorNotToTheCaller() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        JulHandler failing = new JulHandler() {
            @Override
            public void handleError(LogRecord record, Throwable error) {
                errors.add(error);
            }
        };
        log.removeHandler(handler);
        log.addHandler(failing);
        try {
            log.warning("%d items", "not a number");
        } finally {
            log.removeHandler(failing);
        }
        assertEquals(IllegalArgumentException.class, errors.get(0).getClass());
    }
}
