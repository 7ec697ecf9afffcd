package org.osprey.logging.config;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;

/**
 * A configuration is process-wide: it disables the loggers it does not name and closes every handler. Each test
 * gets a captured {@code System.out} (what {@code ext://sys.stdout} resolves to) and leaves the loggers enabled,
 * the root logger's level and handlers and {@code System.out} as it found them (as test_logging's BaseTest).
 */
abstract class ConfigState {
    private PrintStream stdout;
    private List<Handler> rootHandlers;
    private int rootLevel;
    private List<Logger> enabled;
    /** What the test's handlers wrote to {@code sys.stdout}. */
    protected ByteArrayOutputStream out;

    @BeforeEach
    void saveState() {
        stdout = System.out;
        out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        rootHandlers = Logging.getLogger().handlers();
        rootLevel = Logging.getLogger().level();
        enabled = new ArrayList<>();
        for (Logger l : Logging.loggerDict().values()) {
            if (!l.disabled()) {
                enabled.add(l);
            }
        }
    }

    @AfterEach
    void restoreState() {
        System.setOut(stdout);
        Logger root = Logging.getLogger();
        for (Handler h : root.handlers()) {
            root.removeHandler(h);
            h.close();
        }
        rootHandlers.forEach(root::addHandler);
        root.setLevel(rootLevel);
        enabled.forEach(l -> l.setDisabled(false));
        for (Map.Entry<String, Logger> e : Logging.loggerDict().entrySet()) {
            if (e.getKey().startsWith("compiler")) {
                e.getValue().handlers().forEach(e.getValue()::removeHandler);
            }
        }
    }

    /** What was written to {@code sys.stdout} so far. */
    protected String stdout() {
        System.out.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
