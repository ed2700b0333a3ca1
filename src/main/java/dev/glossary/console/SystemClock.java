package dev.glossary.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The wall clock in the learner's time zone, resolved only when a command needs local days (stats,
 * quiz limits): finding the zone loads the time-zone database, which {@code show} and {@code search}
 * can do without at start-up.
 */
public final class SystemClock extends Clock {
    private ZoneId zone;

    @Override
    public ZoneId getZone() {
        if (zone == null) {
            zone = ZoneId.systemDefault();
        }
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    /** The wall clock, for {@code Main}. */
    public static Clock create() {
        return new SystemClock();
    }
}
