package org.osprey.logging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osprey.logging.internal.Callers;
import org.osprey.logging.internal.format.PyStr;

/**
 * Python's {@code logging.Logger}, got from {@link Logging#getLogger(String)}: a node of the dotted hierarchy with
 * a level, handlers and filters. {@code log.info("copied %s to %s", a, b)} formats lazily with Python's
 * {@code msg % args}; a disabled call costs a level check.
 */
public class Logger extends Filterer {
    /** The enablement not computed yet. */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    /** Python's {@code _log} without {@code _srcfile}. */
    private static final Caller NOT_LOOKED_UP = new Caller("(unknown file)", 0, "(unknown function)", null);

    private final String name;
    private volatile int level;
    /** Python's {@code parent}, under the module lock when it changes. */
    volatile Logger parent;
    private volatile boolean propagate = true;
    private volatile boolean disabled;
    private final List<Handler> handlers = new CopyOnWriteArrayList<>();
    /** The lowest enabled level (Python's {@code _cache}, which {@code setLevel} and {@code disable} clear). */
    private volatile int enabledFrom = UNKNOWN;

    /**
     * A logger outside the hierarchy (Python's {@code Logger(name, level)}); {@link Logging#getLogger(String)} is
     * how loggers are usually made.
     *
     * @param name the name
     * @param level the level
     */
    protected Logger(String name, int level) {
        this.name = name;
        this.level = level;
    }

    /** A call site found by {@link #findCaller}: Python's {@code (filename, lineno, funcName, sinfo)}. */
    public record Caller(String pathname, int lineno, String funcName, String stackInfo) {
    }

    /** @return Python's {@code name} */
    public String name() {
        return name;
    }

    /** @return Python's {@code level}: this logger's own, NOTSET to inherit */
    public int level() {
        return level;
    }

    /** @return Python's {@code parent}: null for the root logger */
    public Logger parent() {
        return parent;
    }

    /** @return Python's {@code propagate} */
    public boolean propagate() {
        return propagate;
    }

    /**
     * Sets Python's {@code propagate}: whether records go on to the parent's handlers.
     *
     * @param propagate whether they do
     */
    public void setPropagate(boolean propagate) {
        this.propagate = propagate;
    }

    /** @return Python's {@code disabled} */
    public boolean disabled() {
        return disabled;
    }

    /**
     * Sets Python's {@code disabled} (what {@code dictConfig}'s {@code disable_existing_loggers} does).
     *
     * @param disabled whether the logger drops every record
     */
    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    /**
     * Mirrors {@code Logger.setLevel(level)}.
     *
     * @param level the level
     */
    public void setLevel(int level) {
        this.level = level;
        Manager.INSTANCE.clearCache();
    }

    /**
     * Mirrors {@code Logger.setLevel(name)}.
     *
     * @param level a level name ({@code "INFO"})
     * @throws IllegalArgumentException Python's ValueError {@code Unknown level: 'X'}
     */
    public void setLevel(String level) {
        setLevel(Levels.check(level));
    }

    void clearCache() {
        enabledFrom = UNKNOWN;
    }

    /**
     * Mirrors {@code Logger.getEffectiveLevel()}: the first level set, going up the hierarchy.
     *
     * @return the level
     */
    public int getEffectiveLevel() {
        for (Logger l = this; l != null; l = l.parent) {
            if (l.level != Logging.NOTSET) {
                return l.level;
            }
        }
        return Logging.NOTSET;
    }

    /**
     * Mirrors {@code Logger.isEnabledFor(level)}: not disabled, above {@link Logging#disable}, at or above the
     * effective level; cached as Python's.
     *
     * @param level the level
     * @return whether a record at that level would be made
     */
    public boolean isEnabledFor(int level) {
        if (disabled) {
            return false;
        }
        int from = enabledFrom;
        if (from == UNKNOWN) {
            synchronized (Manager.LOCK) {
                int disable = Manager.INSTANCE.disable;
                from = Math.max(getEffectiveLevel(), disable == Integer.MAX_VALUE ? disable : disable + 1);
                enabledFrom = from;
            }
        }
        return level >= from;
    }

