package org.osprey.logging.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osprey.logging.Filter;
import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;

/**
 * A configuration is process-wide: it changes and disables loggers and closes every handler. Each test gets a
 * captured {@code System.out} (what {@code ext://sys.stdout} resolves to) and leaves every logger as it found it,
 * the ones it made as new ones are (test_logging's BaseTest drops those from the hierarchy).
 */
abstract class ConfigState {
    /** What a test may change on a logger. */
    private record State(int level, boolean propagate, boolean disabled, List<Handler> handlers,
            List<Filter> filters) {
        static final State PRISTINE = new State(Logging.NOTSET, true, false, List.of(), List.of());

        static State of(Logger l) {
            return new State(l.level(), l.propagate(), l.disabled(), l.handlers(), l.filters());
        }

        void restore(Logger l) {
            l.setLevel(level);
            l.setPropagate(propagate);
            l.setDisabled(disabled);
            l.handlers().forEach(l::removeHandler);
            handlers.forEach(l::addHandler);
            l.filters().forEach(l::removeFilter);
            filters.forEach(l::addFilter);
        }
    }

    private PrintStream stdout;
    private final Map<String, State> states = new HashMap<>();
    private State root;
    /** What the test's handlers wrote to {@code sys.stdout}. */
    protected ByteArrayOutputStream out;

    @BeforeEach
    void saveState() {
        stdout = System.out;
        out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Logging.loggerDict().forEach((name, l) -> states.put(name, State.of(l)));
        root = State.of(Logging.getLogger());
    }

    @AfterEach
    void restoreState() {
        System.setOut(stdout);
        for (Handler h : Logging.getLogger().handlers()) {
            if (!root.handlers().contains(h)) {
                h.close();
            }
        }
        root.restore(Logging.getLogger());
        Logging.loggerDict().forEach((name, l) -> states.getOrDefault(name, State.PRISTINE).restore(l));
    }

    /** Runs the steps in Java and in CPython 3.13; both outputs must be {@code expected}. */
    protected void same(Scenario scenario, String expected, String... steps) {
        for (String step : steps) {
            scenario.step(step);
        }
        scenario.runJava();
        assertEquals(expected, stdout(), "Java");
        assertEquals(expected, scenario.runPython(), "CPython 3.13");
    }

    /**
     * test_logging's issue #11424: {@code first} configures {@code compiler.parser}, {@code second} names
     * {@code compiler} and so keeps {@code compiler.parser} and {@code compiler.lexer} working, but disables
     * {@code sibling} ({@code compiler-...}, which sorts between {@code compiler} and {@code compiler.xyz}).
     */
    protected void keepsChildrenDisablesSibling(Scenario scenario, String first, String second, String sibling) {
        same(scenario, "INFO ++ 1\nERROR ++ 2\nCRITICAL ++ 3\nINFO ++ 4\nERROR ++ 5\nINFO ++ 6\nERROR ++ 7\n",
                "config " + first, "log compiler.parser INFO", "log compiler.parser ERROR",
                "log " + sibling + " CRITICAL", "config " + second, "log compiler.parser INFO",
                "log compiler.parser ERROR", "log compiler.lexer INFO", "log compiler.lexer ERROR",
                "log " + sibling + " CRITICAL");
        assertFalse(Logging.getLogger("compiler.parser").disabled());
        assertTrue(Logging.getLogger(sibling).disabled());
    }

    /** What was written to {@code sys.stdout} so far. */
    protected String stdout() {
        System.out.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
