package org.osprey.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code logging} module. Its state is per process, as Python's (the root logger, the hierarchy, the
 * level names), so its functions are static and loggers are fetched in static initialisers, as SLF4J's are:
 * {@code private static final Logger LOG = Logging.getLogger("app.db");}.
 */
public final class Logging {
    /** Python's {@code logging.CRITICAL}. */
    public static final int CRITICAL = 50;
    /** Python's {@code logging.FATAL}, the same as {@link #CRITICAL}. */
    public static final int FATAL = CRITICAL;
    /** Python's {@code logging.ERROR}. */
    public static final int ERROR = 40;
    /** Python's {@code logging.WARNING}. */
    public static final int WARNING = 30;
    /** Python's {@code logging.WARN}, the same as {@link #WARNING}. */
    public static final int WARN = WARNING;
    /** Python's {@code logging.INFO}. */
    public static final int INFO = 20;
    /** Python's {@code logging.DEBUG}. */
    public static final int DEBUG = 10;
    /** Python's {@code logging.NOTSET}. */
    public static final int NOTSET = 0;

    private static volatile boolean raiseExceptions = true;
    private static volatile boolean sourceLookup = true;
    private static volatile Handler lastResort;
    private static volatile LogRecordFactory recordFactory = LogRecord::new;

    static {
        lastResort = new StderrHandler(WARNING);
    }

    private Logging() {
    }

    /** Python's {@code _StderrHandler}: {@code System.err} as it is when each record is written. */
    private static final class StderrHandler extends StreamHandler {
        StderrHandler(int level) {
            super(System.err);
            setLevel(level);
        }

        @Override
        public void emit(LogRecord record) {
            setStream(System.err);
            super.emit(record);
        }
    }

    /**
     * Mirrors {@code logging.getLogger(name)}: the logger of that dotted name, made the first time; the root
     * logger for {@code ""}, null or {@code "root"}.
     *
     * @param name a dotted name
     * @return the logger, the same one for every call with that name
     */
    public static Logger getLogger(String name) {
        if (name == null || name.isEmpty() || name.equals("root")) {
            return root();
        }
        return Manager.INSTANCE.getLogger(name);
    }

    /**
     * Mirrors {@code logging.getLogger()}: the root logger.
     *
     * @return the root logger
     */
    public static Logger getLogger() {
        return root();
    }

    private static Logger root() {
        return Manager.INSTANCE.root;
    }

    /**
     * Mirrors {@code logging.root.manager.loggerDict}, the real loggers only (an Osprey extension for
     * {@code logging.config}).
     *
     * @return the loggers by name, in creation order, a snapshot
     */
    public static Map<String, Logger> loggerDict() {
        return Manager.INSTANCE.loggers();
    }

    /**
     * Mirrors {@code logging.addLevelName(level, levelName)}.
     *
     * @param level the level
     * @param levelName its name
     */
    public static void addLevelName(int level, String levelName) {
        Levels.add(level, levelName);
    }

    /**
     * Mirrors {@code logging.getLevelName(level)}: its name, or {@code "Level N"}.
     *
     * @param level the level
     * @return its name
     */
    public static String getLevelName(int level) {
        return Levels.name(level);
    }

    /**
     * Mirrors {@code logging.getLevelName(name)}: the level of a name, as Python 3.13 still answers.
     *
     * @param levelName a level name
     * @return its level (an {@link Integer}), or {@code "Level NAME"} for an unknown name
     */
    public static Object getLevelName(String levelName) {
        return Levels.nameOrLevel(levelName);
    }

    /**
     * Mirrors {@code logging.getLevelNamesMapping()}.
     *
     * @return the levels by name, a copy
     */
    public static Map<String, Integer> getLevelNamesMapping() {
        return Levels.mapping();
    }

    /**
     * Mirrors {@code logging.disable(level)}: every logger ignores records at or below {@code level}.
     *
     * @param level the level; NOTSET undoes it
     */
    public static void disable(int level) {
        Manager.INSTANCE.disable = level;
        Manager.INSTANCE.clearCache();
    }

    /** Mirrors {@code logging.disable()}: every record up to CRITICAL is ignored. */
    public static void disable() {
        disable(CRITICAL);
    }

    /** @return Python's {@code logging.raiseExceptions}: whether handler errors are printed */
    public static boolean raiseExceptions() {
        return raiseExceptions;
    }

    /**
     * Sets Python's {@code logging.raiseExceptions}.
     *
     * @param raise whether {@link Handler#handleError} prints handler errors
     */
    public static void setRaiseExceptions(boolean raise) {
        raiseExceptions = raise;
    }

    /**
     * Whether a logging call looks up its caller for the record: Python's {@code logging._srcfile} not None.
     *
     * @return true unless {@link #setSourceLookup} said no
     */
    public static boolean sourceLookup() {
        return sourceLookup;
    }

