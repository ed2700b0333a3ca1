package dev.glossary.search;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names to suggest when a term is not found: {@code NameSuggestions.pick(deck, query, typoMatches, 3)}. Names
 * that share whole words with the query come first, so "REST API" suggests REST and API rather than FastAPI,
 * which is only a few letters away; among equals, the typo matches keep their order ahead of the rest.
 */
public final class NameSuggestions {
    /** Words every other name could share; "unit of work" should not suggest "Specification Pattern (of …)". */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "and", "or", "for", "with", "vs", "to",
            "in", "on");

    private NameSuggestions() {
    }

    private record Candidate(Term term, int shared, int order, int extra, int firstWord) {
    }

    public static List<Term> pick(Deck deck, String query, List<Term> typoMatches, int limit) {
        List<String> wanted = List.copyOf(words(query));
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < typoMatches.size(); i++) {
            Term t = typoMatches.get(i);
            candidates.put(t.id(), candidate(t, wanted, i));
        }
        if (!wanted.isEmpty()) {
            for (Term t : deck.terms()) {
                Candidate c = candidate(t, wanted, Integer.MAX_VALUE);
                if (c.shared() > 0) {
                    candidates.putIfAbsent(t.id(), c);
                }
            }
        }
        // The sort is stable, so terms that tie on everything stay in deck order.
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.shared()).thenComparingInt(Candidate::order)
                .thenComparingInt(Candidate::extra).thenComparingInt(Candidate::firstWord));
        return ranked.stream().limit(limit).map(Candidate::term).toList();
    }

    /**
     * The best of a term's names: most query words shared, then fewest words the query did not ask for, then
     * the one sharing the query's earliest word, as "REST API" is about REST first.
     */
    private static Candidate candidate(Term t, List<String> wanted, int order) {
        int bestShared = 0;
        int bestExtra = Integer.MAX_VALUE;
        int bestFirst = Integer.MAX_VALUE;
        for (String name : t.names()) {
            Set<String> words = words(name);
            int shared = 0;
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < wanted.size(); i++) {
                if (words.contains(wanted.get(i))) {
                    shared++;
                    first = Math.min(first, i);
                }
            }
            int extra = words.size() - shared;
            if (shared > bestShared || (shared == bestShared && extra < bestExtra)) {
                bestShared = shared;
                bestExtra = extra;
                bestFirst = first;
            }
        }
        return new Candidate(t, bestShared, order, bestExtra, bestFirst);
    }

    /** The words of a text in the order they come, each once, without filler. */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
