package org.osprey.logging.bridge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.internal.format.PyStr;

/**
 * A handler that hands each record to a JVM logging backend: the logger of the record's name (the root logger
 * {@code root} is the backend's root), the {@link Severity} of its level, the message as the handler's formatter
 * writes it (without the exception's trace, {@code %(message)s} when no formatter is set) and the exception itself,
 * which the backend prints its own way. The backend's own levels and configuration decide the rest, so set this
 * handler's level to {@code NOTSET} (the default) and let the backend filter.
 */
public abstract class JvmHandler extends Handler {
    /** What every record has: the rest of its attributes came from {@code extra}. */
    private static final Set<String> STANDARD = Set.of("name", "msg", "args", "levelname", "levelno", "pathname",
            "filename", "module", "exc_info", "exc_text", "stack_info", "lineno", "funcName", "created", "msecs",
            "relativeCreated", "thread", "threadName", "processName", "process", "taskName", "message", "asctime");

    /** Mirrors {@code Handler()}: level NOTSET. */
    protected JvmHandler() {
    }

    /**
     * Mirrors {@code Handler.handle(record)}, but without the handler's lock: the backends are thread-safe, and
     * threads that log at once do not wait for each other here.
     *
     * @param record the record
     * @return null when a filter dropped it, else the record emitted
     */
    @Override
    public LogRecord handle(LogRecord record) {
        LogRecord passed = filter(record);
        if (passed != null) {
            emit(passed);
        }
        return passed;
    }

    /**
     * Hands the record to the backend; an error goes to {@link #handleError}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            Throwable thrown = record.excInfo();
            publish(record, format(thrown == null ? record : withoutException(record)), thrown);
        } catch (RuntimeException | LinkageError e) {
            handleError(record, e);
        }
    }

    /** The record as the formatter sees it when the backend prints the exception: no trace in the text. */
    private static LogRecord withoutException(LogRecord record) {
        LogRecord copy = record.copy();
        copy.set("exc_info", null);
        copy.set("exc_text", null);
        return copy;
    }

    /**
     * Hands one record to the backend.
     *
     * @param record the record
     * @param message the formatted message
     * @param thrown the exception, or null
     */
    protected abstract void publish(LogRecord record, String message, Throwable thrown);

    /**
     * The backend logger's name for a record: the record's, or {@code rootName} for Python's root logger.
     *
     * @param record the record
     * @param rootName the backend's name of its root logger
     * @return the name
     */
    protected static String loggerName(LogRecord record, String rootName) {
        String name = record.name();
        return name == null || name.equals("root") ? rootName : name;
    }

    /**
     * The attributes that {@code extra} added to a record, each as Python's {@code str()}.
     *
     * @param record the record
     * @return the attributes by name, in the order given; empty when there were none
     */
    protected static Map<String, String> extras(LogRecord record) {
        Map<String, String> extras = null;
        for (Map.Entry<String, Object> e : record.attributes().entrySet()) {
            if (!STANDARD.contains(e.getKey())) {
                if (extras == null) {
                    extras = new LinkedHashMap<>();
                }
                extras.put(e.getKey(), PyStr.str(e.getValue()));
            }
        }
        return extras == null ? Map.of() : extras;
    }
}
