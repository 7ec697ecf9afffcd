package org.osprey.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Sizes in binary units and times as local dates, as a person reads them. */
final class Units {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Units() {
    }

    /** {@code 512 B}, {@code 1.5 KiB}, {@code 931.3 GiB}: one decimal from KiB on. */
    static String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        double value = size;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Nanoseconds since the epoch as a date and time in the JVM's zone, to the second. */
    static String date(long epochNanos) {
        return DATE.format(Instant.ofEpochSecond(0, epochNanos).atZone(ZoneId.systemDefault()));
    }
}
