package dev.glossary.quiz;

import dev.glossary.progress.NewOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * What a learner asked for: which terms ({@code filter}), at most {@code count} of them, of which at most
 * {@code newLimit} new ones (what is left of today's allowance), whether to {@code cram}: review regardless
 * of due dates, in which order new terms come ({@code newOrder}), and when the learner's day began
 * ({@code dayStart}: a term whose twin or close term was answered since then waits for another day; null
 * to leave that rule out). A negative number counts as zero; use {@link Integer#MAX_VALUE} for no cap.
 */
public record SessionRequest(QuizFilter filter, int count, int newLimit, boolean cram, NewOrder newOrder,
                             Instant dayStart) {

    public SessionRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(newOrder, "newOrder");
        count = Math.max(0, count);
        newLimit = Math.max(0, newLimit);
    }

    /** New terms beginner first, and no day to keep twins apart across sessions. */
    public SessionRequest(QuizFilter filter, int count, int newLimit, boolean cram) {
        this(filter, count, newLimit, cram, NewOrder.LEVEL, null);
    }
}
