package org.osprey.logging.handlers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test sets, in a given zone: what Python's tests do by patching {@code time.time}. */
final class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    MutableClock(ZoneId zone, long epochSecond) {
        this.zone = zone;
        this.now = Instant.ofEpochSecond(epochSecond);
    }

    void set(long epochSecond) {
        now = Instant.ofEpochSecond(epochSecond);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(other, now.getEpochSecond());
    }

    @Override
    public Instant instant() {
        return now;
    }
}
