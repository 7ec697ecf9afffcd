package org.osprey.logging.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.logging.Logging;

/** Python's {@code klass(*args, **kwargs)} on Java constructors, and the literals fileConfig evaluates. */
class ConstructTest {
    /** Says which constructor made it. */
    public static final class Probe {
        final String made;

        public Probe(OutputStream out) {
            made = "OutputStream";
        }

        public Probe(PrintStream out) {
            made = "PrintStream";
        }

        public Probe(String name, Options options) {
            made = name + " " + options;
        }

        public Probe(String name, int flushLevel, boolean respectHandlerLevel) {
            made = name + " " + flushLevel + " " + respectHandlerLevel;
        }
    }

    /** An options record with a default, as FileHandlerOptions. */
    public record Options(String mode, long maxBytes, int backupCount) {
        public static final Options DEFAULT = new Options("a", 0, 0);
    }

    private static String made(List<?> args, Map<String, ?> kwargs) {
        return ((Probe) Construct.call(Probe.class, args, kwargs)).made;
    }

    @Test
    void theMostSpecificConstructorWins() {
        assertEquals("PrintStream", made(List.of(System.out), Map.of()));
        assertEquals("OutputStream", made(List.of(OutputStream.nullOutputStream()), Map.of()));
    }

    @Test
    void anOptionsRecordStandsForItsComponentsWithTheirDefaults() {
        assertEquals("a.log Options[mode=w, maxBytes=0, backupCount=0]", made(List.of("a.log", "w"), Map.of()));
        assertEquals("a.log Options[mode=a, maxBytes=1024, backupCount=3]",
                made(List.of(), Map.of("name", "a.log", "maxBytes", 1024, "backupCount", 3)));
    }

    @Test
    void snakeCaseNamesAndLevelNames() {
        assertEquals("x 40 true", made(List.of("x"), Map.of("flushLevel", "ERROR", "respect_handler_level", true)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> made(List.of("x"), Map.of("flushLevel", "EROR", "respect_handler_level", true)));
        assertEquals("Unknown level: 'EROR'", e.getMessage());
    }

    @Test
    void argumentsNoConstructorTakes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> made(List.of("x"), Map.of("nope", 1)));
        assertEquals("Probe() takes no arguments of these names and types: ('x', nope=1)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> made(List.of("x", "y", "z", "w"), Map.of()));
    }

    @Test
    void literals() {
        assertEquals(Arrays.asList("a'b", 1, -2.5, true, null, List.of(), List.of(3L << 32)),
                PyLiteral.eval("('a\\'b', 1, -2.5, True, None, (), [0x3_0000_0000],)"));
        assertEquals(Map.of("k", List.of("raw\\n")), PyLiteral.eval("{'k': (r'raw\\n',)}  # comment"));
        assertEquals("ab\u00e9\n", PyLiteral.eval("'a' \"b\" '\\xe9\\n'"));
        assertEquals(Logging.DEBUG, PyLiteral.eval("DEBUG"));
        assertEquals(System.err, PyLiteral.eval("sys.stderr"));
        for (String refused : List.of("os.getcwd()", "1 + 1", "open('x')", "[x for x in y]", "'unterminated")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PyLiteral.eval(refused),
                    refused);
            assertEquals(true, e.getMessage().startsWith("fileConfig evaluates only literals"), e.getMessage());
        }
    }
}
