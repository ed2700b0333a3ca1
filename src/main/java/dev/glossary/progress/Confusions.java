package dev.glossary.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of terms a learner mixed up, read from a deck's review log:
 * {@code Confusions.of(progress.deck(deckId), zone).pairs()}. A confusion is a wrong answer that named
 * another term of the deck ({@link Review#confusedWith()}); a pair is the two terms, whichever way round.
 *
 * <p>Since a pair's last confusion, each right answer to either of its terms counts as the pair resolved
 * once more. A pair is {@link Pair#settled() settled}, and no longer drilled by {@code quiz --confusions},
 * once its "which is which?" cards were answered right both ways on two separate days since then; a new
 * confusion opens it again.
 */
public final class Confusions {
    private static final int SETTLING_DAYS = 2;

    private final List<Pair> pairs;

    private Confusions(List<Pair> pairs) {
        this.pairs = pairs;
    }

    /**
     * One pair: its two term ids ({@code a} before {@code b}), how often it was confused, when last and in
     * which mode, how many right answers to either term came after that, and whether it is settled.
     */
    public record Pair(String a, String b, int times, Instant last, String lastMode, int resolvedSince,
                       boolean settled) {
        public boolean has(String termId) {
            return a.equals(termId) || b.equals(termId);
        }

        /** The pair's other term. */
        public String other(String termId) {
            return a.equals(termId) ? b : a;
        }
    }

    /** The other term confused with one term: {@code times} answers to it named the other, or the other way round. */
    public record With(String termId, int times, Instant last) {
    }

    /** The pairs in a deck's histories (by term id), as days fall in {@code zone}. */
    public static Confusions of(Map<String, TermHistory> histories, ZoneId zone) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        histories.forEach((termId, history) -> {
            for (Review r : history.reviews()) {
                String other = r.confusedWith();
                if (other != null && !other.equals(termId)) {
                    tallies.computeIfAbsent(key(termId, other), k -> new Tally(termId, other)).confused(r);
                }
            }
        });
        List<Pair> pairs = new ArrayList<>();
        for (Tally t : tallies.values()) {
            pairs.add(t.pair(histories, zone));
        }
        pairs.sort(Comparator.comparingInt(Pair::times).reversed().thenComparing(Pair::last, Comparator.reverseOrder())
                .thenComparing(Pair::a).thenComparing(Pair::b));
        return new Confusions(List.copyOf(pairs));
    }

    /** Every pair, the most often confused first, then the most recently. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The terms {@code termId} was confused with, in the order of {@link #pairs()}. */
    public List<With> with(String termId) {
        List<With> with = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.has(termId)) {
                with.add(new With(p.other(termId), p.times(), p.last()));
            }
        }
        return with;
    }

    /**
     * The terms given instead of {@code termId}: for each, how many answers to {@code termId} named it (one
     * direction only, as a teacher reads "answered X for Y").
     */
    public static Map<String, Integer> givenInstead(TermHistory history) {
        Map<String, Integer> given = new LinkedHashMap<>();
        for (Review r : history.reviews()) {
            if (r.confusedWith() != null) {
                given.merge(r.confusedWith(), 1, Integer::sum);
            }
        }
        return given;
    }

    private static String key(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "\n" + y : y + "\n" + x;
    }

    private static final class Tally {
        private final String a;
        private final String b;
        private int times;
        private Instant last;
        private String lastMode = "";

        Tally(String x, String y) {
            this.a = x.compareTo(y) <= 0 ? x : y;
            this.b = a.equals(x) ? y : x;
        }

        void confused(Review r) {
            times++;
            if (last == null || r.at().isAfter(last)) {
                last = r.at();
                lastMode = r.mode();
            }
        }

        Pair pair(Map<String, TermHistory> histories, ZoneId zone) {
            int resolved = 0;
            Map<LocalDate, Set<String>> drilledRight = new HashMap<>();
            for (String term : List.of(a, b)) {
                TermHistory h = histories.get(term);
                if (h == null) {
                    continue;
                }
                String other = term.equals(a) ? b : a;
                for (Review r : h.reviews()) {
                    if (!r.at().isAfter(last) || !r.right()) {
                        continue;
                    }
                    resolved++;
                    if (other.equals(r.pairedWith())) {
                        drilledRight.computeIfAbsent(LocalDate.ofInstant(r.at(), zone), d -> new HashSet<>()).add(term);
                    }
                }
            }
            long bothWays = drilledRight.values().stream().filter(s -> s.size() == 2).count();
            return new Pair(a, b, times, last, lastMode, resolved, bothWays >= SETTLING_DAYS);
        }
    }
}
