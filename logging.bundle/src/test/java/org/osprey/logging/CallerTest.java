package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

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
