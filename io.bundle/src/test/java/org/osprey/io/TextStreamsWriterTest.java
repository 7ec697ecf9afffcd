package org.osprey.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** A text writer's bytes as CPython's {@code str.encode} makes them, whole strings and parts of them alike. */
class TextStreamsWriterTest {
    /** Plain text, a pair of surrogates (one character), lone surrogates, the last code point. */
    private static final List<String> TEXTS = List.of("plain line\n", "h\u00e9 \u20ac \ud83d\ude00\n", "a\udcffb",
            "\udc80", "x\ud800", "\uffff\u0000");

    @Test
    void utf8WritesAsPythonUnderEachHandler() throws IOException {
        StringBuilder script = new StringBuilder("texts = [");
        for (String t : TEXTS) {
            script.append(pyLiteral(t)).append(", ");
        }
        script.append("]\nfor errors in ('strict', 'surrogateescape', 'backslashreplace', 'replace'):\n"
                + " for t in texts:\n  try:\n   print(t.encode('utf-8', errors).hex())\n"
                + "  except UnicodeEncodeError:\n   print('error')\n");
        List<String> actual = new ArrayList<>();
        for (String errors : List.of("strict", "surrogateescape", "backslashreplace", "replace")) {
            for (String t : TEXTS) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Writer w = new TextStreams("utf-8", errors, "\n").writer(bytes, "\n");
                try {
                    w.write(t);
                    actual.add(HexFormat.of().formatHex(bytes.toByteArray()));
                } catch (IOException e) {
                    actual.add("error");
                }
            }
        }
        assertEquals(Python.require313().run(script.toString()), String.join("\n", actual) + "\n");
    }

    @Test
    void aPartOfAStringIsThatPartOnly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new TextStreams("utf-8", null, null).writer(bytes, "\r\n");
        w.write("<h\u00e9llo\n>", 1, 6);
        w.append("ab\ncd", 2, 4);
        assertEquals("h\u00e9llo\r\n\r\nc", new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String pyLiteral(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().forEach(c -> out.append(String.format("\\U%08x", c))); // a lone surrogate stays one
        return out.append('\'').toString();
    }
}
