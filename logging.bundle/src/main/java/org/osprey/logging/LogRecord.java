package org.osprey.logging;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osprey.logging.internal.format.PercentFormat;
import org.osprey.logging.internal.format.PyStr;

/**
 * Python's {@code logging.LogRecord}: one logged event, its attributes by Python's names (its {@code __dict__},
 * {@link #attributes()}), the usual ones also as accessors. {@code exc_info} is the {@link Throwable} itself;
 * {@code thread} is the Java thread's id, {@code process} the JVM's pid, {@code processName} {@code MainProcess}
 * and {@code taskName} None, as in a Python program without multiprocessing or asyncio.
 */
public class LogRecord {
    private static final long START_NS = nowNanos();
    /** Boxed once: every record holds the same. */
    private static final Long PID = ProcessHandle.current().pid();
    /** Python's 21 attributes, {@code message} and {@code asctime} without growing the table. */
    private static final int ATTRIBUTES = 32;
    /** The last pathname's parts: a busy caller's records share them. */
    private static volatile SourceNames lastNames = new SourceNames(null, null, null);

    private final Map<String, Object> dict = new LinkedHashMap<>(ATTRIBUTES);

    /** Python's {@code filename} and {@code module} of a {@code pathname}. */
    private record SourceNames(String pathname, String filename, String module) {
        static SourceNames of(String pathname) {
            SourceNames last = lastNames;
            if (last.pathname == pathname) { // the same text again: a calling class keeps its pathname
                return last;
            }
            String filename = pathname == null ? null : pathname.substring(pathname.lastIndexOf('/') + 1);
            int dot = filename == null ? -1 : filename.lastIndexOf('.');
            SourceNames names = new SourceNames(pathname, filename, dot > 0 ? filename.substring(0, dot) : filename);
            lastNames = names;
            return names;
        }
    }

    /**
     * Mirrors {@code LogRecord(name, level, pathname, lineno, msg, args, exc_info, func, sinfo)}; a single non-empty
     * {@link Map} as {@code args} becomes the mapping ({@code args[0]}), as in Python.
     *
     * @param name     the logger's name
     * @param level    the level
     * @param pathname the caller's source path
     * @param lineno   the caller's line
     * @param msg      the message, a format for {@code args}
     * @param args     the arguments of {@code msg}; null is none
     * @param excInfo  the exception, or null
     * @param func     the caller's method, or null
     * @param sinfo    the stack text, or null
     */
    public LogRecord(String name, int level, String pathname, int lineno, Object msg, Object[] args,
            Throwable excInfo, String func, String sinfo) {
        long ct = nowNanos();
        dict.put("name", name);
        dict.put("msg", msg);
        Object[] tuple = args == null ? new Object[0] : args;
        dict.put("args", tuple.length == 1 && tuple[0] instanceof Map<?, ?> m && !m.isEmpty() ? m : tuple);
        dict.put("levelname", Logging.getLevelName(level));
        dict.put("levelno", level);
        dict.put("pathname", pathname);
        SourceNames names = SourceNames.of(pathname);
        dict.put("filename", names.filename);
        dict.put("module", names.module);
        dict.put("exc_info", excInfo);
        dict.put("exc_text", null);
        dict.put("stack_info", sinfo);
        dict.put("lineno", lineno);
        dict.put("funcName", func);
        dict.put("created", ct / 1e9);
        dict.put("msecs", (double) (Math.floorMod(ct, 1_000_000_000L) / 1_000_000));
        dict.put("relativeCreated", (ct - START_NS) / 1e6);
        Thread current = Thread.currentThread();
        dict.put("thread", current.getId());
        dict.put("threadName", current.getName());
        dict.put("processName", "MainProcess");
        dict.put("process", PID);
        dict.put("taskName", null);
    }

    /**
     * A copy of {@code other}'s attributes, Python's {@code copy.copy(record)} (what {@code QueueHandler} sends).
     *
     * @param other the record
     */
    protected LogRecord(LogRecord other) {
        dict.putAll(other.dict);
    }

