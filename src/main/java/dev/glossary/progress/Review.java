package dev.glossary.progress;

import dev.glossary.srs.Rating;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer a learner gave: when, the rating it became, the quiz mode, how long it took, and whether
 * it was cram practice (logged, but left out of the schedule). The review log is the source of truth:
 * card states are recomputed from it when two logs are merged.
 *
 * @param confusedWith the id of the other term of the deck a wrong answer named (its name, an alias, or its
 *                     definition picked), null for none: a confusion, as {@link Confusions} reads them
 * @param pairedWith   on an answer to a "which is which?" card of {@code quiz --confusions}, the id of the
 *                     other term the card named; null for any other answer
 */
public record Review(Instant at, Rating rating, String mode, long answerMillis, boolean cram, String confusedWith,
                     String pairedWith) {

    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        mode = mode == null ? "" : mode;
        if (answerMillis < 0) {
            throw new IllegalArgumentException("answerMillis must not be negative");
        }
    }

    /** An answer that named no other term, outside the confusion drill. */
    public Review(Instant at, Rating rating, String mode, long answerMillis, boolean cram) {
        this(at, rating, mode, answerMillis, cram, null, null);
    }

    /** The same answer with the learner's own rating. */
    public Review withRating(Rating other) {
        return new Review(at, other, mode, answerMillis, cram, confusedWith, pairedWith);
    }

    /** Whether the answer was right: anything but again. */
    public boolean right() {
        return rating != Rating.AGAIN;
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
