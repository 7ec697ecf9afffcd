package org.osprey.logging.handlers;

import org.osprey.logging.LogRecord;

/** Records as a logger makes them, for handlers tested on their own. */
final class Records {
    private Records() {
    }

    static LogRecord record(int level, String msg, Object... args) {
        return new LogRecord("handlers.test", level, "org/osprey/Test.java", 7, msg, args, null, "run", null);
    }
}
