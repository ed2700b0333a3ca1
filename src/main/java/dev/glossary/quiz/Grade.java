package dev.glossary.quiz;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a typed answer, from {@link TypedAnswerGrader#grade}. {@code exact} is true when the
 * answer was right with no typo tolerated (spelling differences of case, spacing or punctuation, and a
 * dropped generic word, are not typos). {@code expected} is the way of writing the term the answer was
 * held against (the name, an alias, or a part such as "JSON Web Token"); {@code diff} compares the typed
 * answer with it, and is empty for an exact or blank answer and for a far miss. {@code twin} is the name of
 * the twin (the deck's {@code same}) a right answer gave instead of the term, or null: the learner is right,
 * and is told the two are the same.
 */
public record Grade(boolean correct, boolean exact, String expected, List<DiffPart> diff, String twin) {

    public Grade {
        Objects.requireNonNull(expected, "expected");
        diff = List.copyOf(diff);
        if (exact && !correct) {
            throw new IllegalArgumentException("an exact answer is a correct one");
        }
        if (twin != null && !correct) {
            throw new IllegalArgumentException("only a right answer is taken as a twin");
        }
    }

    public Grade(boolean correct, boolean exact, String expected, List<DiffPart> diff) {
        this(correct, exact, expected, diff, null);
    }

    Grade asTwin(String twinName) {
        return new Grade(correct, exact, expected, diff, twinName);
    }
}
