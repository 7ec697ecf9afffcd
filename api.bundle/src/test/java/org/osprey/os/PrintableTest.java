package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** repr's table of what {@code str.isprintable()} rejects is CPython 3.13's, code point for code point. */
class PrintableTest {
    @Test
    void theTableOfUnprintableCodePointsIsCpython313s() throws IOException {
        String script = String.join("\n",
                "start = None",
                "for cp in range(0x110001):",
                "    np = cp < 0x110000 and not chr(cp).isprintable()",
                "    if np and start is None: start = cp",
                "    if not np and start is not None: print('%x %x' % (start, cp - 1)); start = None");
        List<String> expected = Python.require313().lines(script);
        try (InputStream in = Printable.class.getResourceAsStream("unprintable.txt")) {
            List<String> table = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#")).toList();
            assertEquals(expected, table, "regenerate unprintable.txt with this test's script");
        }
    }

    @Test
    void reprEscapesWhatCpython313Escapes() {
        // U+2FFF is unassigned in JDK 17's Unicode, a printable ideographic description character in 15.1
        String s = "a\u2fff\u00e9\u200b\udcff\t\ud83d\udc0d'";
        assertEquals(Python.require313().run("print(repr('a\\u2fff\\u00e9\\u200b\\udcff\\t\\U0001f40d\\''))").strip(),
                PyRepr.repr(s));
        assertEquals(Python.require313().run("print(ascii('a\\u2fff\\u00e9\\u200b\\udcff\\t\\U0001f40d\\''))").strip(),
                PyRepr.ascii(s));
    }
}
