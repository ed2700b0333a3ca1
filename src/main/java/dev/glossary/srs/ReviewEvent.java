package dev.glossary.srs;

import java.time.Instant;
import java.util.Objects;

/** One answer in a card's history, as the optimizer reads it: {@link TrainingData#of} takes a list per card. */
public record ReviewEvent(Instant at, Rating rating) {

    public ReviewEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
