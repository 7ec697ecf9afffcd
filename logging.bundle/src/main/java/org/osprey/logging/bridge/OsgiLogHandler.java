package org.osprey.logging.bridge;

import java.util.Objects;

import org.osgi.service.log.LogLevel;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osprey.logging.LogRecord;

/**
 * Hands records to the OSGi Log Service (R7, {@code org.osgi.service.log} 1.4): the {@link LoggerFactory}'s logger of
 * the record's name (Python's root logger is the Log Service's {@code ROOT}), at the {@link LogLevel} of the
 * record's {@link Severity}, with the formatted message as it is (no <code>{}</code> placeholders are read in it) and
 * the exception as the entry's exception. The Log Service has no per-entry attributes: Python's {@code extra} is not
 * passed on. In a framework, the logging bundle's component adds one of these to the root logger while a Log
 * Service runs; {@link JvmLogging#handler()} makes one too.
 *
 * <p>Needs the {@code org.osgi.service.log} package (an optional import of this bundle); the class is loaded only
 * when a handler is made.
 */
public class OsgiLogHandler extends JvmHandler {
    private final LoggerFactory factory;

    /**
     * A handler that logs through {@code factory}.
     *
     * @param factory the Log Service's logger factory
     */
    public OsgiLogHandler(LoggerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** @return the logger factory this handler logs through */
    public LoggerFactory factory() {
        return factory;
    }

    /**
     * The Log Service's level of a Python level (the {@link Severity} table).
     *
     * @param levelno a Python level
     * @return the OSGi level
     */
    public static LogLevel level(int levelno) {
        return Severity.of(levelno).pick(LogLevel.TRACE, LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR);
    }

    @Override
    protected void publish(LogRecord record, String message, Throwable thrown) {
        Logger logger = factory.getLogger(loggerName(record, Logger.ROOT_LOGGER_NAME));
        // the message is an argument, never the format, so a brace or backslash in it stays as it is; a trailing
        // Throwable argument is the entry's exception
        Object[] args = thrown == null ? new Object[] {message} : new Object[] {message, thrown};
        switch (level(record.levelno())) {
            case ERROR -> {
                if (logger.isErrorEnabled()) {
                    logger.error("{}", args);
                }
            }
            case WARN -> {
                if (logger.isWarnEnabled()) {
                    logger.warn("{}", args);
                }
            }
            case INFO -> {
                if (logger.isInfoEnabled()) {
                    logger.info("{}", args);
                }
            }
            case DEBUG -> {
                if (logger.isDebugEnabled()) {
                    logger.debug("{}", args);
                }
            }
            default -> {
                if (logger.isTraceEnabled()) {
                    logger.trace("{}", args);
                }
            }
        }
    }
}
