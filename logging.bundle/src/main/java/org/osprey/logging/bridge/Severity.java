package org.osprey.logging.bridge;

/**
 * The five severities every JVM logging backend has, and the band of Python levels each one takes: a custom level
 * (Python's {@code addLevelName}) goes to the band it falls in, so a {@code TRACE} at 5 is {@link #TRACE} and a
 * {@code NOTICE} at 25 is {@link #INFO}.
 *
 * <table>
 * <caption>Python levels and the backends' levels</caption>
 * <tr><th>Python {@code levelno}</th><th>severity</th><th>SLF4J</th><th>{@code java.util.logging}</th>
 * <th>OSGi {@code LogLevel}</th></tr>
 * <tr><td>40 and above ({@code ERROR}, {@code CRITICAL})</td><td>{@link #ERROR}</td><td>{@code ERROR}</td>
 * <td>{@code SEVERE}</td><td>{@code ERROR}</td></tr>
 * <tr><td>30 to 39 ({@code WARNING})</td><td>{@link #WARN}</td><td>{@code WARN}</td><td>{@code WARNING}</td>
 * <td>{@code WARN}</td></tr>
 * <tr><td>20 to 29 ({@code INFO})</td><td>{@link #INFO}</td><td>{@code INFO}</td><td>{@code INFO}</td>
 * <td>{@code INFO}</td></tr>
 * <tr><td>10 to 19 ({@code DEBUG})</td><td>{@link #DEBUG}</td><td>{@code DEBUG}</td><td>{@code FINE}</td>
 * <td>{@code DEBUG}</td></tr>
 * <tr><td>below 10</td><td>{@link #TRACE}</td><td>{@code TRACE}</td><td>{@code FINEST}</td>
 * <td>{@code TRACE}</td></tr>
 * </table>
 */
public enum Severity {
    /** Below Python's {@code DEBUG}. */
    TRACE,
    /** Python's {@code DEBUG} band. */
    DEBUG,
    /** Python's {@code INFO} band. */
    INFO,
    /** Python's {@code WARNING} band. */
    WARN,
    /** Python's {@code ERROR} and {@code CRITICAL}: no backend has a level above error. */
    ERROR;

    /**
     * The band of a Python level.
     *
     * @param levelno a Python level ({@code record.levelno})
     * @return its severity
     */
    public static Severity of(int levelno) {
        if (levelno >= 40) {
            return ERROR;
        }
        if (levelno >= 30) {
            return WARN;
        }
        if (levelno >= 20) {
            return INFO;
        }
        return levelno >= 10 ? DEBUG : TRACE;
    }

    /**
     * A backend's value for this severity: one row of the table.
     *
     * @param <T> the backend's level type
     * @param trace the value for {@link #TRACE}
     * @param debug the value for {@link #DEBUG}
     * @param info the value for {@link #INFO}
     * @param warn the value for {@link #WARN}
     * @param error the value for {@link #ERROR}
     * @return the one of them for this severity
     */
    public <T> T pick(T trace, T debug, T info, T warn, T error) {
        return switch (this) {
            case TRACE -> trace;
            case DEBUG -> debug;
            case INFO -> info;
            case WARN -> warn;
            case ERROR -> error;
        };
    }
}
