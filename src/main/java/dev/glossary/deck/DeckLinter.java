package dev.glossary.deck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Advice on a valid deck that does not block it: definitions that give their own term away (by naming it or
 * a twin, or by a hint the quiz's masking leaves), cards too short or too long or not 2-3 sentences,
 * near-duplicate definitions, terms with no related links, badly unbalanced levels.
 * {@code DeckLinter.lint(deck, question)} gives the advice in deck order; {@code question} is the definition
 * as a quiz shows it, masked (the quiz's {@code Masker}).
 */
public final class DeckLinter {
    public static final int SHORTEST = 60;
    public static final int LONGEST = 400;
    public static final int FEWEST_SENTENCES = 2;
    public static final int MOST_SENTENCES = 3;
    static final double NEAR_DUPLICATE = 0.7;
    /** Earlier definitions compared with each; plenty for a real deck, a bound for a pathological one. */
    static final int CANDIDATES = 32;

    private DeckLinter() {
    }

    /** What a piece of advice is about, so that a deck's tests can insist on some kinds and not others. */
    public enum Kind { NAMES_TERM, HINTS_TERM, LENGTH, SENTENCES, NO_RELATED, NEAR_DUPLICATE, BALANCE }

    /** One piece of advice about a term (or about the whole deck when {@code termId} is empty). */
    public record Advice(Kind kind, String termId, String message) {
        public String format() {
            return (termId.isEmpty() ? "deck" : "\"" + termId + "\"") + ": " + message;
        }
    }

    public static List<Advice> lint(Deck deck, Function<Term, String> question) {
        List<Advice> advice = new ArrayList<>();
        PromptHints hints = PromptHints.of(deck);
        for (Term t : deck.terms()) {
            Optional<String> named = Giveaways.find(t);
            for (Term twin : deck.same(t)) {
                named = named.or(() -> Giveaways.namesTwin(t, twin).map(how -> how + ", its twin"));
            }
            named.ifPresent(how -> advice.add(new Advice(Kind.NAMES_TERM, t.id(),
                    "the definition names the term (" + how + "); quizzes mask it, but a definition that teaches"
                            + " without it makes a better card")));
            // Masking only takes words away, so a question hints at nothing its whole definition does not; most
            // definitions hint at nothing, and are spared the masking, the costliest step of linting a large deck.
            hints.find(t, t.definition()).flatMap(h -> hints.find(t, question.apply(t))).ifPresent(how -> advice.add(new Advice(Kind.HINTS_TERM, t.id(),
                    "the question still hints at the term once it is masked (" + how + "); say it another way or"
                            + " move it to the example")));
            int length = t.definition().length();
            if (length < SHORTEST) {
                advice.add(new Advice(Kind.LENGTH, t.id(), "the definition is " + length + " characters, short for a"
                        + " card; aim for " + SHORTEST + "-" + LONGEST + ": what it is, why it matters, an example"));
            } else if (length > LONGEST) {
                advice.add(new Advice(Kind.LENGTH, t.id(), "the definition is " + length + " characters, long for a"
                        + " card; aim for " + SHORTEST + "-" + LONGEST + " and move detail to \"example\""));
            }
            int sentences = Sentences.count(t.definition());
            if (sentences < FEWEST_SENTENCES || sentences > MOST_SENTENCES) {
                advice.add(new Advice(Kind.SENTENCES, t.id(), "the definition is " + sentences + " sentence"
                        + (sentences == 1 ? "" : "s") + "; aim for " + FEWEST_SENTENCES + "-" + MOST_SENTENCES
                        + ": what it is, why it matters, an example"));
            }
            if (t.related().isEmpty() && t.same().isEmpty()) {
                advice.add(new Advice(Kind.NO_RELATED, t.id(),
                        "no related terms; links help learners and make better quiz distractors"));
            }
        }
        advice.addAll(nearDuplicates(deck));
        balance(deck).ifPresent(advice::add);
        return advice;
    }

    /**
     * Definitions sharing most of their words (Jaccard similarity of word sets at least {@link #NEAR_DUPLICATE}),
     * each reported once, against the closest earlier definition. Near-linear, as a deck may hold 100 000
     * terms: a pair that similar must share one of the rarest few words of each set (prefix filtering, as in
     * all-pairs similarity joins), so only definitions sharing such a word are compared: at most
     * {@link #CANDIDATES} of them, rarest word first and latest first, as a deck of near-copies (or of
     * definitions written from a small vocabulary) would otherwise make the comparisons quadratic.
     */
    static List<Advice> nearDuplicates(Deck deck) {
        List<Term> terms = deck.terms();
        Map<String, Integer> wordIds = new HashMap<>();
        List<int[]> sets = new ArrayList<>(terms.size());
        List<Integer> frequency = new ArrayList<>();
        for (Term t : terms) {
            Set<String> words = words(t.definition());
            int[] set = new int[words.size()];
            int n = 0;
            for (String w : words) {
                int id = wordIds.computeIfAbsent(w, k -> wordIds.size());
                if (id == frequency.size()) {
                    frequency.add(0);
                }
                frequency.set(id, frequency.get(id) + 1);
                set[n++] = id;
            }
            sets.add(set);
        }
        // Rarest first: the prefix of a set is then made of words few other definitions have.
        int[] rank = rankByFrequency(frequency);
        for (int[] set : sets) {
            for (int i = 0; i < set.length; i++) {
                set[i] = rank[set[i]];
            }
            Arrays.sort(set);
        }
        List<Advice> advice = new ArrayList<>();
        IntList[] postings = new IntList[frequency.size()];
        int[] lengths = new int[terms.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = sets.get(i).length;
        }
        int[] lastSeen = new int[terms.size()];
        Arrays.fill(lastSeen, -1);
        for (int j = 0; j < terms.size(); j++) {
            int[] set = sets.get(j);
            // The least overlap a near-duplicate can have; the epsilon keeps 0.7 * 10 from rounding up to 8.
            int prefix = set.length - (int) Math.ceil(NEAR_DUPLICATE * set.length - 1e-9) + 1;
            int best = -1;
            double bestSimilarity = 0;
            int compared = 0;
            for (int p = 0; p < Math.min(prefix, set.length); p++) {
                if (postings[set[p]] == null) {
                    postings[set[p]] = new IntList();
                }
                IntList earlier = postings[set[p]];
                for (int k = earlier.size() - 1; k >= 0 && compared < CANDIDATES; k--) {
                    int i = earlier.get(k);
                    if (lastSeen[i] == j) {
                        continue;
                    }
                    lastSeen[i] = j;
                    compared++;
                    if (lengths[i] < NEAR_DUPLICATE * set.length - 1e-9 || set.length < NEAR_DUPLICATE * lengths[i] - 1e-9) {
                        continue;
                    }
                    double sim = jaccard(sets.get(i), set);
                    if (sim >= NEAR_DUPLICATE && (sim > bestSimilarity || (sim == bestSimilarity && i < best))) {
                        best = i;
                        bestSimilarity = sim;
                    }
                }
                earlier.add(j);
            }
            if (best >= 0) {
                advice.add(new Advice(Kind.NEAR_DUPLICATE, terms.get(j).id(), String.format(Locale.ROOT,
                        "the definition is nearly the same as \"%s\"'s (%.0f%% of words shared); make each"
                                + " say what sets it apart", terms.get(best).id(), bestSimilarity * 100)));
            }
        }
        return advice;
    }

    private static int[] rankByFrequency(List<Integer> frequency) {
        Integer[] order = new Integer[frequency.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> frequency.get(a).equals(frequency.get(b)) ? Integer.compare(a, b)
                : Integer.compare(frequency.get(a), frequency.get(b)));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** A growable list of ints, as a posting list of boxed Integers would take four times the memory. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }

    private static java.util.Optional<Advice> balance(Deck deck) {
        if (deck.size() < 12) {
            return java.util.Optional.empty();
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        deck.terms().forEach(t -> counts.merge(t.level(), 1, Integer::sum));
        for (Level level : Level.values()) {
            double share = counts.getOrDefault(level, 0) / (double) deck.size();
            if (share < 0.10 || share > 0.70) {
                return java.util.Optional.of(new Advice(Kind.BALANCE, "", String.format(Locale.ROOT,
                        "levels are unbalanced: %d beginner, %d intermediate, %d advanced; a good deck has each level"
                                + " between 10%% and 70%%", counts.getOrDefault(Level.BEGINNER, 0),
                        counts.getOrDefault(Level.INTERMEDIATE, 0), counts.getOrDefault(Level.ADVANCED, 0))));
            }
        }
        return java.util.Optional.empty();
    }

    /** The definition's words of four letters or more: the shorter ones are mostly grammar. */
    private static Set<String> words(String text) {
        Set<String> set = new HashSet<>();
        for (String word : Giveaways.words(text)) {
            if (word.length() > 3) {
                set.add(word);
            }
        }
        return set;
    }

    /**
     * How much two definitions say in the same words: the share of their longer words (four letters or more)
     * that both use, from 0 to 1. Lint calls 0.7 a near-duplicate; a hand-written deck can hold itself to less.
     */
    public static double wordOverlap(String a, String b) {
        return jaccard(words(a), words(b));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /**
     * Over two sorted arrays of word ranks; 0 as soon as the words left cannot bring the overlap up to what
     * {@link #NEAR_DUPLICATE} needs, which is most comparisons.
     */
    private static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int needed = (int) Math.ceil(NEAR_DUPLICATE / (1 + NEAR_DUPLICATE) * (a.length + b.length) - 1e-9);
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (shared + Math.min(a.length - i, b.length - j) < needed) {
                return 0;
            }
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
