package org.osprey.logging;

/** What {@link Logging#setLogRecordFactory} takes: Python's record factory callable. */
@FunctionalInterface
public interface LogRecordFactory {
    /**
     * Makes a record, with the arguments of {@link LogRecord#LogRecord}.
     *
     * @param name     the logger's name
     * @param level    the level
     * @param pathname the caller's source path
     * @param lineno   the caller's line
     * @param msg      the message
     * @param args     the arguments of {@code msg}
     * @param excInfo  the exception, or null
     * @param func     the caller's method, or null
     * @param sinfo    the stack text, or null
     * @return the record
     */
    LogRecord create(String name, int level, String pathname, int lineno, Object msg, Object[] args,
            Throwable excInfo, String func, String sinfo);
}
