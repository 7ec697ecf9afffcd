package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** Formatter against CPython 3.13 for the same records and format strings. */
class FormatterTest extends LoggingState {
    /** The same record in both: these attributes over makeLogRecord's. */
    private static final Map<String, Object> RECORD = new LinkedHashMap<>();

    static {
        RECORD.put("name", "app.db");
        RECORD.put("msg", "copied %s to %s");
        RECORD.put("args", new Object[] {"a.txt", "b"});
        RECORD.put("levelname", "WARNING");
        RECORD.put("levelno", 30);
        RECORD.put("created", 1_700_000_000.123456);
        RECORD.put("msecs", 123.0);
        RECORD.put("lineno", 42);
        RECORD.put("funcName", "copy");
        RECORD.put("module", "tool");
        RECORD.put("filename", "tool.py");
        RECORD.put("process", 4242);
        RECORD.put("thread", 77);
        RECORD.put("threadName", "MainThread");
    }

    private static final String PY_RECORD = "import logging, time\n"
            + "r = logging.makeLogRecord(dict(name='app.db', msg='copied %s to %s', args=('a.txt', 'b'),"
            + " levelname='WARNING', levelno=30, created=1700000000.123456, msecs=123.0, lineno=42, funcName='copy',"
            + " module='tool', filename='tool.py', process=4242, thread=77, threadName='MainThread'))\n";

    @Test
    void percentFormatsAsPython() {
        List<String> formats = List.of("%(message)s", "%(levelname)s:%(name)s:%(message)s",
                "%(levelname)-8s|%(name)s|%(lineno)d %(funcName)s %(module)s %(filename)s",
                "[%(process)d/%(thread)d %(threadName)s] %(message)s %%", "%(asctime)s %(message)s");
        StringBuilder script = new StringBuilder(PY_RECORD);
        List<String> actual = new ArrayList<>();
        for (String fmt : formats) {
            script.append("f = logging.Formatter(").append(pyStr(fmt)).append(")\n")
                    .append("f.converter = time.gmtime\nprint(f.format(r))\n");
            Formatter f = new Formatter(fmt);
            f.setConverter(ZoneOffset.UTC);
            actual.add(f.format(Logging.makeLogRecord(RECORD)));
        }
        assertEquals(Python.require313().run(script.toString()), String.join("\n", actual) + "\n");
    }