    /**
     * Python's {@code logging._srcfile = None} (false) and back: without the lookup a record's {@code pathname},
     * {@code filename} and {@code module} are {@code (unknown file)}, {@code lineno} 0, {@code funcName}
     * {@code (unknown function)} and {@code stack_info} None, as CPython's; each enabled call then saves its walk
     * of the stack. For programs whose formats, filters and handlers use none of those.
     *
     * @param lookup whether to look the caller up (the default)
     */
    public static void setSourceLookup(boolean lookup) {
        sourceLookup = lookup;
    }

    /** @return Python's {@code logging.lastResort}: WARNING and above to {@code System.err} when no handler is found */
    public static Handler lastResort() {
        return lastResort;
    }

    /**
     * Sets Python's {@code logging.lastResort}.
     *
     * @param handler the handler of records no other handler takes, or null
     */
    public static void setLastResort(Handler handler) {
        lastResort = handler;
    }

    /**
     * Mirrors {@code logging.setLogRecordFactory(factory)}.
     *
     * @param factory what makes records
     */
    public static void setLogRecordFactory(LogRecordFactory factory) {
        recordFactory = factory;
    }

    /**
     * Mirrors {@code logging.getLogRecordFactory()}.
     *
     * @return what makes records
     */
    public static LogRecordFactory getLogRecordFactory() {
        return recordFactory;
    }

    /**
     * Mirrors {@code logging.makeLogRecord(dict)}: an empty record with these attributes.
     *
     * @param attributes the attributes by Python name
     * @return the record
     */
    public static LogRecord makeLogRecord(Map<String, ?> attributes) {
        LogRecord record = recordFactory.create(null, NOTSET, "", 0, "", new Object[0], null, null, null);
        attributes.forEach(record::set);
        return record;
    }

    /**
     * Mirrors {@code logging.getHandlerByName(name)} (Python 3.12).
     *
     * @param name a handler's name
     * @return the handler, or null
     */
    public static Handler getHandlerByName(String name) {
        return HandlerRegistry.byName(name);
    }

    /**
     * Mirrors {@code logging.getHandlerNames()} (Python 3.12).
     *
     * @return the names of the live named handlers
     */
    public static Set<String> getHandlerNames() {
        return HandlerRegistry.names();
    }

    /**
     * Mirrors {@code logging.basicConfig(**kwargs)}: a handler for the root logger (to {@code System.err}, a
     * stream or a file) with a formatter, unless it has handlers already and {@code force} is false.
     *
     * @param config the keyword arguments
     * @throws IOException Python's OSError opening the file
     * @throws IllegalArgumentException Python's ValueError for arguments that exclude each other, a bad style or
     *         format, an unknown level
     */
    public static void basicConfig(BasicConfig config) throws IOException {
        Logger root = root();
        synchronized (Manager.LOCK) {
            if (config.force()) {
                for (Handler h : root.handlers()) {
                    root.removeHandler(h);
                    h.close();
                }
            }
            if (!root.handlers().isEmpty()) {
                return;
            }
            List<Handler> handlers = config.handlers();
            if (handlers == null && config.stream() != null && config.filename() != null) {
                throw new IllegalArgumentException("'stream' and 'filename' should not be specified together");
            }
            if (handlers != null && (config.stream() != null || config.filename() != null)) {
                throw new IllegalArgumentException(
                        "'stream' or 'filename' should not be specified together with 'handlers'");
            }
            String style = config.style() == null ? "%" : config.style();
            Formatter fmt = new Formatter(
                    config.format() != null ? config.format() : FormatStyle.basicFormat(style), config.datefmt(),
                    style);
            if (handlers == null) {
                handlers = List.of(basicHandler(config));
            }
            for (Handler h : handlers) {
                if (h.formatter() == null) {
                    h.setFormatter(fmt);
                }
                root.addHandler(h);
            }
            if (config.level() instanceof Integer level) {
                root.setLevel(level);
            } else if (config.level() != null) {
                root.setLevel((String) config.level());
            }
        }
    }

    private static Handler basicHandler(BasicConfig config) throws IOException {
        if (config.filename() != null && !config.filename().isEmpty()) {
            String mode = config.filemode() != null ? config.filemode() : "a";
            String errors = config.errors() != null ? config.errors() : "backslashreplace";
            return new FileHandler(config.filename(), FileHandlerOptions.DEFAULT.withMode(mode)
                    .withEncoding(config.encoding()).withErrors(errors));
        }
        Object stream = config.stream();
        if (stream instanceof PrintStream ps) {
            return new StreamHandler(ps);
        }
        if (stream instanceof Writer w) {
            return new StreamHandler(w);
        }
        if (stream instanceof OutputStream os) {
            return new StreamHandler(os);
        }
        return new StreamHandler();
    }

