package dev.glossary.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer the learner took back: kept (as a tombstone) after its review is removed from the log, so that
 * a merge with a file or a session that still holds that review does not bring it back. It names the answer
 * as {@link Review} tells two answers apart: the instant, the mode and whether it was cram practice.
 *
 * @param undoneAt when it was taken back
 */
public record UndoneAnswer(Instant at, String mode, boolean cram, Instant undoneAt) {

    public UndoneAnswer {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(undoneAt, "undoneAt");
        mode = mode == null ? "" : mode;
    }

    public static UndoneAnswer of(Review review, Instant undoneAt) {
        return new UndoneAnswer(review.at(), review.mode(), review.cram(), undoneAt);
    }

    /** Whether {@code review} is the answer taken back, whatever rating it has. */
    public boolean matches(Review review) {
        return at.equals(review.at()) && mode.equals(review.mode()) && cram == review.cram();
    }

    boolean sameAnswer(UndoneAnswer other) {
        return at.equals(other.at) && mode.equals(other.mode) && cram == other.cram;
    }
}
