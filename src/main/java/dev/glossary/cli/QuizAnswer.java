package dev.glossary.cli;

import dev.glossary.deck.Term;
import dev.glossary.quiz.Mode;
import dev.glossary.srs.Rating;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of a quiz session as its results report it: the term, how it was asked, what was answered,
 * the other term of the deck a wrong answer named (null for none), how long it took, and whether the term
 * was suspended during the session.
 */
record QuizAnswer(Term term, Mode mode, String answer, boolean correct, Rating rating, Term confusedWith, long millis,
                  boolean suspended) {

    QuizAnswer(Term term, Mode mode, String answer, boolean correct, Rating rating, Term confusedWith, long millis) {
        this(term, mode, answer, correct, rating, confusedWith, millis, false);
    }

    QuizAnswer withRating(Rating rating) {
        return new QuizAnswer(term, mode, answer, correct, rating, confusedWith, millis, suspended);
    }

    QuizAnswer withSuspended(boolean suspended) {
        return new QuizAnswer(term, mode, answer, correct, rating, confusedWith, millis, suspended);
    }

    /** The answer as one of the {@code results} of {@code quiz --json}. */
    Map<String, Object> json() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("term", term.name());
        result.put("id", term.id());
        result.put("mode", mode.id());
        result.put("answer", answer);
        result.put("correct", correct);
        result.put("rating", rating.id());
        result.put("confusedWith", confusedWith == null ? null : confusedWith.id());
        result.put("suspended", suspended);
        return result;
    }
}