    /**
     * Python's {@code copy.copy(record)}: a record with the same attributes, which may change without touching
     * this one's.
     *
     * @return the copy
     */
    public LogRecord copy() {
        return new LogRecord(this);
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Mirrors {@code LogRecord.getMessage()}: {@code str(msg) % args} when there are arguments.
     *
     * @return the message
     * @throws IllegalArgumentException Python's TypeError or ValueError of the {@code %} operator
     * @throws java.util.NoSuchElementException Python's KeyError of a mapping format
     */
    @SuppressWarnings("unchecked")
    public String getMessage() {
        String msg = PyStr.str(msg());
        Object args = args();
        if (args instanceof Map<?, ?> mapping) {
            return PercentFormat.format(msg, (Map<String, ?>) mapping);
        }
        Object[] tuple = (Object[]) args;
        return tuple == null || tuple.length == 0 ? msg : PercentFormat.format(msg, tuple);
    }

    /**
     * The attribute {@code name}, as Python's {@code getattr(record, name, None)}.
     *
     * @param name an attribute's Python name ({@code "levelname"}, an {@code extra} key...)
     * @return its value, or null
     */
    public Object get(String name) {
        return dict.get(name);
    }

    /**
     * Python's {@code hasattr(record, name)}.
     *
     * @param name an attribute's Python name
     * @return whether the record has it
     */
    public boolean has(String name) {
        return dict.containsKey(name);
    }

    /**
     * Python's {@code setattr(record, name, value)}, as filters and formatters change records.
     *
     * @param name an attribute's Python name
     * @param value its new value
     */
    public void set(String name, Object value) {
        dict.put(name, value);
    }

    /**
     * Python's {@code record.__dict__}, as formats see it.
     *
     * @return the attributes by name, a read-only view
     */
    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(dict);
    }

    /** @return Python's {@code name}: the logger's name */
    public String name() {
        return (String) dict.get("name");
    }

    /** @return Python's {@code msg}: the message, a format for {@link #args()} */
    public Object msg() {
        return dict.get("msg");
    }

    /** @return Python's {@code args}: an {@code Object[]} (the tuple) or the {@link Map} of the mapping case */
    public Object args() {
        return dict.get("args");
    }

    /** @return Python's {@code levelname} */
    public String levelname() {
        return PyStr.str(dict.get("levelname"));
    }

    /** @return Python's {@code levelno} */
    public int levelno() {
        return ((Number) dict.get("levelno")).intValue();
    }

    /** @return Python's {@code pathname}: the caller's source, its package as folders ({@code org/x/Y.java}) */
    public String pathname() {
        return (String) dict.get("pathname");
    }

    /** @return Python's {@code filename}: the last part of {@link #pathname()} */
    public String filename() {
        return (String) dict.get("filename");
    }

    /** @return Python's {@code module}: {@link #filename()} without its extension */
    public String module() {
        return (String) dict.get("module");
    }

    /** @return Python's {@code exc_info}: the exception, or null */
    public Throwable excInfo() {
        return (Throwable) dict.get("exc_info");
    }

    /** @return Python's {@code exc_text}: the exception as the formatter wrote it, cached, or null */
    public String excText() {
        return (String) dict.get("exc_text");
    }

    /** @return Python's {@code stack_info}, or null */
    public String stackInfo() {
        return (String) dict.get("stack_info");
    }

    /** @return Python's {@code lineno}: the caller's line, 0 when unknown */
    public int lineno() {
        return ((Number) dict.get("lineno")).intValue();
    }

    /** @return Python's {@code funcName}: the caller's method */
    public String funcName() {
        return (String) dict.get("funcName");
    }

    /** @return Python's {@code created}: the time, in seconds since the epoch */
    public double created() {
        return ((Number) dict.get("created")).doubleValue();
    }

    /** @return Python's {@code msecs}: the milliseconds of {@link #created()} */
    public double msecs() {
        return ((Number) dict.get("msecs")).doubleValue();
    }

    /** @return Python's {@code relativeCreated}: milliseconds since the logging classes were loaded */
    public double relativeCreated() {
        return ((Number) dict.get("relativeCreated")).doubleValue();
    }

    /** @return Python's {@code thread}: the Java thread's id */
    public long thread() {
        return ((Number) dict.get("thread")).longValue();
    }

    /** @return Python's {@code threadName} */
    public String threadName() {
        return (String) dict.get("threadName");
    }

    /** @return Python's {@code processName}: {@code MainProcess} */
    public String processName() {
        return (String) dict.get("processName");
    }

    /** @return Python's {@code process}: the JVM's pid */
    public long process() {
        return ((Number) dict.get("process")).longValue();
    }

    /** @return Python's {@code taskName}: null */
    public String taskName() {
        return (String) dict.get("taskName");
    }

    /** @return Python's {@code message}, set by {@link Formatter#format}, or null before */
    public String message() {
        return (String) dict.get("message");
    }

    /** @return Python's {@code asctime}, set by {@link Formatter#format} when its format uses it, or null */
    public String asctime() {
        return (String) dict.get("asctime");
    }

    /** Mirrors {@code LogRecord.__repr__}. */
    @Override
    public String toString() {
        return "<LogRecord: " + name() + ", " + dict.get("levelno") + ", " + pathname() + ", " + dict.get("lineno")
                + ", \"" + PyStr.str(msg()) + "\">";
    }
}