    /**
     * Mirrors {@code logging.basicConfig()}: the root logger to {@code System.err} as
     * {@code LEVEL:name:message}, unless it has handlers.
     */
    public static void basicConfig() {
        try {
            basicConfig(BasicConfig.DEFAULT);
        } catch (IOException e) {
            throw new AssertionError("no file is opened without a filename", e);
        }
    }

    /**
     * Mirrors {@code logging.debug(msg, *args)}: the root logger's, after {@link #basicConfig()} when it has no
     * handler.
     *
     * @param msg the message
     * @param args its arguments
     */
    public static void debug(String msg, Object... args) {
        rootConfigured().debug(msg, args);
    }

    /**
     * Mirrors {@code logging.debug(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public static void debug(LogCall call, String msg, Object... args) {
        rootConfigured().debug(call, msg, args);
    }

    /**
     * Mirrors {@code logging.info(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public static void info(String msg, Object... args) {
        rootConfigured().info(msg, args);
    }

    /**
     * Mirrors {@code logging.info(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public static void info(LogCall call, String msg, Object... args) {
        rootConfigured().info(call, msg, args);
    }

    /**
     * Mirrors {@code logging.warning(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public static void warning(String msg, Object... args) {
        rootConfigured().warning(msg, args);
    }

    /**
     * Mirrors {@code logging.warning(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public static void warning(LogCall call, String msg, Object... args) {
        rootConfigured().warning(call, msg, args);
    }

    /**
     * Mirrors {@code logging.error(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public static void error(String msg, Object... args) {
        rootConfigured().error(msg, args);
    }

    /**
     * Mirrors {@code logging.error(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public static void error(LogCall call, String msg, Object... args) {
        rootConfigured().error(call, msg, args);
    }

    /**
     * Mirrors {@code logging.critical(msg, *args)}.
     *
     * @param msg the message
     * @param args its arguments
     */
    public static void critical(String msg, Object... args) {
        rootConfigured().critical(msg, args);
    }

    /**
     * Mirrors {@code logging.critical(msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param msg the message
     * @param args its arguments
     */
    public static void critical(LogCall call, String msg, Object... args) {
        rootConfigured().critical(call, msg, args);
    }

    /**
     * Mirrors {@code logging.exception(msg, *args)}: ERROR with the exception's trace, which Java passes.
     *
     * @param error the exception
     * @param msg the message
     * @param args its arguments
     */
    public static void exception(Throwable error, String msg, Object... args) {
        rootConfigured().exception(error, msg, args);
    }

    /**
     * Mirrors {@code logging.log(level, msg, *args)}.
     *
     * @param level the level
     * @param msg the message
     * @param args its arguments
     */
    public static void log(int level, String msg, Object... args) {
        rootConfigured().log(level, msg, args);
    }

    /**
     * Mirrors {@code logging.log(level, msg, *args, **kwargs)}.
     *
     * @param call the keyword arguments
     * @param level the level
     * @param msg the message
     * @param args its arguments
     */
    public static void log(LogCall call, int level, String msg, Object... args) {
        rootConfigured().log(call, level, msg, args);
    }

    private static Logger rootConfigured() {
        Logger root = root();
        if (root.handlers().isEmpty()) {
            basicConfig();
        }
        return root;
    }

    /**
     * Mirrors {@code logging.shutdown()}: flushes and closes every handler, the newest first; a JVM shutdown hook
     * runs it, as Python's {@code atexit}. Errors are ignored, as Python's {@code OSError} and
     * {@code ValueError} there.
     */
    public static void shutdown() {
        List<Handler> handlers = new ArrayList<>(HandlerRegistry.newestFirst());
        for (Handler h : handlers) {
            h.acquire();
            try {
                if (h.flushOnClose()) {
                    h.flush();
                }
                h.close();
            } catch (RuntimeException e) {
                // as Python's shutdown: a handler that cannot flush or close must not stop the others
            } finally {
                h.release();
            }
        }
    }

    /**
     * Mirrors {@code logging.captureWarnings(capture)}. The JVM has no {@code warnings} module whose
     * {@code showwarning} could be replaced, and no other source of warnings means the same, so capturing is
     * refused; {@code false} (nothing captured) is accepted.
     *
     * @param capture whether to capture warnings
     * @throws UnsupportedOperationException for {@code true}, saying why
     */
    public static void captureWarnings(boolean capture) {
        if (capture) {
            throw new UnsupportedOperationException("logging.captureWarnings: the JVM has no warnings module;"
                    + " Java warnings go through java.util.logging or System.Logger, which the bridges forward");
        }
    }
}
