package dev.glossary.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card, as an immutable value: start with {@link #newCard} and replace it
 * with what {@link Scheduler#review} or {@link Scheduler#nextStates} returns after each review.
 * The fields mirror ts-fsrs's {@code Card}, so a card can be compared with it field by field.
 *
 * @param stability     days until the chance of recall falls to 90%; 0 for a new card
 * @param difficulty    1 to 10; 0 for a new card
 * @param due           when the card should be shown next
 * @param lastReview    when it was last reviewed, or null if never
 * @param learningSteps index of the current (re)learning step; 0 outside the steps
 * @param reps          reviews so far
 * @param lapses        times a card in review was forgotten
 * @param scheduledDays days between the last review and {@code due}; 0 while in (re)learning steps
 * @param elapsedDays   UTC calendar days between the previous review and the last one
 */
public record Card(
        CardState state,
        double stability,
        double difficulty,
        Instant due,
        Instant lastReview,
        int learningSteps,
        int reps,
        int lapses,
        int scheduledDays,
        int elapsedDays) {

    /** The least stability the scheduler takes from a card that has been reviewed. */
    public static final double MIN_STABILITY = MemoryModel.S_MIN;
    public static final double MAX_STABILITY = MemoryModel.S_MAX;
    /** A reviewed card's difficulty lies between these; a new card's is 0. */
    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (!(stability >= 0 && stability <= MemoryModel.S_MAX)) {
            throw new IllegalArgumentException("stability must be 0 to 36500 days, not " + stability);
        }
        if (!(difficulty >= 0 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be 0 to 10, not " + difficulty);
        }
        if (learningSteps < 0 || reps < 0 || lapses < 0 || scheduledDays < 0 || elapsedDays < 0) {
            throw new IllegalArgumentException("card counters must not be negative");
        }
    }

    /** A card never reviewed, due at once. */
    public static Card newCard(Instant created) {
        return new Card(CardState.NEW, 0, 0, created, null, 0, 0, 0, 0, 0);
    }

    MemoryState memory() {
        return new MemoryState(stability, difficulty);
    }
}
