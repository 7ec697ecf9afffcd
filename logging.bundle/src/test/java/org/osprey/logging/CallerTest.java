package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** findCaller: the code calling the logger, stacklevel going further out, stack_info. */
class CallerTest extends LoggingState {
    private Recording recording;

    private Logger recorded() {
        Logger a = logger("a");
        a.setPropagate(false);
        recording = new Recording();
        a.addHandler(recording);
        return a;
    }

    private static int line() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).get().getLineNumber();
    }

    private LogRecord last() {
        return recording.records.get(recording.records.size() - 1);
    }

    @Test
    void theCallerIsTheCodeCallingTheLogger() {
        Logger a = recorded();
        a.warning("here"); int line = line();
        assertEquals(line, last().lineno());
        assertEquals("theCallerIsTheCodeCallingTheLogger", last().funcName());
        assertEquals("CallerTest.java", last().filename());
        assertEquals("CallerTest", last().module());
    }

    /** A logging helper of the application: stacklevel 2 names its caller. */
    private void helper(Logger a, int stacklevel) {
        a.warning(LogCall.stacklevel(stacklevel), "from helper");
    }

    @Test
    void stacklevelCountsFramesOutsideLogging() {
        Logger a = recorded();
        helper(a, 1);
        assertEquals("helper", last().funcName());
        helper(a, 2); int line = line();
        assertEquals("stacklevelCountsFramesOutsideLogging", last().funcName());
        assertEquals(line, last().lineno());
        helper(a, 10_000);
        assertTrue(last().lineno() >= 0, "beyond the stack: the outermost frame, as Python's");
        assertTrue(!last().funcName().equals("helper"));
    }

    @Test
    void moduleLevelFunctionsAndAdaptersAreLoggingFramesToo() {
        Logger root = Logging.getLogger();
        Recording r = new Recording();
        root.addHandler(r);
        Logging.warning("module level"); int line = line();
        root.removeHandler(r);
        assertEquals(line, r.records.get(0).lineno());
        assertEquals("moduleLevelFunctionsAndAdaptersAreLoggingFramesToo", r.records.get(0).funcName());
        Logger a = recorded();
        new LoggerAdapter(a, Map.of("k", "v")).warning("adapted"); line = line();
        assertEquals(line, last().lineno());
        assertEquals("v", last().get("k"));
    }

    /** Each record names its own class's source, whichever class logged just before (the names are kept per class). */
    @Test
    void pathnameFilenameAndModuleOfAlternatingCallers() {
        Logger a = recorded();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            a.warning("mine");
            seen.add(last().pathname() + " " + last().filename() + " " + last().module() + " " + last().funcName());
            // stacklevel 2 from the lambda: the JDK's forEach, which called it
            new ArrayList<>(List.of(1)).forEach(x -> a.warning(LogCall.stacklevel(2), "theirs"));
            seen.add(last().pathname() + " " + last().filename() + " " + last().module() + " " + last().funcName());
        }
        String mine = "org/osprey/logging/CallerTest.java CallerTest.java CallerTest "
                + "pathnameFilenameAndModuleOfAlternatingCallers";
        String theirs = "java/util/ArrayList.java ArrayList.java ArrayList forEach";
        assertEquals(List.of(mine, theirs, mine, theirs, mine, theirs), seen);
    }

    /** A Logger subclass's findCaller is the one a call uses, as Python's {@code _log} calls self.findCaller. */
    @Test
    void aSubclassFindCallerIsUsed() {
        Logger custom = new Logger(prefix + ".custom", Logging.NOTSET) {
            @Override
            public Caller findCaller(boolean stackInfo, int stacklevel) {
                return new Caller("x/Y.java", 7, "z", stackInfo ? "stack" : null);
            }
        };
        recording = new Recording();
        custom.addHandler(recording);
        custom.warning(LogCall.stackInfo(true), "m");
        assertEquals("x/Y.java Y.java Y 7 z stack", last().pathname() + " " + last().filename() + " "
                + last().module() + " " + last().lineno() + " " + last().funcName() + " " + last().stackInfo());
    }

    /** {@code setSourceLookup(false)} is Python's {@code logging._srcfile = None}: no caller, no stack. */
    @Test
    void withoutSourceLookupAsPythonWithoutSrcfile() {
        Logger a = recorded();
        LoggerAdapter adapted = new LoggerAdapter(a, Map.of());
        Logging.setSourceLookup(false);
        assertFalse(Logging.sourceLookup());
        a.warning(LogCall.stackInfo(true).withStacklevel(2), "no lookup");
        adapted.warning("adapted");
        Logging.setSourceLookup(true);
        a.warning("looked up"); int line = line();
        String expected = Python.require313().run("import logging\nlogging._srcfile = None\n"
                + "class H(logging.Handler):\n def emit(self, r):\n"
                + "  print(r.pathname, r.filename, r.module, r.lineno, r.funcName, r.stack_info, sep='|')\n"
                + "l = logging.getLogger('x')\nl.propagate = False\nl.addHandler(H())\n"
                + "l.warning('no lookup', stack_info=True, stacklevel=2)\n"
                + "logging.LoggerAdapter(l, {}).warning('adapted')\n");
        StringBuilder actual = new StringBuilder();
        for (LogRecord r : recording.records.subList(0, 2)) {
            actual.append(String.join("|", r.pathname(), r.filename(), r.module(), String.valueOf(r.lineno()),
                    r.funcName(), r.stackInfo() == null ? "None" : r.stackInfo())).append('\n');
        }
        assertEquals(expected, actual.toString());
        assertEquals(line, last().lineno());
        assertEquals("withoutSourceLookupAsPythonWithoutSrcfile", last().funcName());
    }

    /** Through an adapter, with stacklevel: the adapter is logging's own frame, as in Python. */
    @Test
    void adapterWithStacklevel() {
        Logger a = recorded();
        LoggerAdapter adapted = new LoggerAdapter(a, Map.of("k", "v"));
        adapterHelper(adapted); int line = line();
        assertEquals(line, last().lineno());
        assertEquals("adapterWithStacklevel", last().funcName());
        assertEquals("org/osprey/logging/CallerTest.java", last().pathname());
    }

    private static void adapterHelper(LoggerAdapter adapted) {
        adapted.warning(LogCall.stacklevel(2), "from helper");
    }

    @Test
    void stackInfo() {
        Logger a = recorded();
        a.warning(LogCall.stackInfo(true), "with stack");
        String stack = last().stackInfo();
        assertTrue(stack.startsWith("Stack (most recent call last):\n  at "), stack);
        assertTrue(stack.endsWith("\n  at org.osprey.logging.CallerTest.stackInfo(CallerTest.java:" + (line() - 3)
                + ")"), stack);
        a.warning("without");
        assertNull(last().stackInfo());
        Formatter f = new Formatter();
        assertTrue(f.format(recording.records.get(0)).startsWith("with stack\nStack (most recent call last):\n"));
    }

    @Test
    void exceptionCarriesTheThrowable() {
        Logger a = recorded();
        RuntimeException e = new RuntimeException("bad");
        a.exception(e, "failed %s", "x");
        assertEquals(Logging.ERROR, last().levelno());
        assertEquals(e, last().excInfo());
        a.error(LogCall.excInfo(e), "again");
        assertEquals(e, last().excInfo());
    }
}
