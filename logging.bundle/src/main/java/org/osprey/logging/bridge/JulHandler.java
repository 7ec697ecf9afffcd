package org.osprey.logging.bridge;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osprey.logging.LogRecord;

/**
 * Hands records to {@code java.util.logging}: {@code Logger.getLogger(record.name)} (Python's root logger is JUL's
 * root, {@code ""}), at the level of the record's {@link Severity}, with the formatted message as it is (no
 * {@code {0}} parameters), the exception as {@code thrown}, the record's time and thread, and its caller as the
 * source class ({@code pathname} as a class name) and method ({@code funcName}). JUL has no per-record attributes:
 * Python's {@code extra} is not passed on (a formatter of this handler can put it in the message).
 */
public class JulHandler extends JvmHandler {
    /** Mirrors {@code Handler()}: level NOTSET, every record goes to JUL, whose configuration filters. */
    public JulHandler() {
    }

    /**
     * The JUL level of a Python level (the {@link Severity} table).
     *
     * @param levelno a Python level
     * @return the JUL level
     */
    public static Level level(int levelno) {
        return Severity.of(levelno).pick(Level.FINEST, Level.FINE, Level.INFO, Level.WARNING, Level.SEVERE);
    }

    @Override
    protected void publish(LogRecord record, String message, Throwable thrown) {
        Logger logger = Logger.getLogger(loggerName(record, ""));
        Level level = level(record.levelno());
        if (!logger.isLoggable(level)) {
            return;
        }
        java.util.logging.LogRecord out = new java.util.logging.LogRecord(level, message);
        out.setLoggerName(logger.getName());
        out.setThrown(thrown);
        out.setInstant(instant(record.created()));
        out.setLongThreadID(record.thread());
        // set even when unknown: JUL would otherwise take this handler for the caller
        out.setSourceClassName(className(record.pathname()));
        out.setSourceMethodName(record.funcName());
        logger.log(out);
    }

    private static Instant instant(double created) {
        long seconds = (long) Math.floor(created);
        return Instant.ofEpochSecond(seconds, Math.round((created - seconds) * 1e9));
    }

    /** {@code org/example/Main.java} is {@code org.example.Main}; a path that is not a Java source, null. */
    private static String className(String pathname) {
        if (pathname == null || !pathname.endsWith(".java")) {
            return null;
        }
        return pathname.substring(0, pathname.length() - ".java".length()).replace('/', '.');
    }
}
