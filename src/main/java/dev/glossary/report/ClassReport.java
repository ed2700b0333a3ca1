package dev.glossary.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A class's reports of one deck, put together for the teacher: {@code ClassReport.of(reports)}. The hardest
 * terms, the most confused pairs, each learner's coverage and the terms nobody has reached. Reports of different
 * versions of the deck are matched by term id; {@link #versions} and {@link #partialTerms} say where they differ.
 *
 * <p>Hardness: each learner who met a term adds their first-try miss rate on it, so the score is how much of the
 * class misses the term, in learners: a term three learners miss half the time (1.5) ranks above one a single
 * learner missed once (1.0), which ranks above one nobody misses. Ties go to the term with more lapses, then
 * to the lower mean accuracy.
 */
public record ClassReport(String deckId, List<Learner> learners, Map<String, Integer> versions, List<TermRow> terms,
                          List<ConfusedPair> confusedPairs, List<TermRow> notReached, List<TermRow> partialTerms) {

    /** A report with the name it goes by: the learner's, or the file's when they gave none. */
    public record Named(String label, LearnerReport report) {
    }

    /** One learner's coverage: of the terms in their deck, how many they have seen, have due and know. */
    public record Learner(String label, String version, int terms, int seen, int due, int known) {
    }

    /**
     * One term across the class.
     *
     * @param reports         how many reports have the term (fewer than all when versions differ)
     * @param met             how many learners have answered it
     * @param firstTryAccuracy the mean of their first-try accuracies; NaN when nobody met it
     * @param misses          the sum of their first-try miss rates: how many learners' worth miss it
     */
    public record TermRow(String id, String term, int reports, int met, int answers, int firstTries,
                          int firstTriesRight, int lapses, double firstTryAccuracy, double misses) {
    }

    /** Two terms one was given for the other, counted both ways. */
    public record ConfusedPair(String a, String b, int times, int learners) {
    }

    public static ClassReport of(List<Named> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no reports");
        }
        String deckId = reports.get(0).report().deckId();
        for (Named named : reports) {
            if (!named.report().deckId().equals(deckId)) {
                throw new IllegalArgumentException("reports of more than one deck");
            }
        }
        Map<String, Integer> versions = new TreeMap<>();
        List<Learner> learners = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, PairTally> pairs = new HashMap<>();
        // The newest report names the terms, in its order: a teacher reads names from the latest version.
        List<Named> newestFirst = new ArrayList<>(reports);
        newestFirst.sort(Comparator.comparing((Named n) -> n.report().date()).reversed());
        for (Named named : newestFirst) {
            LearnerReport report = named.report();
            versions.merge(report.deckVersion() == null ? "" : report.deckVersion(), 1, Integer::sum);
            int seen = 0;
            int due = 0;
            int known = 0;
            for (LearnerReport.TermSummary term : report.terms()) {
                Tally tally = tallies.computeIfAbsent(term.id(), id -> new Tally(term.term()));
                tally.add(term);
                seen += term.seen() ? 1 : 0;
                due += term.due() ? 1 : 0;
                known += term.known() ? 1 : 0;
                for (LearnerReport.Confusion confusion : term.confusions()) {
                    String a = term.id().compareTo(confusion.with()) <= 0 ? term.id() : confusion.with();
                    String b = a.equals(term.id()) ? confusion.with() : term.id();
                    pairs.computeIfAbsent(a + "\n" + b, key -> new PairTally(a, b)).add(named.label(), confusion.times());
                }
            }
            learners.add(new Learner(named.label(), report.deckVersion(), report.terms().size(), seen, due, known));
        }
        learners.sort(Comparator.comparing(Learner::label, String.CASE_INSENSITIVE_ORDER));
        List<TermRow> rows = new ArrayList<>();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            rows.add(entry.getValue().row(entry.getKey()));
        }
        List<TermRow> reached = new ArrayList<>(rows.stream().filter(r -> r.met() > 0).toList());
        reached.sort(Comparator.comparingDouble(TermRow::misses).reversed()
                .thenComparing(Comparator.comparingInt(TermRow::lapses).reversed())
                .thenComparingDouble(TermRow::firstTryAccuracy)
                .thenComparing(TermRow::id));
        List<TermRow> notReached = rows.stream().filter(r -> r.met() == 0).toList();
        List<TermRow> partial = rows.stream().filter(r -> r.reports() < reports.size()).toList();
        List<ConfusedPair> confused = new ArrayList<>();
        for (PairTally pair : pairs.values()) {
            confused.add(new ConfusedPair(pair.a, pair.b, pair.times, pair.learners.size()));
        }
        confused.sort(Comparator.comparingInt(ConfusedPair::learners).reversed()
                .thenComparing(Comparator.comparingInt(ConfusedPair::times).reversed())
                .thenComparing(ConfusedPair::a).thenComparing(ConfusedPair::b));
        return new ClassReport(deckId, learners, versions, reached, confused, notReached, partial);
    }

    /** The term's name, as the newest report has it. */
    public String name(String termId) {
        for (List<TermRow> rows : List.of(terms, notReached)) {
            for (TermRow row : rows) {
                if (row.id().equals(termId)) {
                    return row.term();
                }
            }
        }
        return termId;
    }

    private static final class Tally {
        private final String name;
        private int reports;
        private int met;
        private int answers;
        private int firstTries;
        private int right;
        private int lapses;
        private double accuracySum;

        Tally(String name) {
            this.name = Objects.requireNonNull(name);
        }

        void add(LearnerReport.TermSummary term) {
            reports++;
            answers += term.answers();
            lapses += term.lapses();
            if (term.firstTries() > 0) {
                met++;
                firstTries += term.firstTries();
                right += term.firstTriesRight();
                accuracySum += term.firstTryAccuracy();
            }
        }

        TermRow row(String id) {
            double accuracy = met == 0 ? Double.NaN : accuracySum / met;
            return new TermRow(id, name, reports, met, answers, firstTries, right, lapses, accuracy, met - accuracySum);
        }
    }

    private static final class PairTally {
        private final String a;
        private final String b;
        private final Set<String> learners = new HashSet<>();
        private int times;

        PairTally(String a, String b) {
            this.a = a;
            this.b = b;
        }

        void add(String learner, int count) {
            learners.add(learner);
            times += count;
        }
    }
}
