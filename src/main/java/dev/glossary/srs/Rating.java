package dev.glossary.srs;

import java.util.Locale;
import java.util.Optional;

/**
 * How well the learner recalled a card: pass it to {@link Scheduler#review} or pick an outcome with
 * {@link NextStates#get}. {@link #parse} reads what a learner types, "3" or "good".
 */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The FSRS grade, 1 (again) to 4 (easy). */
    public int value() {
        return value;
    }

    public static Rating of(int value) {
        for (Rating rating : values()) {
            if (rating.value == value) {
                return rating;
            }
        }
        throw new IllegalArgumentException("rating must be 1 to 4, not " + value);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "1" to "4" or a name such as "good", ignoring case and surrounding spaces. */
    public static Optional<Rating> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Rating rating : values()) {
            if (rating.id().equals(wanted) || Integer.toString(rating.value).equals(wanted)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