    /**
     * Mirrors {@code Logger.getChild(suffix)}: {@code getLogger(name + "." + suffix)} (just {@code suffix} below
     * the root).
     *
     * @param suffix a name, dots allowed
     * @return the logger
     */
    public Logger getChild(String suffix) {
        return Logging.getLogger(this == Manager.INSTANCE.root ? suffix : name + "." + suffix);
    }

    /**
     * Mirrors {@code Logger.getChildren()} (Python 3.12): the loggers right below this one.
     *
     * @return the children
     */
    public Set<Logger> getChildren() {
        int depth = depth(this);
        return Manager.INSTANCE.loggers().values().stream()
                .filter(l -> l.parent == this && depth(l) == depth + 1).collect(Collectors.toUnmodifiableSet());
    }

    private static int depth(Logger logger) {
        return logger == Manager.INSTANCE.root ? 0 : 1 + (int) logger.name.chars().filter(c -> c == '.').count();
    }

    /**
     * Mirrors {@code Logger.addHandler(hdlr)}: a handler already there is not added twice.
     *
     * @param handler the handler
     */
    public void addHandler(Handler handler) {
        ((CopyOnWriteArrayList<Handler>) handlers).addIfAbsent(handler);
    }

    /**
     * Mirrors {@code Logger.removeHandler(hdlr)}.
     *
     * @param handler the handler
     */
    public void removeHandler(Handler handler) {
        handlers.remove(handler);
    }

    /** @return Python's {@code handlers}: this logger's own, a snapshot */
    public List<Handler> handlers() {
        return List.copyOf(handlers);
    }

