package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.Logging;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** TimedRotatingFileHandler: computeRollover against CPython's, rollover naming and deleting, as Python's. */
class TimedRotatingFileHandlerTest {
    private static final String TZSET = "CPython's oracle sets TZ and calls time.tzset, which is POSIX-only";

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String[] WHENS = {"S", "m", "H", "D", "midnight", "W0", "W3", "W6"};
    private static final String[] AT_TIMES = {"", "02:30:00", "00:00:00", "23:59:59", "13:05:09"};

    @TempDir
    Path dir;

    private TimedRotatingFileHandler handler(MutableClock clock, String name, String when, int interval,
            int backupCount, boolean utc, LocalTime atTime, boolean delay) throws IOException {
        return new TimedRotatingFileHandler(Os.get(), clock, dir.resolve(name).toString(), when, interval,
                backupCount, utc, atTime, FileHandlerOptions.DEFAULT.withDelay(delay));
    }

    /** Start times around New York's DST changes of 2026 (8 March, 1 November), on each weekday, and random. */
    private static List<Long> startTimes() {
        List<Long> times = new ArrayList<>();
        for (String local : List.of("2026-03-07T00:00:00", "2026-03-07T23:59:59", "2026-03-08T01:30:00",
                "2026-03-08T03:00:00", "2026-03-06T02:30:00", "2026-10-31T23:00:00", "2026-11-01T01:30:00",
                "2026-11-01T00:59:59", "2026-10-25T02:30:00", "2026-12-06T12:00:00", "2026-12-07T00:00:00",
                "2026-12-09T13:05:09", "2026-12-13T23:59:59", "2024-02-29T02:30:00")) {
            times.add(java.time.LocalDateTime.parse(local).atZone(NEW_YORK).toEpochSecond());
        }
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 6; i++) {
            times.add(1_700_000_000L + random.nextInt(100_000_000));
        }
        return times;
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = TZSET)
    void computeRolloverIsCPythons() throws IOException {
        List<Long> times = startTimes();
        String script = """
                import os, sys, time, datetime, logging.handlers
                os.environ['TZ'] = 'America/New_York'
                time.tzset()
                times = [int(t) for t in sys.argv[1].split(',')]
                for when in sys.argv[2].split(','):
                    for interval in (1, 3):
                        for at in sys.argv[3].split(','):
                            for utc in (False, True):
                                at_time = datetime.time.fromisoformat(at) if at else None
                                h = logging.handlers.TimedRotatingFileHandler(sys.argv[4], when, interval,
                                        delay=True, utc=utc, atTime=at_time)
                                print(' '.join(str(h.computeRollover(t)) for t in times))
                """;
        String log = dir.resolve("never-created.log").toString();
        List<String> expected = Python.MODERN.lines(script,
                times.stream().map(String::valueOf).collect(Collectors.joining(",")), String.join(",", WHENS),
                String.join(",", AT_TIMES), log);
        List<String> actual = new ArrayList<>();
        MutableClock clock = new MutableClock(NEW_YORK, 1_765_000_000L);
        for (String when : WHENS) {
            for (int interval : new int[] {1, 3}) {
                for (String at : AT_TIMES) {
                    for (boolean utc : new boolean[] {false, true}) {
                        TimedRotatingFileHandler h = handler(clock, "never-created.log", when, interval, 0, utc,
                                at.isEmpty() ? null : LocalTime.parse(at), true);
                        actual.add(times.stream().map(t -> String.valueOf(h.computeRollover(t)))
                                .collect(Collectors.joining(" ")));
                        h.close();
                    }
                }
            }
        }
        assertEquals(expected, actual);
        assertFalse(Files.exists(dir.resolve("never-created.log")));
    }

    @Test
    void badWhenIsPythonsValueError() {
        MutableClock clock = new MutableClock(NEW_YORK, 0);
        assertEquals("Invalid rollover interval specified: X",
                assertThrows(IllegalArgumentException.class, () -> handler(clock, "a.log", "x", 1, 0, false, null,
                        true)).getMessage());
        assertEquals("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): W",
                assertThrows(IllegalArgumentException.class, () -> handler(clock, "a.log", "W", 1, 0, false, null,
                        true)).getMessage());
        assertEquals("Invalid day specified for weekly rollover: W7",
                assertThrows(IllegalArgumentException.class, () -> handler(clock, "a.log", "w7", 1, 0, false, null,
                        true)).getMessage());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rollsOverEachSecondNamingBackupsForTheirIntervalAndKeepingBackupCount() throws IOException {
        long start = ZonedDateTime.of(2026, 12, 6, 18, 0, 0, 0, NEW_YORK).toEpochSecond();
        MutableClock clock = new MutableClock(NEW_YORK, start);
        TimedRotatingFileHandler h = handler(clock, "app.log", "S", 1, 2, false, null, true);
        Files.writeString(dir.resolve("app.log.not-a-backup"), "");
        Files.writeString(dir.resolve("app.log.2026-12-06_17-59-59x"), "");
        assertEquals(start + 1, h.rolloverAt());
        for (int i = 0; i < 5; i++) {
            h.handle(Records.record(Logging.INFO, "record %d", i));
            clock.set(start + 1 + i);
        }
        h.handle(Records.record(Logging.INFO, "last"));
        h.close();
        assertEquals(List.of("app.log", "app.log.2026-12-06_17-59-59x", "app.log.2026-12-06_18-00-03",
                "app.log.2026-12-06_18-00-04", "app.log.not-a-backup"), names(dir));
        assertEquals("record 3\n", Files.readString(dir.resolve("app.log.2026-12-06_18-00-03")));
        assertEquals("record 4\n", Files.readString(dir.resolve("app.log.2026-12-06_18-00-04")));
        assertEquals("last\n", Files.readString(dir.resolve("app.log")));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = TZSET)
    void namerAndTheSuffixAfterAGapAreCPythons() throws IOException {
        long start = ZonedDateTime.of(2026, 11, 1, 0, 30, 0, 0, NEW_YORK).toEpochSecond();
        MutableClock clock = new MutableClock(NEW_YORK, start);
        TimedRotatingFileHandler h = handler(clock, "app.log", "H", 1, 1, false, null, true);
        h.setNamer(name -> name + ".gz");
        h.handle(Records.record(Logging.INFO, "a"));
        clock.set(start + 3 * 3600);
        h.handle(Records.record(Logging.INFO, "b"));
        clock.set(start + 6 * 3600);
        h.handle(Records.record(Logging.INFO, "c"));
        h.close();
        String script = """
                import os, sys, time, logging, logging.handlers
                os.environ['TZ'] = 'America/New_York'
                time.tzset()
                os.chdir(sys.argv[1])
                now = [%d]
                time.time = lambda: now[0]
                h = logging.handlers.TimedRotatingFileHandler('app.log', 'H', 1, 1, delay=True)
                h.namer = lambda name: name + '.gz'
                for t, msg in ((%d, 'a'), (%d, 'b'), (%d, 'c')):
                    now[0] = t
                    h.handle(logging.makeLogRecord({'msg': msg, 'levelno': 20}))
                h.close()
                print('\\n'.join(sorted(os.listdir('.'))))
                """.formatted(start, start, start + 3 * 3600, start + 6 * 3600);
        Path py = Files.createDirectory(dir.resolve("py"));
        List<String> ours = names(dir).stream().filter(n -> !n.equals("py")).toList();
        assertEquals(Python.MODERN.lines(script, py.toString()), ours);
        for (String name : ours) {
            assertEquals(Files.readString(py.resolve(name)), Files.readString(dir.resolve(name)), name);
        }
    }
}
