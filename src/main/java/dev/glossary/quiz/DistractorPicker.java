package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the wrong options of a choice question and builds the question:
 * {@code new DistractorPicker(deck).choice(term, new SplittableRandom(seed))}.
 *
 * <p>Distractors are the most plausible terms: same category and level first, then same category, then
 * same level, then the rest; within each, those closest in meaning (linked by {@code related}, sharing a
 * distinctive word of their names, sharing tags), ties in random order. Never offered: the answer itself;
 * any term that can be written the same way as the answer ("Bun Runtime" for "Bun", "Server-Sent Events"
 * for "SSE (Server-Sent Events)", "Entity (DDD)" for "Entity"); and a related term that overlaps it,
 * whose name contains or is contained in the answer's, spacing and punctuation aside, or whose words
 * (singular, without generic words) contain or are contained in the answer's ("Cursor Pagination" and
 * "Cursor-Based Pagination", "GraphQL Subscription" and "GraphQL Subscriptions"). Two distractors are
 * not twins of each other either, unless the deck has nothing else. The same seed gives the same question.
 */
public final class DistractorPicker {
    public static final int DISTRACTORS = 3;
    private static final int MIN_CONTAINED_LENGTH = 3;

    private final Deck deck;
    private final Map<Term, Profile> profiles = new HashMap<>();

    /**
     * What comparing two terms needs: their compact spellings, the words of their shortest names (singular,
     * without common words) and the stems of the distinctive words of their names.
     */
    private record Profile(Set<String> spellings, Set<String> words, Set<String> roots) {
    }

    public DistractorPicker(Deck deck) {
        this.deck = deck;
        for (Term term : deck.terms()) {
            profiles.put(term, profileOf(term));
        }
    }

    /** Up to {@link #DISTRACTORS} wrong options, fewer when the deck is small. */
    public List<Term> distractors(Term answer, RandomGenerator rng) {
        return distractors(answer, DISTRACTORS, rng);
    }

    public List<Term> distractors(Term answer, int count, RandomGenerator rng) {
        List<Term> candidates = new ArrayList<>();
        for (Term term : deck.terms()) {
            if (!term.id().equals(answer.id()) && !twins(answer, term)) {
                candidates.add(term);
            }
        }
        Shuffle.inPlace(candidates, rng);
        candidates.sort(Comparator.comparingInt((Term t) -> plausibility(answer, t)).reversed());
        List<Term> picked = new ArrayList<>();
        List<Term> spare = new ArrayList<>();
        for (Term candidate : candidates) {
            if (picked.size() == count) {
                break;
            }
            if (picked.stream().anyMatch(p -> twins(p, candidate))) {
                spare.add(candidate);
            } else {
                picked.add(candidate);
            }
        }
        for (int i = 0; picked.size() < count && i < spare.size(); i++) {
            picked.add(spare.get(i));
        }
        return List.copyOf(picked);
    }

    /** The answer's masked definition, and term names to pick from. */
    public ChoiceQuestion choice(Term answer, RandomGenerator rng) {
        List<Term> options = options(answer, rng);
        List<String> names = options.stream().map(Term::name).toList();
        return new ChoiceQuestion(Mode.CHOICE, Masker.maskDefinition(answer), options, names, options.indexOf(answer));
    }

    /** The answer's name, and definitions to pick from, each masked with its own term. */
    public ChoiceQuestion reverse(Term answer, RandomGenerator rng) {
        List<Term> options = options(answer, rng);
        List<String> definitions = options.stream().map(Masker::maskDefinition).toList();
        return new ChoiceQuestion(Mode.REVERSE, answer.name(), options, definitions, options.indexOf(answer));
    }

    private List<Term> options(Term answer, RandomGenerator rng) {
        List<Term> options = new ArrayList<>(distractors(answer, rng));
        options.add(answer);
        Shuffle.inPlace(options, rng);
        return options;
    }

    /** Whether two terms are one concept as far as a question can tell, see the class comment. */
    boolean twins(Term a, Term b) {
        Profile pa = profile(a);
        Profile pb = profile(b);
        Set<String> spellingsA = pa.spellings();
        Set<String> spellingsB = pb.spellings();
        if (spellingsA.stream().anyMatch(spellingsB::contains)) {
            return true;
        }
        if (!a.related().contains(b.id()) && !b.related().contains(a.id())) {
            return false;
        }
        for (String x : spellingsA) {
            for (String y : spellingsB) {
                if (contains(x, y) || contains(y, x)) {
                    return true;
                }
            }
        }
        Set<String> wordsA = pa.words();
        Set<String> wordsB = pb.words();
        return !wordsA.isEmpty() && !wordsB.isEmpty() && (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA));
    }

    private int plausibility(Term answer, Term candidate) {
        boolean sameCategory = !answer.category().isBlank()
                && answer.category().strip().equalsIgnoreCase(candidate.category().strip());
        boolean sameLevel = answer.level() == candidate.level();
        int tier = sameCategory && sameLevel ? 3 : sameCategory ? 2 : sameLevel ? 1 : 0;
        int closeness = 0;
        if (answer.related().contains(candidate.id()) || candidate.related().contains(answer.id())) {
            closeness += 3;
        }
        Set<String> sharedRoots = new HashSet<>(profile(answer).roots());
        sharedRoots.retainAll(profile(candidate).roots());
        closeness += 2 * Math.min(2, sharedRoots.size());
        Set<String> tags = new HashSet<>(lower(answer.tags()));
        tags.retainAll(lower(candidate.tags()));
        closeness += Math.min(2, tags.size());
        return tier * 100 + closeness;
    }

    private Profile profile(Term term) {
        Profile known = profiles.get(term);
        return known != null ? known : profileOf(term);
    }

    private static Profile profileOf(Term term) {
        Set<String> compact = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (Forms.Form form : Forms.of(term)) {
            compact.add(form.compact());
        }
        for (String name : term.names()) {
            List<String> cores = Forms.cores(name);
            String core = cores.isEmpty() ? name : cores.get(cores.size() - 1);
            for (String word : Text.words(core)) {
                if (!Text.isCommon(word)) {
                    words.add(singular(word));
                }
            }
            for (String word : Text.words(name)) {
                if (Text.isDistinctive(word)) {
                    stems.add(Text.stem(word));
                }
            }
        }
        return new Profile(Set.copyOf(compact), Set.copyOf(words), Set.copyOf(stems));
    }

    private static boolean contains(String longer, String shorter) {
        return shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(v.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
