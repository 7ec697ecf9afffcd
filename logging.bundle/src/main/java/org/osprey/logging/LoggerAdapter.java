package org.osprey.logging;

import java.util.HashMap;
import java.util.Map;

/**
 * Python's {@code logging.LoggerAdapter}: a logger whose calls carry contextual {@code extra} attributes;
 * override {@link #process} to change the message or the keyword arguments.
 */
public class LoggerAdapter {
    private final Logger logger;
    private final Map<String, ?> extra;
    private final boolean mergeExtra;

    /**
     * Mirrors {@code LoggerAdapter(logger, extra)}.
     *
     * @param logger the logger
     * @param extra the attributes every record gets, or null
     */
    public LoggerAdapter(Logger logger, Map<String, ?> extra) {
        this(logger, extra, false);
    }

    /**
     * Mirrors {@code LoggerAdapter(logger, extra, merge_extra)} (Python 3.13).
     *
     * @param logger the logger
     * @param extra the attributes every record gets, or null
     * @param mergeExtra whether a call's own {@code extra} is merged with these (else it is replaced by them)
     */
    public LoggerAdapter(Logger logger, Map<String, ?> extra, boolean mergeExtra) {
        this.logger = logger;
        this.extra = extra == null ? null : Map.copyOf(extra);
        this.mergeExtra = mergeExtra;
    }

    /**
     * A message and its keyword arguments, what {@link #process} returns (Python's {@code (msg, kwargs)}).
     *
     * @param msg the message
     * @param call the keyword arguments
     */
    public record Processed(String msg, LogCall call) {
    }

    /** @return Python's {@code logger} */
    public Logger logger() {
        return logger;
    }

    /** @return Python's {@code extra}, or null */
    public Map<String, ?> extra() {
        return extra;
    }

    /** @return Python's {@code merge_extra} */
    public boolean mergeExtra() {
        return mergeExtra;
    }

    /**
     * Mirrors {@code LoggerAdapter.process(msg, kwargs)}: the call's {@code extra} becomes the adapter's, or with
     * {@code merge_extra} the adapter's updated by the call's.
     *
     * @param msg the message
     * @param call the keyword arguments
     * @return the message and keyword arguments to log with
     */
    public Processed process(String msg, LogCall call) {
        if (mergeExtra && call.extra() != null) {
            Map<String, Object> merged = new HashMap<>();
            if (extra != null) {
                merged.putAll(extra);
            }
            merged.putAll(call.extra());
            return new Processed(msg, call.withExtra(merged));
        }
        return new Processed(msg, call.withExtra(extra));
    }

    /**
     * Mirrors {@code LoggerAdapter.debug(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public void debug(String msg, Object... args) {
        log(LogCall.DEFAULT, Logging.DEBUG, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.debug(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public void debug(LogCall call, String msg, Object... args) {
        log(call, Logging.DEBUG, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.info(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public void info(String msg, Object... args) {
        log(LogCall.DEFAULT, Logging.INFO, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.info(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public void info(LogCall call, String msg, Object... args) {
        log(call, Logging.INFO, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.warning(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public void warning(String msg, Object... args) {
        log(LogCall.DEFAULT, Logging.WARNING, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.warning(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public void warning(LogCall call, String msg, Object... args) {
        log(call, Logging.WARNING, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.error(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public void error(String msg, Object... args) {
        log(LogCall.DEFAULT, Logging.ERROR, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.error(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public void error(LogCall call, String msg, Object... args) {
        log(call, Logging.ERROR, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.critical(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public void critical(String msg, Object... args) {
        log(LogCall.DEFAULT, Logging.CRITICAL, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.critical(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public void critical(LogCall call, String msg, Object... args) {
        log(call, Logging.CRITICAL, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.exception(msg, *args)}: ERROR with the exception's trace.
     *
     * @param error the exception
     * @param msg the message
     * @param args its arguments
     */
    public void exception(Throwable error, String msg, Object... args) {
        log(LogCall.excInfo(error), Logging.ERROR, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.log(level, msg, *args)}.
     *
     * @param level the level
     * @param msg the message
     * @param args its arguments
     */
    public void log(int level, String msg, Object... args) {
        log(LogCall.DEFAULT, level, msg, args);
    }

    /**
     * Mirrors {@code LoggerAdapter.log(level, msg, *args, **kwargs)}: {@link #process}, then the logger's
     * {@code log}, when the level is enabled.
     *
     * @param call the keyword arguments
     * @param level the level
     * @param msg the message
     * @param args its arguments
     */
    public void log(LogCall call, int level, String msg, Object... args) {
        if (isEnabledFor(level)) {
            Processed p = process(msg, call);
            logger.log(p.call(), level, p.msg(), args);
        }
    }

    /**
     * Mirrors {@code LoggerAdapter.isEnabledFor(level)}.
     *
     * @param level the level
     * @return the logger's answer
     */
    public boolean isEnabledFor(int level) {
        return logger.isEnabledFor(level);
    }

    /**
     * Mirrors {@code LoggerAdapter.setLevel(level)}.
     *
     * @param level the level
     */
    public void setLevel(int level) {
        logger.setLevel(level);
    }

    /** @return the logger's effective level, as {@code LoggerAdapter.getEffectiveLevel()} */
    public int getEffectiveLevel() {
        return logger.getEffectiveLevel();
    }

    /** @return whether the logger has handlers, as {@code LoggerAdapter.hasHandlers()} */
    public boolean hasHandlers() {
        return logger.hasHandlers();
    }

    /** @return Python's {@code name}: the logger's */
    public String name() {
        return logger.name();
    }

    /** Mirrors {@code LoggerAdapter.__repr__}: {@code <LoggerAdapter name (LEVEL)>}. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + logger.name() + " ("
                + Logging.getLevelName(logger.getEffectiveLevel()) + ")>";
    }
}
