package dev.glossary.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The learner's day, in their own time zone: a term buried today comes back when {@link #nextStart} is
 * reached, and twins answered since {@link #start} keep each other out of today's sessions.
 */
public final class StudyDay {
    private StudyDay() {
    }

    /** When the day {@code now} falls in began. */
    public static Instant start(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    /** When the next day begins: the end of a burial. */
    public static Instant nextStart(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
