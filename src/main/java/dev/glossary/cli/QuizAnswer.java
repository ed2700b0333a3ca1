package dev.glossary.cli;

import dev.glossary.deck.Term;
import dev.glossary.quiz.Mode;
import dev.glossary.srs.Rating;

import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of a quiz session as its results report it: the term, how it was asked, what was answered. */
record QuizAnswer(Term term, Mode mode, String answer, boolean correct, Rating rating) {

    QuizAnswer withRating(Rating rating) {
        return new QuizAnswer(term, mode, answer, correct, rating);
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
        return result;
    }
}
