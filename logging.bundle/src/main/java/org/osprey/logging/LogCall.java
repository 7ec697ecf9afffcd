package org.osprey.logging;

import java.util.Map;

/**
 * The keyword arguments of Python's logging calls ({@code exc_info}, {@code stack_info}, {@code stacklevel},
 * {@code extra}), passed first: {@code log.info(LogCall.extra(Map.of("user", u)).withStacklevel(2), "msg %s", x)}.
 * Java has no "current exception", so {@code exc_info} is the {@link Throwable} itself.
 *
 * @param excInfo    Python's {@code exc_info}: the exception whose trace the record carries, or null
 * @param stackInfo  Python's {@code stack_info}: whether the record carries the caller's stack
 * @param stacklevel Python's {@code stacklevel}: which caller the record names, 1 the one calling the logger
 * @param extra      Python's {@code extra}: attributes added to the record, or null
 */
public record LogCall(Throwable excInfo, boolean stackInfo, int stacklevel, Map<String, ?> extra) {
    /** No keyword arguments: Python's defaults. */
    public static final LogCall DEFAULT = new LogCall(null, false, 1, null);

    /**
     * The arguments, as given.
     *
     * @param excInfo    the exception, or null
     * @param stackInfo  whether to add the stack
     * @param stacklevel which caller the record names
     * @param extra      the extra attributes, or null
     */
    public LogCall {
        extra = extra == null ? null : Map.copyOf(extra);
    }

    /**
     * {@code exc_info=t}.
     *
     * @param t the exception
     * @return the arguments
     */
    public static LogCall excInfo(Throwable t) {
        return DEFAULT.withExcInfo(t);
    }

    /**
     * {@code extra=attributes}.
     *
     * @param attributes the attributes added to the record
     * @return the arguments
     */
    public static LogCall extra(Map<String, ?> attributes) {
        return DEFAULT.withExtra(attributes);
    }

    /**
     * {@code stacklevel=level}.
     *
     * @param level which caller the record names, 1 the one calling the logger
     * @return the arguments
     */
    public static LogCall stacklevel(int level) {
        return DEFAULT.withStacklevel(level);
    }

    /**
     * {@code stack_info=stackInfo}.
     *
     * @param stackInfo whether the record carries the caller's stack
     * @return the arguments
     */
    public static LogCall stackInfo(boolean stackInfo) {
        return DEFAULT.withStackInfo(stackInfo);
    }

    /**
     * These arguments with {@code exc_info=t}.
     *
     * @param t the exception, or null
     * @return the arguments
     */
    public LogCall withExcInfo(Throwable t) {
        return new LogCall(t, stackInfo, stacklevel, extra);
    }

    /**
     * These arguments with {@code stack_info}.
     *
     * @param stackInfo whether the record carries the stack
     * @return the arguments
     */
    public LogCall withStackInfo(boolean stackInfo) {
        return new LogCall(excInfo, stackInfo, stacklevel, extra);
    }

    /**
     * These arguments with {@code stacklevel}.
     *
     * @param level which caller the record names, 1 the one calling the logger
     * @return the arguments
     */
    public LogCall withStacklevel(int level) {
        return new LogCall(excInfo, stackInfo, level, extra);
    }

    /**
     * These arguments with {@code extra}.
     *
     * @param attributes the attributes added to the record, or null
     * @return the arguments
     */
    public LogCall withExtra(Map<String, ?> attributes) {
        return new LogCall(excInfo, stackInfo, stacklevel, attributes);
    }
}
