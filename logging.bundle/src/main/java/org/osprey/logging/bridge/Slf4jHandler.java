package org.osprey.logging.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osprey.logging.LogRecord;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Hands records to SLF4J 2: {@code LoggerFactory.getLogger(record.name)} (Python's root logger is SLF4J's
 * {@code ROOT}), at the {@link Severity} of the record's level, with the formatted message as it is (no
 * <code>{}</code> placeholders are read in it) and the exception as the event's cause. Python's {@code extra}
 * attributes become the event's key-value pairs (Logback's {@code %kvp}) and, while the event is logged, MDC entries
 * (Logback's {@code %X{user}}), the thread's own MDC restored afterwards. No marker is set: SLF4J has none for
 * Python's levels, and {@code CRITICAL} is SLF4J's {@code ERROR}.
 *
 * <p>Needs {@code slf4j-api} 2.x (an optional dependency of this module); the class is loaded only when a handler is
 * made.
 */
public class Slf4jHandler extends JvmHandler {
    /** Mirrors {@code Handler()}: level NOTSET, every record goes to SLF4J, whose configuration filters. */
    public Slf4jHandler() {
    }

    /**
     * Whether SLF4J has a real provider (Logback, Log4j, {@code slf4j-simple}, {@code slf4j-jdk14}...) rather than
     * its no-operation fallback, which drops everything. Asking initialises SLF4J, which may print its own warning
     * when there is no provider.
     *
     * @return whether records handed to SLF4J go somewhere
     */
    public static boolean hasProvider() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return !(factory instanceof NOPLoggerFactory);
    }

    /**
     * The SLF4J level of a Python level (the {@link Severity} table).
     *
     * @param levelno a Python level
     * @return the SLF4J level
     */
    public static Level level(int levelno) {
        return Severity.of(levelno).pick(Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR);
    }

    @Override
    protected void publish(LogRecord record, String message, Throwable thrown) {
        Logger logger = LoggerFactory.getLogger(loggerName(record, Logger.ROOT_LOGGER_NAME));
        Level level = level(record.levelno());
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        LoggingEventBuilder event = logger.atLevel(level).setMessage(message).setCause(thrown);
        Map<String, String> extras = extras(record);
        if (extras.isEmpty()) {
            event.log();
            return;
        }
        List<String[]> saved = new ArrayList<>(extras.size());
        for (Map.Entry<String, String> e : extras.entrySet()) {
            event.addKeyValue(e.getKey(), e.getValue());
            saved.add(new String[] {e.getKey(), MDC.get(e.getKey())});
            MDC.put(e.getKey(), e.getValue());
        }
        try {
            event.log();
        } finally {
            for (String[] entry : saved) {
                if (entry[1] == null) {
                    MDC.remove(entry[0]);
                } else {
                    MDC.put(entry[0], entry[1]);
                }
            }
        }
    }
}
