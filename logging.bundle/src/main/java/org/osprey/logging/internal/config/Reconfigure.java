package org.osprey.logging.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;

/**
 * What {@code dictConfig} and {@code fileConfig} both do around the new configuration: close the handlers of
 * the old one first, and afterwards disable (or reset) the loggers the new one does not name.
 */
final class Reconfigure {
    /** Python holds the module lock while configuring; here configurations are serialised among themselves. */
    static final Object LOCK = new Object();

    /** The loggers that existed before, sorted, less the ones the new configuration names. */
    private final List<String> existing;
    /** Existing loggers below a configured one: reset rather than disabled. */
    private final List<String> children = new ArrayList<>();

    private Reconfigure() {
        existing = new ArrayList<>(Logging.loggerDict().keySet());
        existing.sort(null);
    }

    /** Python's {@code _clearExistingHandlers}: every handler flushed and closed, names forgotten. */
    static Reconfigure clearExistingHandlers() {
        Logging.shutdown();
        return new Reconfigure();
    }

    /** The configuration names this logger: not disabled, and its existing descendants are kept working. */
    void configured(String name) {
        int i = existing.indexOf(name);
        if (i < 0) {
            return;
        }
        String prefixed = name + ".";
        for (String other : existing.subList(i + 1, existing.size())) {
            if (other.startsWith(prefixed)) {
                children.add(other);
            }
        }
        existing.remove(i);
    }

    /** Python's {@code _handle_existing_loggers}. */
    void finish(boolean disableExisting) {
        Map<String, Logger> loggers = Logging.loggerDict();
        for (String name : existing) {
            Logger logger = loggers.get(name);
            if (children.contains(name)) {
                logger.setLevel(Logging.NOTSET);
                removeHandlers(logger);
                logger.setPropagate(true);
            } else {
                logger.setDisabled(disableExisting);
            }
        }
    }

    static void removeHandlers(Logger logger) {
        for (Handler h : logger.handlers()) {
            logger.removeHandler(h);
        }
    }

}