    @Test
    void defaultsFillMissingFieldsAndAMissingFieldIsAValueError() {
        Formatter f = new Formatter("%(user)s: %(message)s", null, "%", true, Map.of("user", "nobody"));
        assertEquals("nobody: copied a.txt to b", f.format(Logging.makeLogRecord(RECORD)));
        Map<String, Object> withUser = new LinkedHashMap<>(RECORD);
        withUser.put("user", "ann");
        assertEquals("ann: copied a.txt to b", f.format(Logging.makeLogRecord(withUser)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Formatter("%(user)s %(message)s").format(Logging.makeLogRecord(RECORD)));
        assertEquals(Python.require313().run(PY_RECORD + "try:\n logging.Formatter('%(user)s %(message)s').format(r)\n"
                + "except ValueError as e:\n print(e)\n"), e.getMessage() + "\n");
    }

    @Test
    void validationErrorsAsPython() {
        List<String[]> cases = List.of(new String[] {"no fields", "%"}, new String[] {"%(message)", "%"},
                new String[] {"{}", "{"}, new String[] {"{message", "{"}, new String[] {"message}", "{"},
                new String[] {"{message!x}", "{"}, new String[] {"{message:%%%}", "{"},
                new String[] {"{a b}", "{"}, new String[] {"plain", "{"}, new String[] {"$", "$"},
                new String[] {"plain", "$"}, new String[] {"cost $ 3 ${x}", "$"}, new String[] {"x", "#"});
        StringBuilder script = new StringBuilder("import logging\n");
        List<String> actual = new ArrayList<>();
        for (String[] c : cases) {
            script.append("try:\n logging.Formatter(").append(pyStr(c[0])).append(", style=").append(pyStr(c[1]))
                    .append(")\n print('ok')\nexcept ValueError as e:\n print(e)\n");
            try {
                new Formatter(c[0], null, c[1]);
                actual.add("ok");
            } catch (IllegalArgumentException e) {
                actual.add(e.getMessage());
            }
        }
        assertEquals(Python.require313().run(script.toString()), String.join("\n", actual) + "\n");
    }

    @Test
    void validFormatsOfEachStyleAndNoValidation() {
        new Formatter("{asctime} {levelname:<8} {name!r} {msg[0]} {x.y}", null, "{");
        new Formatter("$message ${levelname} $$", null, "$");
        new Formatter("no fields", null, "%", false, null);
        assertTrue(new Formatter("{asctime}", null, "{").usesTime());
        assertTrue(new Formatter("$asctime", null, "$").usesTime());
        assertTrue(new Formatter("${asctime}", null, "$").usesTime());
        assertFalse(new Formatter("%(message)s").usesTime());
    }

    @Test
    void timesAsPython() {
        String script = PY_RECORD + "f = logging.Formatter('%(asctime)s|%(message)s')\nf.converter = time.gmtime\n"
                + "print(f.format(r))\nprint(f.formatTime(r, '%d/%m/%Y %H-%M-%S'))\n"
                + "f.default_msec_format = None\nprint(f.formatTime(r))\n"
                + "f.default_time_format = '%H:%M'\nf.default_msec_format = '%s.%03d'\nprint(f.formatTime(r))\n";
        Formatter f = new Formatter("%(asctime)s|%(message)s");
        f.setConverter(ZoneOffset.UTC);
        LogRecord r = Logging.makeLogRecord(RECORD);
        List<String> actual = new ArrayList<>();
        actual.add(f.format(r));
        actual.add(f.formatTime(r, "%d/%m/%Y %H-%M-%S"));
        f.setDefaultMsecFormat(null);
        actual.add(f.formatTime(r, null));
        f.setDefaultTimeFormat("%H:%M");
        f.setDefaultMsecFormat("%s.%03d");
        actual.add(f.formatTime(r, null));
        assertEquals(Python.require313().run(script), String.join("\n", actual) + "\n");
        assertEquals(r.asctime(), actual.get(0).substring(0, actual.get(0).indexOf('|')));
    }

    /** Records of one second share its time text; each keeps its own milliseconds, zone and formats. */
    @Test
    void asctimeOfRecordsSharingASecondAndAcrossChangesAsPython() {
        double[][] times = {{1_700_000_000.123456, 123.0}, {1_700_000_000.999, 999.0}, {1_700_000_000.0, 0.0},
            {1_700_000_001.5, 500.0}, {1_700_000_001.5, 1234.0}, {1_700_000_001.5, 7.9}, {1_690_000_000.25, 250.0},
            {1_690_000_000.25, 250.0}};
        StringBuilder cases = new StringBuilder("cases = [");
        for (double[] t : times) {
            cases.append('(').append(t[0]).append(", ").append(t[1]).append("), ");
        }
        String script = PY_RECORD + "import os\n" + cases + "]\n"
                + "f = logging.Formatter('%(asctime)s %(message)s')\nf.converter = time.gmtime\n"
                + "def run(datefmt):\n for c, m in cases:\n  r.created, r.msecs = c, m\n"
                + "  print(f.format(r))\n  print(f.formatTime(r, datefmt))\n"
                + "run('%H:%M:%S %z %Z')\nos.environ['TZ'] = 'Europe/Paris'\ntime.tzset()\nf.converter = time.localtime\n"
                + "run('%H:%M:%S %Z')\nf.default_time_format = '%j %I%p'\nrun('%H:%M:%S %Z')\n"
                + "f.default_msec_format = '%s.%04d'\nrun('%H:%M:%S %Z')\n";
        Formatter f = new Formatter("%(asctime)s %(message)s");
        f.setConverter(ZoneOffset.UTC);
        LogRecord r = Logging.makeLogRecord(RECORD);
        List<String> actual = new ArrayList<>();
        java.util.function.Consumer<String> run = datefmt -> {
            for (double[] t : times) {
                r.set("created", t[0]);
                r.set("msecs", t[1]);
                actual.add(f.format(r));
                actual.add(f.formatTime(r, datefmt));
            }
        };
        run.accept("%H:%M:%S %z %Z");
        f.setConverter(java.time.ZoneId.of("Europe/Paris"));
        run.accept("%H:%M:%S %Z");
        f.setDefaultTimeFormat("%j %I%p");
        run.accept("%H:%M:%S %Z");
        f.setDefaultMsecFormat("%s.%04d");
        run.accept("%H:%M:%S %Z");
        assertEquals(Python.require313().run(script), String.join("\n", actual) + "\n");
    }

    /** format() goes through the subclass's usesTime and formatTime, as Python's. */
    @Test
    void aSubclassTimeIsTheOneFormatUses() {
        Formatter f = new Formatter("%(message)s") {
            @Override
            public boolean usesTime() {
                return true;
            }

            @Override
            public String formatTime(LogRecord record, String datefmt) {
                return "then";
            }
        };
        LogRecord r = Logging.makeLogRecord(RECORD);
        assertEquals("copied a.txt to b", f.format(r));
        assertEquals("then", r.asctime());
        Formatter timed = new Formatter("%(asctime)s %(message)s") {
            @Override
            public String formatTime(LogRecord record, String datefmt) {
                return "now";
            }
        };
        assertEquals("now copied a.txt to b", timed.format(r));
    }

    /** A format parsed once per formatter still fails as CPython's {@code %} does, at each record. */
    @Test
    void malformedFormatsWithoutValidationFailAsPython() {
        assertEachRecordAsPython("%", List.of("%(message)s %(", "%(message)s %", "%(message)s %(levelno)y",
                "%(message)s %(nothere)s"));
    }

    /** A {@code $} format parsed once per formatter: its text and its errors at each record, as CPython's. */
    @Test
    void templateFormatsAsPython() {
        assertEachRecordAsPython("$", List.of("$levelname ${name}: $message $$", "${message}s $",
                "$message $nothere", "$$asctime ${lineno}"));
    }

    /** Each unvalidated format applied to two records: the same text or ValueError both times, CPython's. */
    private static void assertEachRecordAsPython(String style, List<String> formats) {
        StringBuilder script = new StringBuilder(PY_RECORD);
        List<String> actual = new ArrayList<>();
        for (String fmt : formats) {
            script.append("try:\n print(logging.Formatter(").append(pyStr(fmt)).append(", style=")
                    .append(pyStr(style)).append(", validate=False).format(r))\nexcept ValueError as e:\n print(e)\n");
            Formatter f = new Formatter(fmt, null, style, false, null);
            String first = outcome(f);
            assertEquals(first, outcome(f), "the second record as the first");
            actual.add(first);
        }
        assertEquals(Python.require313().run(script.toString()), String.join("\n", actual) + "\n");
    }

    @Test
    void exceptionsAreJavaStackTracesCachedInExcText() {
        IllegalStateException boom = new IllegalStateException("boom");
        Map<String, Object> attrs = new LinkedHashMap<>(RECORD);
        attrs.put("exc_info", boom);
        LogRecord r = Logging.makeLogRecord(attrs);
        Formatter f = new Formatter("%(levelname)s %(message)s");
        String text = f.format(r);
        assertTrue(text.startsWith("WARNING copied a.txt to b\njava.lang.IllegalStateException: boom\n\tat "), text);
        assertFalse(text.endsWith("\n"));
        assertEquals(text.substring(text.indexOf('\n') + 1), r.excText());
        r.set("exc_text", "cached");
        assertEquals("WARNING copied a.txt to b\ncached", f.format(r));
        r.set("stack_info", "Stack (most recent call last):\n  at x");
        assertEquals("WARNING copied a.txt to b\ncached\nStack (most recent call last):\n  at x", f.format(r));
    }

    @Test
    void bufferingFormatter() {
        BufferingFormatter plain = new BufferingFormatter();
        assertEquals("", plain.format(List.of()));
        LogRecord r = Logging.makeLogRecord(RECORD);
        assertEquals("copied a.txt to bcopied a.txt to b", plain.format(List.of(r, r)));
        BufferingFormatter framed = new BufferingFormatter(new Formatter("<%(name)s>")) {
            @Override
            public String formatHeader(List<LogRecord> records) {
                return records.size() + ":";
            }

            @Override
            public String formatFooter(List<LogRecord> records) {
                return ".";
            }
        };
        assertEquals("2:<app.db><app.db>.", framed.format(List.of(r, r)));
    }

    private static String outcome(Formatter f) {
        try {
            return f.format(Logging.makeLogRecord(RECORD));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
