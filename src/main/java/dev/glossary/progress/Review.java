package dev.glossary.progress;

import dev.glossary.srs.Rating;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer a learner gave: when, the rating it became, the quiz mode, how long it took, and whether
 * it was cram practice (logged, but left out of the schedule). The review log is the source of truth:
 * card states are recomputed from it when two logs are merged.
 */
public record Review(Instant at, Rating rating, String mode, long answerMillis, boolean cram) {

    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        mode = mode == null ? "" : mode;
        if (answerMillis < 0) {
            throw new IllegalArgumentException("answerMillis must not be negative");
        }
    }

    /**
     * Two logs that both hold the same answer (same instant, mode and cram) count it once. The rating is
     * left out: an answer the learner re-rated is still that answer, and a session that saw it before the
     * override must not bring the old rating back when it merges.
     */
    boolean sameAnswer(Review other) {
        return at.equals(other.at) && mode.equals(other.mode) && cram == other.cram;
    }
}
