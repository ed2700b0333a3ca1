package dev.glossary.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/** One review being scheduled: the card before it, when it happens, the days since the last, the fuzz draw. */
record ReviewContext(Card card, Instant now, int elapsedDays, OptionalDouble fuzzDraw) {

    static ReviewContext of(Card card, Instant now, OptionalDouble fuzzDraw) {
        Instant last = card.lastReview();
        if (last != null && now.isBefore(last)) {
            throw new IllegalArgumentException("review at " + now + " is before the card's last review at " + last);
        }
        int days = card.state() == CardState.NEW || last == null ? 0 : calendarDaysBetween(last, now);
        return new ReviewContext(card, now, days, fuzzDraw);
    }

    /**
     * ts-fsrs counts UTC calendar dates, not 24-hour periods, so 23:50 to 00:10 is one day and
     * 00:10 to 23:50 is none.
     */
    static int calendarDaysBetween(Instant from, Instant to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(
                from.atZone(ZoneOffset.UTC).toLocalDate(), to.atZone(ZoneOffset.UTC).toLocalDate()));
    }

    MemoryState memory() {
        return card.memory();
    }

    /** The card after this review, due {@code untilDue} from now. */
    Card outcome(CardState state, MemoryState memory, Duration untilDue, int scheduledDays, int learningSteps,
            int lapses) {
        return new Card(state, memory.stability(), memory.difficulty(), now.plus(untilDue), now,
                learningSteps, card.reps() + 1, lapses, scheduledDays, elapsedDays);
    }

    /** The card after this review, in review and due in {@code days}. */
    Card inReview(MemoryState memory, int days, int lapses) {
        return outcome(CardState.REVIEW, memory, Duration.ofDays(days), days, 0, lapses);
    }
}
