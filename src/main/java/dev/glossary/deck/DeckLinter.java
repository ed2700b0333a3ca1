package dev.glossary.deck;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Advice on a valid deck that does not block it: definitions that give their own term away, cards too
 * short or too long or not 2-3 sentences, near-duplicate definitions, terms with no related links, badly
 * unbalanced levels.
 * {@code DeckLinter.lint(deck)} gives the advice in deck order.
 */
public final class DeckLinter {
    public static final int SHORTEST = 60;
    public static final int LONGEST = 400;
    public static final int FEWEST_SENTENCES = 2;
    public static final int MOST_SENTENCES = 3;
    static final double NEAR_DUPLICATE = 0.7;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private DeckLinter() {
    }

    /** What a piece of advice is about, so that a deck's tests can insist on some kinds and not others. */
    public enum Kind { NAMES_TERM, LENGTH, SENTENCES, NO_RELATED, NEAR_DUPLICATE, BALANCE }

    /** One piece of advice about a term (or about the whole deck when {@code termId} is empty). */
    public record Advice(Kind kind, String termId, String message) {
        public String format() {
            return (termId.isEmpty() ? "deck" : "\"" + termId + "\"") + ": " + message;
        }
    }

    public static List<Advice> lint(Deck deck) {
        List<Advice> advice = new ArrayList<>();
        for (Term t : deck.terms()) {
            Giveaways.find(t).ifPresent(how -> advice.add(new Advice(Kind.NAMES_TERM, t.id(),
                    "the definition names the term (" + how + "); quizzes mask it, but a definition that teaches"
                            + " without it makes a better card")));
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
            if (t.related().isEmpty()) {
                advice.add(new Advice(Kind.NO_RELATED, t.id(),
                        "no related terms; links help learners and make better quiz distractors"));
            }
        }
        advice.addAll(nearDuplicates(deck));
        balance(deck).ifPresent(advice::add);
        return advice;
    }

    /**
     * Pairs of definitions sharing most of their words (Jaccard similarity of word sets). Candidates are
     * found through words shared by few definitions, so large decks are not compared pair by pair.
     */
    static List<Advice> nearDuplicates(Deck deck) {
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < deck.size(); i++) {
            Set<String> set = words(deck.terms().get(i).definition());
            words.add(set);
            for (String w : set) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        List<Advice> advice = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int common = Math.max(50, deck.size() / 20);
        for (List<Integer> ids : postings.values()) {
            if (ids.size() < 2 || ids.size() > common) {
                continue;
            }
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    int i = ids.get(a);
                    int j = ids.get(b);
                    if (!seen.add((long) i * deck.size() + j)) {
                        continue;
                    }
                    double sim = jaccard(words.get(i), words.get(j));
                    if (sim >= NEAR_DUPLICATE) {
                        Term ti = deck.terms().get(i);
                        Term tj = deck.terms().get(j);
                        advice.add(new Advice(Kind.NEAR_DUPLICATE, tj.id(), String.format(Locale.ROOT,
                                "the definition is nearly the same as \"%s\"'s (%.0f%% of words shared); make each"
                                        + " say what sets it apart", ti.id(), sim * 100)));
                    }
                }
            }
        }
        return advice;
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

    private static Set<String> words(String text) {
        Set<String> set = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() > 3) {
                set.add(m.group());
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
}