    /**
     * Mirrors {@code Logger.hasHandlers()}: whether this logger or one it propagates to has a handler.
     *
     * @return whether there is one
     */
    public boolean hasHandlers() {
        for (Logger l = this; l != null; l = l.propagate ? l.parent : null) {
            if (!l.handlers.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mirrors {@code Logger.debug(msg, *args)}.
     *
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void debug(String msg, Object... args) {
        if (isEnabledFor(Logging.DEBUG)) {
            log0(Logging.DEBUG, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.debug(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void debug(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.DEBUG)) {
            log0(Logging.DEBUG, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.info(msg, *args)}.
     *
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void info(String msg, Object... args) {
        if (isEnabledFor(Logging.INFO)) {
            log0(Logging.INFO, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.info(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void info(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.INFO)) {
            log0(Logging.INFO, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.warning(msg, *args)}.
     *
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void warning(String msg, Object... args) {
        if (isEnabledFor(Logging.WARNING)) {
            log0(Logging.WARNING, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.warning(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void warning(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.WARNING)) {
            log0(Logging.WARNING, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.error(msg, *args)}.
     *
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void error(String msg, Object... args) {
        if (isEnabledFor(Logging.ERROR)) {
            log0(Logging.ERROR, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.error(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void error(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.ERROR)) {
            log0(Logging.ERROR, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.critical(msg, *args)}.
     *
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void critical(String msg, Object... args) {
        if (isEnabledFor(Logging.CRITICAL)) {
            log0(Logging.CRITICAL, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.critical(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void critical(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.CRITICAL)) {
            log0(Logging.CRITICAL, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.exception(msg, *args)} inside {@code except}: ERROR with the exception's trace. Java
     * has no current exception: it is passed.
     *
     * @param error the exception
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void exception(Throwable error, String msg, Object... args) {
        if (isEnabledFor(Logging.ERROR)) {
            log0(Logging.ERROR, LogCall.excInfo(error), msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.exception(msg, *args, **kwargs)}: ERROR, the exception being {@code call}'s
     * {@code excInfo}.
     *
     * @param call the keyword arguments
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void exception(LogCall call, String msg, Object... args) {
        if (isEnabledFor(Logging.ERROR)) {
            log0(Logging.ERROR, call, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.log(level, msg, *args)}.
     *
     * @param level the level
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void log(int level, String msg, Object... args) {
        if (isEnabledFor(level)) {
            log0(level, LogCall.DEFAULT, msg, args);
        }
    }

    /**
     * Mirrors {@code Logger.log(level, msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param level the level
     * @param msg the message, a {@code %} format when there are arguments
     * @param args its arguments; one {@link Map} is the mapping of {@code %(key)s}
     */
    public void log(LogCall call, int level, String msg, Object... args) {
        if (isEnabledFor(level)) {
            log0(level, call, msg, args);
        }
    }

    /**
     * Python's {@code _log}: the caller found (unless {@link Logging#setSourceLookup} said no), the record made and
     * handled.
     */
    private void log0(int level, LogCall call, String msg, Object[] args) {
        Caller caller = Logging.sourceLookup() ? findCaller(call.stackInfo(), call.stacklevel()) : NOT_LOOKED_UP;
        LogRecord record = makeRecord(name, level, caller.pathname(), caller.lineno(), msg, args, call.excInfo(),
                caller.funcName(), call.extra(), caller.stackInfo());
        handle(record);
    }

    /**
     * Mirrors {@code Logger.findCaller(stack_info, stacklevel)}: the {@code stacklevel}-th frame outside the
     * logging classes (the deepest frame when the stack is shorter); its stack, when asked, in Python's order under
     * Python's heading, each frame as Java prints it.
     *
     * @param stackInfo whether to add the stack
     * @param stacklevel 1 for the code calling the logger, 2 for its caller...
     * @return the call site
     */
    public Caller findCaller(boolean stackInfo, int stacklevel) {
        Callers.Site site = Callers.find(stacklevel, stackInfo);
        return new Caller(site.pathname(), site.lineno(), site.funcName(), site.stack());
    }

    /**
     * Mirrors {@code Logger.makeRecord(name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)}: the
     * record factory's record, with the {@code extra} attributes.
     *
     * @param name the logger's name
     * @param level the level
     * @param pathname the caller's source
     * @param lineno the caller's line
     * @param msg the message
     * @param args its arguments
     * @param excInfo the exception, or null
     * @param func the caller's method
     * @param extra attributes to add, or null
     * @param sinfo the stack text, or null
     * @return the record
     * @throws java.util.NoSuchElementException Python's KeyError {@code Attempt to overwrite 'x' in LogRecord}
     */
    public LogRecord makeRecord(String name, int level, String pathname, int lineno, Object msg, Object[] args,
            Throwable excInfo, String func, Map<String, ?> extra, String sinfo) {
        LogRecord record = Logging.getLogRecordFactory().create(name, level, pathname, lineno, msg, args, excInfo,
                func, sinfo);
        if (extra != null) {
            for (Map.Entry<String, ?> e : extra.entrySet()) {
                String key = e.getKey();
                if (key.equals("message") || key.equals("asctime") || record.has(key)) {
                    throw new java.util.NoSuchElementException(
                            "\"Attempt to overwrite " + PyStr.repr(key) + " in LogRecord\"");
                }
                record.set(key, e.getValue());
            }
        }
        return record;
    }

    /**
     * Mirrors {@code Logger.handle(record)}: the filters, then {@link #callHandlers}; nothing when disabled.
     *
     * @param record the record
     */
    public void handle(LogRecord record) {
        if (disabled) {
            return;
        }
        LogRecord passed = filter(record);
        if (passed != null) {
            callHandlers(passed);
        }
    }

    /**
     * Mirrors {@code Logger.callHandlers(record)}: every handler of this logger and of those it propagates to
     * whose level the record reaches; {@link Logging#lastResort()} when there is none at all.
     *
     * @param record the record
     */
    public void callHandlers(LogRecord record) {
        int found = 0;
        for (Logger l = this; l != null; l = l.propagate ? l.parent : null) {
            for (Handler h : l.handlers) {
                found++;
                if (record.levelno() >= h.level()) {
                    h.handle(record);
                }
            }
        }
        if (found == 0) {
            Handler last = Logging.lastResort();
            if (last != null) {
                if (record.levelno() >= last.level()) {
                    last.handle(record);
                }
            } else {
                Manager.INSTANCE.noHandlerWarning(name);
            }
        }
    }

    /** Mirrors {@code Logger.__repr__}: {@code <Logger name (LEVEL)>}, the effective level. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + name + " (" + Logging.getLevelName(getEffectiveLevel())
                + ")>";
    }
}
