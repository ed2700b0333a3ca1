package dev.glossary.store;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code progress.json}, apart from the domain values so the file format can evolve on
 * its own. Times are ISO-8601 strings; ratings and states are lower-case words a person can read.
 */
record ProgressDocument(int version, Map<String, Map<String, TermDocument>> decks) {

    record TermDocument(CardDocument card, List<ReviewDocument> reviews) {
    }

    record CardDocument(String state, double stability, double difficulty, String due, String lastReview,
                        int learningSteps, int reps, int lapses, int scheduledDays, int elapsedDays) {
    }

    record ReviewDocument(String at, String rating, String mode, long ms, boolean cram) {
    }
}
