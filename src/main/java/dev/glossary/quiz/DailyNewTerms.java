package dev.glossary.quiz;

import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How many new terms a quiz may still bring in today: {@code DailyNewTerms.allowed(perDay, histories, now, zone)}.
 * A term counts against the day on which its first scheduled answer was given, in the learner's time zone;
 * cram answers do not count, as they leave the term new.
 */
public final class DailyNewTerms {
    private DailyNewTerms() {
    }

    /** {@code perDay} less the terms of these histories (one deck's) first answered today; never below 0. */
    public static int allowed(int perDay, Map<String, TermHistory> histories, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int seenToday = 0;
        for (TermHistory history : histories.values()) {
            List<Review> scheduled = history.scheduled();
            if (!scheduled.isEmpty() && LocalDate.ofInstant(scheduled.get(0).at(), zone).equals(today)) {
                seenToday++;
            }
        }
        return Math.max(0, perDay - seenToday);
    }
}
