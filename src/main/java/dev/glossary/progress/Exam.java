package dev.glossary.progress;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A date a learner studies one deck towards ({@code glossary exam 2026-07-14 --level beginner}), and the
 * levels the exam covers. The exam is taken on that day: what counts is recall when the day begins, in the
 * learner's time zone. After the day the setting has lapsed and the ordinary schedule resumes.
 */
public record Exam(LocalDate date, Set<Level> levels) {

    public Exam {
        Objects.requireNonNull(date, "date");
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("an exam covers at least one level");
        }
        // In level order, so that it reads and compares the same however it was given.
        levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }

    public boolean covers(Term term) {
        return levels.contains(term.level());
    }

    /** Whole days from {@code today} to the exam: 0 on the day itself, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** Whether the exam day is over. */
    public boolean lapsed(LocalDate today) {
        return today.isAfter(date);
    }

    /** When the exam day begins: the moment whose predicted recall counts. */
    public Instant moment(ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
