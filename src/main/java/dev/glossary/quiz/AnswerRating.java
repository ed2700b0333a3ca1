package dev.glossary.quiz;

/**
 * The four FSRS answers, as the quiz judges them; {@link #value()} is FSRS's 1..4, for mapping onto the
 * scheduler's own rating type.
 */
public enum AnswerRating {
    AGAIN, HARD, GOOD, EASY;

    public int value() {
        return ordinal() + 1;
    }
}
