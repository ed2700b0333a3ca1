package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two terms of a deck are, for {@link DistractorPicker} and {@link TypedAnswerGrader}:
 * {@code new Likeness(deck).confusable(a, b)}, {@code Likeness.twins(a, b)}.
 *
 * <ul>
 *   <li>{@link #twins}: one concept under two names, as the deck says with {@code same} ("Cron Job" and
 *       "Scheduled Task"). Only the deck says so: names that look alike are no proof ("Middleware" is not
 *       "Server Middleware"). A typed answer may give either name.</li>
 *   <li>{@link #confusable}: too close to be told apart in a question, so never two options of one:
 *       twins; terms that can be written the same way ("Guard" and "Guard (backend)"); linked terms whose
 *       names contain one another, a general term and a kind of it ("Middleware" and "Server Middleware",
 *       "Idempotency" and "Idempotency Key"); near-synonyms, whose names have the same distinctive words,
 *       numbers included, or one has all of the other's two or more ("Rate Limiting", "Rate Limiter", "API
 *       Rate Limit", "Rate Limiter Middleware"; but not "HTTP/2" and "HTTP/3"); and terms either of whose
 *       definitions names the other. A definition written in terms of another term is about something
 *       close to it, a kind of it, a part of it or an alternative to it ("Guard (backend)" set apart from
 *       middleware, "Throttling" against rate limiting), so a learner who picks the other is often half
 *       right; and a question whose text names one of its wrong options gives that option away.</li>
 *   <li>{@link #closeness}: how close in meaning, for ranking plausible distractors: a related link, shared
 *       distinctive words of the names, shared tags, and shared distinctive words of the definitions.</li>
 * </ul>
 */
final class Likeness {
    private static final int MIN_CONTAINED_LENGTH = 3;
    private static final double CLOSE_DEFINITIONS = 0.4;
    private static final double CLOSE_NAMED_DEFINITIONS = 0.3;

    private final Deck deck;
    /** Profiles of the deck's terms, made when first compared: a question compares only a few hundred. */
    private final Map<String, Profile> profiles = new HashMap<>();
    /** Compiled when first needed: most questions look at a few hundred terms, a large deck has many more. */
    private final Map<String, Masker.Mentions> mentions = new HashMap<>();

    /**
     * What comparing two terms needs: their compact spellings, the words of their shortest names (singular,
     * without common words), the stems of the distinctive words of their names, the stems and numbers of
     * the name that say what it is, the stems of the distinctive words of the definition, and the tags.
     */
    private record Profile(Set<String> spellings, Set<String> words, Set<String> roots, Set<String> head,
                           Set<String> definition, Set<String> tags) {
    }

    Likeness(Deck deck) {
        this.deck = deck;
    }

    /** How many of the deck's terms have been profiled so far: what comparing terms has cost. */
    int profiled() {
        return profiles.size();
    }

    /** Whether the deck says the two mean the same ({@code same}, read either way round). */
    static boolean twins(Term a, Term b) {
        return a.isSameAs(b) || b.isSameAs(a);
    }

    /**
     * Too close to share a session, where one would give the other away: twins, and terms whose definitions
     * say much the same ({@value #CLOSE_DEFINITIONS} of the smaller one's distinctive words shared, or
     * {@value #CLOSE_NAMED_DEFINITIONS} for terms whose names are {@link #confusable} too: "Serialization"
     * and "Deserialization", "Batch Loading" and "GraphQL DataLoader Pattern", "Caching" and "Response
     * Caching"; measured on the bundled deck, where lower shares are terms that only share a field).
     */
    boolean siblings(Term a, Term b) {
        if (a.id().equals(b.id())) {
            return false;
        }
        if (twins(a, b)) {
            return true;
        }
        double overlap = definitionOverlap(a, b);
        return overlap >= CLOSE_DEFINITIONS || overlap >= CLOSE_NAMED_DEFINITIONS && confusable(a, b);
    }

    boolean confusable(Term a, Term b) {
        return twins(a, b) || overlapping(a, b) || nearSynonyms(a, b) || definedByEachOther(a, b);
    }

    private boolean definedByEachOther(Term a, Term b) {
        return mentions(b).in(a.definition()) || mentions(a).in(b.definition());
    }

    private Masker.Mentions mentions(Term term) {
        return mentions.computeIfAbsent(term.id(), id -> Masker.Mentions.of(term));
    }

    /**
     * The share of distinctive definition words two terms have in common, out of the smaller set: 1 when
     * one definition's words are all in the other's.
     */
    double definitionOverlap(Term a, Term b) {
        Set<String> x = profile(a).definition();
        Set<String> y = profile(b).definition();
        int smaller = Math.min(x.size(), y.size());
        return smaller == 0 ? 0 : (double) shared(x, y) / smaller;
    }

    /** Higher for terms closer in meaning; 0 for terms with nothing in common. */
    int closeness(Term a, Term b) {
        Profile pa = profile(a);
        Profile pb = profile(b);
        int closeness = linked(a, b) ? 6 : 0;
        closeness += 3 * Math.min(2, shared(pa.head(), pb.head()));
        closeness += 2 * Math.min(2, shared(pa.tags(), pb.tags()));
        closeness += Math.min(4, shared(pa.definition(), pb.definition()));
        return closeness;
    }

    private boolean overlapping(Term a, Term b) {
        Profile pa = profile(a);
        Profile pb = profile(b);
        if (pa.spellings().stream().anyMatch(pb.spellings()::contains)) {
            return true;
        }
        if (!linked(a, b)) {
            return false;
        }
        for (String x : pa.spellings()) {
            for (String y : pb.spellings()) {
                if (contains(x, y) || contains(y, x)) {
                    return true;
                }
            }
        }
        Set<String> wordsA = pa.words();
        Set<String> wordsB = pb.words();
        return !wordsA.isEmpty() && !wordsB.isEmpty() && (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA));
    }

    private boolean nearSynonyms(Term a, Term b) {
        Set<String> x = profile(a).head();
        Set<String> y = profile(b).head();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        return smaller.size() >= 2 && larger.containsAll(smaller);
    }

    private static boolean linked(Term a, Term b) {
        return a.related().contains(b.id()) || b.related().contains(a.id());
    }

    private Profile profile(Term term) {
        Profile known = profiles.get(term.id());
        if (known != null) {
            return known;
        }
        Profile profile = profileOf(term);
        if (deck.byId(term.id()).orElse(null) == term) {
            profiles.put(term.id(), profile);
        }
        return profile;
    }

    private static Profile profileOf(Term term) {
        Set<String> compact = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> roots = new HashSet<>();
        for (Forms.Form form : Forms.of(term)) {
            compact.add(form.compact());
        }
        for (String name : term.names()) {
            for (String word : Text.words(core(name))) {
                if (!Text.isCommon(word)) {
                    words.add(singular(word));
                }
            }
            for (String word : Text.words(name)) {
                if (Text.isDistinctive(word)) {
                    roots.add(Text.stem(word));
                }
            }
        }
        Set<String> head = new HashSet<>();
        for (String word : Text.words(core(term.name()))) {
            if (!Text.isCommon(word)) {
                head.add(Text.stem(singular(word)));
            }
        }
        Set<String> definition = new HashSet<>();
        for (String word : Text.words(term.definition())) {
            if (Text.isDistinctive(word)) {
                definition.add(Text.stem(word));
            }
        }
        // A definition's words that are its own name say nothing about what it is like.
        definition.removeAll(roots);
        Set<String> tags = new HashSet<>();
        term.tags().forEach(t -> tags.add(t.strip().toLowerCase(Locale.ROOT)));
        return new Profile(Set.copyOf(compact), Set.copyOf(words), Set.copyOf(roots), Set.copyOf(head),
                Set.copyOf(definition), Set.copyOf(tags));
    }

    /** The shortest version of a name: without qualifier, leading article or generic last word. */
    private static String core(String name) {
        List<String> cores = Forms.cores(name);
        return cores.isEmpty() ? name : cores.get(cores.size() - 1);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static boolean contains(String longer, String shorter) {
        return shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
