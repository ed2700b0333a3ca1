package dev.glossary.srs;

import java.util.Objects;
import java.util.function.Function;

/**
 * The four cards a review can lead to, from {@link Scheduler#nextStates}: show each button's interval
 * before the learner answers, then keep {@link #get} of the rating they chose.
 */
public record NextStates(Card again, Card hard, Card good, Card easy) {

    public NextStates {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    public Card get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    static NextStates each(Function<Rating, Card> outcome) {
        return new NextStates(
                outcome.apply(Rating.AGAIN),
                outcome.apply(Rating.HARD),
                outcome.apply(Rating.GOOD),
                outcome.apply(Rating.EASY));
    }
}
