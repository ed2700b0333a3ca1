package dev.glossary.quiz;

import java.util.Objects;

/**
 * What a learner asked for: which terms ({@code filter}), at most {@code count} of them, of which at most
 * {@code newLimit} new ones (what is left of today's allowance), and whether to {@code cram}: review
 * regardless of due dates. A negative number counts as zero; use {@link Integer#MAX_VALUE} for no cap.
 */
public record SessionRequest(QuizFilter filter, int count, int newLimit, boolean cram) {

    public SessionRequest {
        Objects.requireNonNull(filter, "filter");
        count = Math.max(0, count);
        newLimit = Math.max(0, newLimit);
    }
}
