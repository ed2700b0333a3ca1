package dev.glossary.store;

import java.time.Instant;

/**
 * The times a review or a card may carry in a file. {@link Instant} reaches a billion years, where adding
 * a step or an interval overflows; no learner reviewed before 1970 or will after 9999.
 */
final class TimeRange {
    static final String DESCRIPTION = "a time between the years 1970 and 9999";

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeRange() {
    }

    static boolean contains(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }
}
