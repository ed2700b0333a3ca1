package dev.glossary.store;

import java.time.Duration;
import java.time.Instant;

/**
 * The times a file may hold. {@link Instant} reaches a billion years, where adding a step or an interval
 * overflows; no card is due before 1970 or after 9999. Reviews are held to more: none was given with glossary
 * before 2000, and one from another file (an import, a history to replay) may be at most {@link #AHEAD} after
 * this machine's clock, which covers time zones and a clock a little fast, but not a review that has not happened.
 */
final class TimeRange {
    static final String DESCRIPTION = "a time between the years 1970 and 9999";
    static final String REVIEW_DESCRIPTION = "a time between the years 2000 and 9999";
    static final Duration AHEAD = Duration.ofDays(1);

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant EARLIEST_REVIEW = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeRange() {
    }

    static boolean contains(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    static boolean containsReview(Instant at) {
        return !at.isBefore(EARLIEST_REVIEW) && !at.isAfter(LATEST);
    }
}
