package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a typed answer, from {@link TypedAnswerGrader#grade}. {@code exact} is true when the
 * answer was right with no typo tolerated (spelling differences of case, spacing or punctuation, word forms
 * and a dropped generic word are not typos). {@code expected} is the way of writing the term the answer was
 * held against (the name, an alias, or a part such as "JSON Web Token"); {@code diff} compares the typed
 * answer with it, and is empty for an exact or blank answer and for a far miss. {@code confusedWith} is the
 * other term of the deck a wrong answer named (by its name or an alias, in any of the ways its own answer
 * would be accepted), or null. {@code twin} is the name of the twin (the deck's {@code same}) a right answer
 * gave instead of the term, or null: the learner is right, and is told the two are the same.
 */
public record Grade(boolean correct, boolean exact, String expected, List<DiffPart> diff, Term confusedWith,
                    String twin) {

    public Grade {
        Objects.requireNonNull(expected, "expected");
        diff = List.copyOf(diff);
        if (exact && !correct) {
            throw new IllegalArgumentException("an exact answer is a correct one");
        }
        if (correct && confusedWith != null) {
            throw new IllegalArgumentException("a right answer names no other term");
        }
        if (twin != null && !correct) {
            throw new IllegalArgumentException("only a right answer is taken as a twin");
        }
    }

    /** A verdict that names no other term. */
    public Grade(boolean correct, boolean exact, String expected, List<DiffPart> diff) {
        this(correct, exact, expected, diff, null, null);
    }

    public Optional<Term> confusion() {
        return Optional.ofNullable(confusedWith);
    }

    Grade asTwin(String twinName) {
        return new Grade(correct, exact, expected, diff, confusedWith, twinName);
    }
}
