package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.equal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.bridge.JulHandler;
import org.osprey.logging.bridge.JvmLogging;
import org.osprey.os.Os;

/** Checks of {@code logging} through its API only (see {@link Checks}). */
final class LoggingChecks {
    private LoggingChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("logging", "records reach java.util.logging", LoggingChecks::toJul),
            new Check("logging", "the backend is chosen without SLF4J present", LoggingChecks::chosen));

    private static void toJul(Os os, String dir) {
        String name = "osprey.checks.jul";
        List<java.util.logging.LogRecord> kept = new CopyOnWriteArrayList<>();
        java.util.logging.Handler keeping = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                kept.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger backend = java.util.logging.Logger.getLogger(name);
        backend.setUseParentHandlers(false);
        backend.addHandler(keeping);
        Logger log = Logging.getLogger(name);
        log.setPropagate(false);
        JulHandler handler = new JulHandler();
        log.addHandler(handler);
        try {
            log.warning("copied %d files to %s", 3, dir);
        } finally {
            log.removeHandler(handler);
            handler.close();
            backend.removeHandler(keeping);
        }
        equal(1, kept.size(), "one JUL record");
        equal(Level.WARNING, kept.get(0).getLevel(), "WARNING is JUL's WARNING");
        equal(name, kept.get(0).getLoggerName(), "the logger's name");
        equal("copied 3 files to " + dir, kept.get(0).getMessage(), "Python's % formatting");
    }

    /** SLF4J is neither on the module path nor in the frameworks: the Log Service where one runs, else JUL. */
    private static void chosen(Os os, String dir) {
        JvmLogging.Backend backend = JvmLogging.backend();
        equal(true, backend != JvmLogging.Backend.SLF4J, "not SLF4J: " + backend);
        String expected = backend == JvmLogging.Backend.JUL ? "JulHandler" : "OsgiLogHandler";
        try (Handler chosen = JvmLogging.handler()) {
            equal(expected, chosen.getClass().getSimpleName(), "the handler of " + backend);
        }
    }
}
