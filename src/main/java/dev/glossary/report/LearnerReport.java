package dev.glossary.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one learner hands their teacher about one deck, and nothing else: the deck's id and version, per term
 * (by id) how it went, and a name only if the learner gave one. Made from progress with {@link LearnerReports#of};
 * read back from files by the teacher's {@link ClassReport}.
 *
 * @param deckVersion the deck's version as the learner has it, or null for a deck without one
 * @param learner     the name the learner chose to give, or null
 */
public record LearnerReport(String deckId, String deckVersion, String learner, LocalDate date, List<TermSummary> terms) {
    public LearnerReport {
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(date, "date");
        terms = List.copyOf(terms);
    }

    /**
     * How one term went for one learner.
     *
     * @param answers         every answer logged, practice included
     * @param firstTries      days with an answer: the first answer of each day is a first try
     * @param firstTriesRight those first tries that were right (rated above Again)
     * @param lapses          times the term was forgotten after it was learned
     * @param state           new, learning, review or relearning, as the scheduler has it
     * @param mastery         new, learning or known, as lists show it
     * @param retrievability  the chance of recalling it now, or null for a term never studied
     * @param confusions      the terms given instead of this one, where the quiz recorded it
     */
    public record TermSummary(String id, String term, int answers, int firstTries, int firstTriesRight, int lapses,
                              String state, String mastery, boolean due, Double retrievability,
                              List<Confusion> confusions) {
        public TermSummary {
            Objects.requireNonNull(id, "id");
            term = term == null ? id : term;
            confusions = List.copyOf(confusions);
        }

        public boolean seen() {
            return answers > 0;
        }

        public boolean known() {
            return "known".equals(mastery);
        }

        /** Right first tries out of all first tries; NaN for a term never answered. */
        public double firstTryAccuracy() {
            return firstTries == 0 ? Double.NaN : (double) firstTriesRight / firstTries;
        }
    }

    /** Another term of the deck given {@code times} times as the answer to this one. */
    public record Confusion(String with, int times) {
    }
}
