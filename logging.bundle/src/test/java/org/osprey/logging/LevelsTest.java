package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** Level names both ways, as CPython 3.13 answers them. */
class LevelsTest extends LoggingState {
    @Test
    void levelNamesAsPython() {
        List<Integer> levels = List.of(0, 10, 20, 30, 40, 50, 5, 35, -1);
        List<String> names = List.of("DEBUG", "WARN", "FATAL", "NOTSET", "LOUD", "debug");
        String expected = Python.require313().run("import logging\n"
                + "for l in " + levels + ": print(logging.getLevelName(l))\n"
                + "for n in " + names.stream().map(n -> "'" + n + "'").toList() + ": print(logging.getLevelName(n))\n"
                + "print(sorted(logging.getLevelNamesMapping().items()))\n"
                + "print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO,"
                + " logging.DEBUG, logging.NOTSET)\n");
        String mapping = Logging.getLevelNamesMapping().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "('" + e.getKey() + "', " + e.getValue() + ")").collect(Collectors.joining(", ", "[", "]"));
        String actual = Stream.concat(levels.stream().map(Logging::getLevelName),
                names.stream().map(n -> String.valueOf(Logging.getLevelName(n)))).collect(Collectors.joining("\n"))
                + "\n" + mapping + "\n" + Stream.of(Logging.CRITICAL, Logging.FATAL, Logging.ERROR, Logging.WARNING,
                        Logging.WARN, Logging.INFO, Logging.DEBUG, Logging.NOTSET).map(String::valueOf)
                        .collect(Collectors.joining(" ")) + "\n";
        assertEquals(expected, actual);
    }

    @Test
    void addLevelNameNamesBothWays() {
        Logging.addLevelName(25, "NOTICE");
        assertEquals("NOTICE", Logging.getLevelName(25));
        assertEquals(25, Logging.getLevelName("NOTICE"));
        Logger a = logger("a");
        a.setLevel("NOTICE");
        Recording r = new Recording();
        a.addHandler(r);
        a.setPropagate(false);
        a.info("no");
        a.log(25, "yes %s", "notice");
        assertEquals(List.of("yes notice"), r.messages());
        assertEquals("NOTICE", r.records.get(0).levelname());
    }
}
