package org.osprey.logging.internal.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Strftime} against CPython's {@code time.strftime} (glibc, C locale). */
class StrftimeTest {
    private static final long SEED = Long.getLong("format.seed", System.nanoTime());
    private static final String DIRECTIVES = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%fEOQq+:v";
    private static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo",
            "Australia/Adelaide", "Asia/Kolkata", "Europe/London", "America/Los_Angeles", "Pacific/Auckland"};
    /** The struct_time of a datetime in a zone, tm_zone and tm_gmtoff included; TZ set for %s's mktime. */
    private static final String PRELUDE = String.join("\n",
            "import os, zoneinfo",
            "def strf(fmt, epoch, zone):",
            "    os.environ['TZ'] = zone",
            "    time.tzset()",
            "    dt = datetime.datetime.fromtimestamp(epoch, zoneinfo.ZoneInfo(zone))",
            "    tt = tuple(dt.timetuple())[:9] + (dt.tzname(), int(dt.utcoffset().total_seconds()))",
            "    return time.strftime(fmt, time.struct_time(tt))");

    @Test
    void everyDirectiveWithFlagsAndWidthsOverRandomTimes() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("time.strftime", SEED, PRELUDE);
        for (int i = 0; i < 5000; i++) {
            // 1902..2100: zone abbreviations are the tz database's there (no LMT)
            long epoch = r.nextInt(3) == 0 ? r.nextLong() % 4_000_000_000L + 1_000_000_000L
                    : (long) (r.nextDouble() * 6_300_000_000L) - 2_100_000_000L;
            String zone = ZONES[r.nextInt(ZONES.length)];
            StringBuilder fmt = new StringBuilder();
            for (int k = r.nextInt(4) + 1; k > 0; k--) {
                if (r.nextInt(4) == 0) {
                    fmt.append(Values.string(r).replace("%", ""));
                }
                fmt.append('%');
                if (r.nextInt(5) == 0) {
                    fmt.append("_-0^#".charAt(r.nextInt(5)));
                }
                if (r.nextInt(6) == 0) {
                    fmt.append(r.nextInt(12));
                }
                if (r.nextInt(10) == 0) {
                    fmt.append("EO".charAt(r.nextInt(2)));
                }
                if (r.nextInt(40) != 0) {
                    fmt.append(DIRECTIVES.charAt(r.nextInt(DIRECTIVES.length())));
                }
            }
            add(oracle, fmt.toString(), epoch, zone);
        }
        oracle.check();
    }

    @Test
    void theLoggingDefaultsAndEdgesOfTheYear() {
        Oracle oracle = new Oracle("time.strftime edges", 0, PRELUDE);
        String[] formats = {"%Y-%m-%d %H:%M:%S", "%a %d %b %Y %H:%M:%S %z %Z", "%c", "%x %X", "%G-W%V-%u",
                "%U %W %j %w", "%I %l %p %P", "%s", "%C %y %g", "%e %k"};
        String[] days = {"2020-12-31T23:59:59Z", "2021-01-01T00:00:00Z", "2021-01-03T12:00:00Z",
                "2021-01-04T00:00:00Z", "2024-02-29T12:30:00Z", "2024-12-30T00:00:00Z", "2027-01-01T00:00:00Z",
                "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z"};
        for (String day : days) {
            for (String zone : ZONES) {
                for (String f : formats) {
                    add(oracle, f, Instant.parse(day).getEpochSecond(), zone);
                }
            }
        }
        oracle.check();
    }

    private static void add(Oracle oracle, String fmt, long epoch, String zone) {
        ZonedDateTime t = Instant.ofEpochSecond(epoch).atZone(ZoneId.of(zone));
        oracle.add("strftime('" + fmt + "', " + t + ")", "strf(" + PyLit.of(fmt) + ", " + epoch + ", '" + zone + "')",
                () -> Strftime.format(fmt, t));
    }
}
