package org.osprey.logging.internal.format;

import java.time.Instant;
import java.time.ZoneId;

/**
 * {@link Strftime} of whole seconds, the last second's text kept: the records of one second, which are most of a
 * busy log's, share it. The text depends on nothing but the format, the second and the zone, so it is the text
 * CPython makes afresh for each record. Thread-safe: the kept text is one immutable value.
 */
public final class SecondsText {
    private record Kept(String format, ZoneId zone, long second, String text) {
    }

    private volatile Kept kept;

    /**
     * {@code time.strftime(format, t)} with t {@code second} in {@code zone}.
     *
     * @param format a {@code strftime} format
     * @param second seconds since the epoch
     * @param zone the zone of the fields
     * @return the text
     * @throws IllegalArgumentException Python's ValueError {@code embedded null character}
     */
    public String format(String format, long second, ZoneId zone) {
        Kept k = kept;
        if (k != null && k.second == second && k.format.equals(format) && k.zone.equals(zone)) {
            return k.text;
        }
        String text = Strftime.format(format, Instant.ofEpochSecond(second).atZone(zone));
        kept = new Kept(format, zone, second, text);
        return text;
    }
}
