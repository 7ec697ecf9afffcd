package org.osprey.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Python's logging state is per process: each test works under its own logger names and leaves the root logger,
 * {@code disable}, the record factory and the last resort as it found them (as test_logging's BaseTest).
 */
abstract class LoggingState {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private List<Handler> rootHandlers;
    private int rootLevel;
    private Handler lastResort;
    private LogRecordFactory factory;
    /** A dotted prefix no other test uses. */
    protected String prefix;

    @BeforeEach
    void saveState() {
        Logger root = Logging.getLogger();
        rootHandlers = root.handlers();
        rootLevel = root.level();
        lastResort = Logging.lastResort();
        factory = Logging.getLogRecordFactory();
        prefix = "t" + NEXT.incrementAndGet() + getClass().getSimpleName().toLowerCase();
    }

    @AfterEach
    void restoreState() {
        Logger root = Logging.getLogger();
        for (Handler h : root.handlers()) {
            if (!rootHandlers.contains(h)) {
                root.removeHandler(h);
                h.close();
            }
        }
        root.setLevel(rootLevel);
        Logging.disable(Logging.NOTSET);
        Logging.setRaiseExceptions(true);
        Logging.setSourceLookup(true);
        Logging.setLastResort(lastResort);
        Logging.setLogRecordFactory(factory);
    }

    /** The logger {@code prefix.name}. */
    protected Logger logger(String name) {
        return Logging.getLogger(prefix + "." + name);
    }

    /** A handler keeping what it is given. */
    static final class Recording extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        Recording() {
        }

        Recording(int level) {
            super(level);
        }

        @Override
        public void emit(LogRecord record) {
            records.add(record);
        }

        List<String> messages() {
            return records.stream().map(LogRecord::getMessage).toList();
        }
    }
}
