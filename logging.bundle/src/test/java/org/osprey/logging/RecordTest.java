package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

/** LogRecord's attributes, the mapping rule, extra and the record factory. */
class RecordTest extends LoggingState {
    private LogRecord logged(Logger logger, Runnable call) {
        Recording r = new Recording();
        logger.addHandler(r);
        logger.setPropagate(false);
        call.run();
        logger.removeHandler(r);
        assertEquals(1, r.records.size());
        return r.records.get(0);
    }

    @Test
    void attributesOfALoggedRecord() {
        Logger a = logger("a");
        double before = System.currentTimeMillis() / 1000.0;
        LogRecord r = logged(a, () -> a.warning("copied %s to %s", "x", 3));
        assertEquals(prefix + ".a", r.name());
        assertEquals("copied %s to %s", r.msg());
        assertArrayEquals(new Object[] {"x", 3}, (Object[]) r.args());
        assertEquals("copied x to 3", r.getMessage());
        assertEquals(Logging.WARNING, r.levelno());
        assertEquals("WARNING", r.levelname());
        assertEquals("RecordTest.java", r.filename());
        assertEquals("org/osprey/logging/RecordTest.java", r.pathname());
        assertEquals("RecordTest", r.module());
        assertTrue(r.funcName().startsWith("lambda$attributesOfALoggedRecord"), r.funcName());
        assertTrue(r.created() >= before - 0.001 && r.created() <= System.currentTimeMillis() / 1000.0 + 0.001);
        assertEquals(Math.floor((r.created() - Math.floor(r.created())) * 1000), r.msecs(), 1.0);
        assertTrue(r.relativeCreated() > 0);
        assertEquals(Thread.currentThread().getId(), r.thread());
        assertEquals(Thread.currentThread().getName(), r.threadName());
        assertEquals("MainProcess", r.processName());
        assertEquals(ProcessHandle.current().pid(), r.process());
        assertNull(r.taskName());
        assertNull(r.excInfo());
        assertNull(r.stackInfo());
        assertTrue(r.toString().startsWith("<LogRecord: " + prefix + ".a, 30, org/osprey/logging/RecordTest.java, "));
    }

    @Test
    void aSingleMappingArgumentIsTheMapping() {
        Logger a = logger("a");
        LogRecord r = logged(a, () -> a.error("%(user)s did %(what)s", Map.of("user", "ann", "what", "it")));
        assertEquals(Map.of("user", "ann", "what", "it"), r.args());
        assertEquals("ann did it", r.getMessage());
        LogRecord empty = logged(a, () -> a.error("%s", Map.of()));
        assertEquals("{}", empty.getMessage(), "an empty mapping stays a tuple element, as Python's");
    }

    @Test
    void extraAddsAttributesAndRefusesToOverwrite() {
        Logger a = logger("a");
        LogRecord r = logged(a, () -> a.warning(LogCall.extra(Map.of("user", "ann")), "hi"));
        assertEquals("ann", r.get("user"));
        a.setLevel(Logging.DEBUG);
        for (String key : List.of("msg", "message", "asctime", "lineno")) {
            NoSuchElementException e = assertThrows(NoSuchElementException.class,
                    () -> a.info(LogCall.extra(Map.of(key, 1)), "x"));
            assertEquals("\"Attempt to overwrite '" + key + "' in LogRecord\"", e.getMessage());
        }
    }

    @Test
    void theRecordFactoryMakesEveryRecord() {
        Logger a = logger("a");
        LogRecordFactory old = Logging.getLogRecordFactory();
        Logging.setLogRecordFactory((name, level, path, line, msg, args, exc, func, sinfo) -> {
            LogRecord made = old.create(name, level, path, line, msg, args, exc, func, sinfo);
            made.set("custom", "yes");
            return made;
        });
        assertEquals("yes", logged(a, () -> a.error("x")).get("custom"));
    }

    @Test
    void makeLogRecordAndCopy() {
        LogRecord r = Logging.makeLogRecord(Map.of("msg", "%s!", "args", new Object[] {"hey"}, "levelno", 40));
        assertEquals("hey!", r.getMessage());
        assertEquals(40, r.levelno());
        assertEquals("NOTSET", r.levelname(), "makeLogRecord sets attributes, it does not derive others");
        LogRecord copy = r.copy();
        copy.set("msg", "other");
        assertEquals("%s!", r.msg());
        assertSame(r.args(), copy.args());
    }

    @Test
    void badArgumentsFailInGetMessage() {
        LogRecord r = Logging.makeLogRecord(Map.of("msg", "%s %s", "args", new Object[] {"one"}));
        assertEquals("not enough arguments for format string",
                assertThrows(IllegalArgumentException.class, r::getMessage).getMessage());
    }
}
