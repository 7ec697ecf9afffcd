package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** logging.Filter(name) against CPython; callable filters and replacement records (3.12). */
class FilterTest extends LoggingState {
    @Test
    void nameFiltersAsPython() {
        List<String> filters = List.of("", "a", "a.b", "ab");
        List<String> names = List.of("a", "a.b", "a.b.c", "ab", "abc", "a.bc", "b", "root");
        StringBuilder script = new StringBuilder("import logging\n");
        List<String> actual = new ArrayList<>();
        for (String f : filters) {
            for (String n : names) {
                script.append("print(bool(logging.Filter('").append(f).append("').filter(logging.makeLogRecord({'name': '")
                        .append(n).append("'}))))\n");
                LogRecord r = Logging.makeLogRecord(java.util.Map.of("name", n));
                actual.add(Filter.named(f).filter(r) != null ? "True" : "False");
            }
        }
        assertEquals(Python.require313().run(script.toString()), String.join("\n", actual) + "\n");
    }

    @Test
    void loggerAndHandlerFiltersAndReplacements() {
        Logger a = logger("a");
        a.setPropagate(false);
        Recording h = new Recording();
        a.addHandler(h);
        Filter noSecrets = Filter.of(r -> !r.getMessage().contains("secret"));
        a.addFilter(noSecrets);
        a.addFilter(noSecrets);
        h.addFilter(r -> {
            LogRecord copy = r.copy();
            copy.set("msg", "[" + r.getMessage() + "]");
            copy.set("args", null);
            return copy;
        });
        a.warning("a %s", "secret");
        a.warning("plain %s", "text");
        assertEquals(List.of("[plain text]"), h.messages());
        assertEquals(1, a.filters().size());
        a.removeFilter(noSecrets);
        a.warning("secret");
        assertEquals(List.of("[plain text]", "[secret]"), h.messages());
        a.addFilter(Filter.named(prefix + ".b"));
        a.warning("dropped by name");
        assertEquals(2, h.records.size());
    }
}
