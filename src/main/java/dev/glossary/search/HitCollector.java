package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Gathers ranked hits one tier at a time: each term once, in the best tier that found it, filtered, and no
 * more than the limit. Within a tier only the best few candidates are kept as they arrive, so a tier that
 * offers thousands of terms costs no sort of thousands.
 */
final class HitCollector {
    record Ranked(Term term, MatchKind kind, double score) {}

    /** Finds the terms of one tier of a query, offering each (by its index in the deck) with its score. */
    @FunctionalInterface
    interface TierSearch {
        void find(MatchKind kind, ScoreSink terms);
    }

    /** One term offered to a tier; candidates order best first: higher score, then name ignoring case, then deck order. */
    private record Candidate(int index, Term term, double score) implements Comparable<Candidate> {
        private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.term().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(Candidate::index);

        @Override
        public int compareTo(Candidate other) {
            return ORDER.compare(this, other);
        }
    }

    private final List<Term> terms;
    private final int limit;
    private final Predicate<? super Term> filter;
    private final BitSet taken = new BitSet();
    private final BitSet rejected = new BitSet();
    private final List<Ranked> ranked = new ArrayList<>();

    HitCollector(List<Term> terms, int limit, Predicate<? super Term> filter) {
        this.terms = terms;
        this.limit = limit;
        this.filter = filter;
    }

    boolean isFull() {
        return ranked.size() >= limit;
    }

    /** Runs {@code search} for tier {@code kind}, unless earlier tiers already filled the limit. */
    void collect(MatchKind kind, TierSearch search) {
        if (isFull()) {
            return;
        }
        Tier best = new Tier(limit - ranked.size());
        search.find(kind, best);
        for (Candidate candidate : best.bestFirst()) {
            ranked.add(new Ranked(candidate.term, kind, candidate.score));
            taken.set(candidate.index);
        }
    }

    List<Ranked> ranked() {
        return List.copyOf(ranked);
    }

    /** The best {@code room} distinct terms offered so far, worst on top so it is the one to drop. */
    private final class Tier implements ScoreSink {
        private final int room;
        private final PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(Collections.reverseOrder());
        private final Map<Integer, Candidate> held = new HashMap<>();

        Tier(int room) {
            this.room = room;
        }

        /** Offers a term (by its index in the deck) with its score. */
        @Override
        public void accept(int index, double score) {
            // Once the tier is full, most offers lose to its worst on score alone: settle those first, cheaply.
            if (worstFirst.size() == room && score < worstFirst.peek().score) {
                return;
            }
            if (taken.get(index) || rejected.get(index)) {
                return;
            }
            Candidate previous = held.get(index);
            if (previous != null) {
                if (score <= previous.score) {
                    return;
                }
                worstFirst.remove(previous);
                held.remove(index);
            } else if (!filter.test(terms.get(index))) {
                rejected.set(index);
                return;
            }
            Candidate candidate = new Candidate(index, terms.get(index), score);
            if (worstFirst.size() < room) {
                keep(candidate);
            } else if (candidate.compareTo(worstFirst.peek()) < 0) {
                held.remove(worstFirst.poll().index);
                keep(candidate);
            }
        }

        List<Candidate> bestFirst() {
            List<Candidate> sorted = new ArrayList<>(worstFirst);
            Collections.sort(sorted);
            return sorted;
        }

        private void keep(Candidate candidate) {
            worstFirst.add(candidate);
            held.put(candidate.index, candidate);
        }
    }
}
