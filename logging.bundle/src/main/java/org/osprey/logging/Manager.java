package org.osprey.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's {@code logging.Manager}: the dotted hierarchy, with placeholders for the names above a logger that
 * nobody asked for yet, re-parented when they are.
 */
final class Manager {
    /** Python's module lock {@code logging._lock}: the hierarchy, the level names, the named handlers. */
    static final Object LOCK = new Object();
    static final Manager INSTANCE = new Manager();

    /** A name that is only a parent of loggers so far: those loggers, in creation order. */
    private static final class PlaceHolder {
        final Set<Logger> loggers = Collections.newSetFromMap(new LinkedHashMap<>());
    }

    final Logger root = new RootLogger(Logging.WARNING);
    /** Python's {@code loggerDict}, in creation order, under {@link #LOCK}. */
    private final Map<String, Object> loggerDict = new LinkedHashMap<>();
    /** The real loggers of {@link #loggerDict}, read without the lock. */
    private final Map<String, Logger> known = new ConcurrentHashMap<>();
    volatile int disable = Logging.NOTSET;
    boolean emittedNoHandlerWarning;

    private Manager() {
    }

    Logger getLogger(String name) {
        Logger found = known.get(name);
        if (found != null) {
            return found;
        }
        synchronized (LOCK) {
            Object entry = loggerDict.get(name);
            if (entry instanceof Logger logger) {
                return logger;
            }
            Logger logger = new Logger(name, Logging.NOTSET);
            loggerDict.put(name, logger);
            known.put(name, logger);
            if (entry instanceof PlaceHolder ph) {
                fixupChildren(ph, logger);
            }
            fixupParents(logger);
            return logger;
        }
    }

    private void fixupParents(Logger logger) {
        String name = logger.name();
        Logger parent = null;
        for (int i = name.lastIndexOf('.'); i > 0 && parent == null; i = name.lastIndexOf('.', i - 1)) {
            String sub = name.substring(0, i);
            Object obj = loggerDict.get(sub);
            if (obj == null) {
                PlaceHolder ph = new PlaceHolder();
                ph.loggers.add(logger);
                loggerDict.put(sub, ph);
            } else if (obj instanceof Logger l) {
                parent = l;
            } else {
                ((PlaceHolder) obj).loggers.add(logger);
            }
        }
        logger.parent = parent != null ? parent : root;
    }

    private static void fixupChildren(PlaceHolder ph, Logger logger) {
        String name = logger.name();
        for (Logger child : ph.loggers) {
            if (!child.parent.name().startsWith(name)) {
                logger.parent = child.parent;
                child.parent = logger;
            }
        }
    }

    /** The real loggers by name, placeholders left out. */
    Map<String, Logger> loggers() {
        Map<String, Logger> out = new LinkedHashMap<>();
        synchronized (LOCK) {
            loggerDict.forEach((name, obj) -> {
                if (obj instanceof Logger l) {
                    out.put(name, l);
                }
            });
        }
        return out;
    }

    List<Logger> all() {
        List<Logger> out = new ArrayList<>(loggers().values());
        out.add(root);
        return out;
    }

    /** Python's one-time "No handlers could be found" line, when there is no last resort either. */
    void noHandlerWarning(String name) {
        synchronized (LOCK) {
            if (!Logging.raiseExceptions() || emittedNoHandlerWarning) {
                return;
            }
            emittedNoHandlerWarning = true;
        }
        System.err.print("No handlers could be found for logger \"" + name + "\"\n");
        System.err.flush();
    }

    /** Python's {@code _clear_cache}: every logger's cached enablement. */
    void clearCache() {
        synchronized (LOCK) {
            for (Logger logger : all()) {
                logger.clearCache();
            }
        }
    }
}
