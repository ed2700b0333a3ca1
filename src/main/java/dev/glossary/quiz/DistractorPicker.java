package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Picks the wrong options of a choice question and builds the question:
 * {@code new DistractorPicker(deck).choice(term, new SplittableRandom(seed))}.
 *
 * <p>Distractors are the most plausible terms, the closest in meaning first ({@link Likeness#closeness}:
 * linked by {@code related}, sharing distinctive words of their names, sharing tags, sharing words of their
 * definitions), then of the same level, then of the same category; ties in random order. Closeness comes
 * first because a deck's terms mostly share one category and spread over three levels: "Pagination" is
 * better asked against "Response Streaming" than against whatever other beginner term comes up.
 *
 * <p>Never offered, so every question has one right answer: the answer itself, and a term {@link
 * Likeness#confusable confusable} with it: its twins ("Scheduled Task" for "Cron Job"), a general term for a
 * kind of it and back ("Middleware" and "Server Middleware"), near-synonyms ("Rate Limiter" for "Rate
 * Limiting"), and a term the answer's definition names or whose definition names the answer ("Gunicorn" for
 * "Uvicorn", whose definition runs it under Gunicorn, and "Uvicorn" for "Gunicorn"), which would be struck
 * out at a glance or be half right. Two distractors are not confusable with each other either, unless the
 * deck has nothing else. The same seed gives the same question (on a deck that is sampled: the same seeds
 * in the same order).
 *
 * <p>A deck of more than {@value #POOL} terms (or of very long texts) is not ranked whole: see {@link #pool}.
 * Whether two terms are confusable (which looks for each one's names in the other's definition, slow on long
 * texts) is asked only of the best-ranked candidates, until enough are found.
 */
public final class DistractorPicker {
    public static final int DISTRACTORS = 3;
    /** The most terms, and characters of their text, ranked for one question; a larger deck is sampled. */
    static final int POOL = 500;
    static final int TEXT_BUDGET = 400_000;

    private final Deck deck;
    private final Likeness likeness;
    private List<Term> sample;

    public DistractorPicker(Deck deck) {
        this.deck = deck;
        this.likeness = new Likeness(deck);
    }

    /** Up to {@link #DISTRACTORS} wrong options, fewer when the deck is small. */
    public List<Term> distractors(Term answer, RandomGenerator rng) {
        return distractors(answer, DISTRACTORS, rng);
    }

    public List<Term> distractors(Term answer, int count, RandomGenerator rng) {
        List<Term> candidates = pool(answer, rng);
        candidates.removeIf(t -> t.id().equals(answer.id()));
        Shuffle.inPlace(candidates, rng);
        Map<String, Integer> scores = new HashMap<>();
        candidates.forEach(t -> scores.put(t.id(), plausibility(answer, t)));
        candidates.sort(Comparator.comparingInt((Term t) -> scores.get(t.id())).reversed());
        // Confusable terms are looked for among the best candidates only, until enough are found.
        List<Term> picked = new ArrayList<>();
        List<Term> spare = new ArrayList<>();
        for (Term candidate : candidates) {
            if (picked.size() == count) {
                break;
            }
            if (likeness.confusable(answer, candidate)) {
                continue;
            }
            if (picked.stream().anyMatch(p -> likeness.confusable(p, candidate))) {
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

    /**
     * The terms ranked for a question: the whole deck; or, on a deck of more than {@value #POOL} terms or
     * {@value #TEXT_BUDGET} characters of names and definitions, the answer's linked terms and a sample drawn at
     * this picker's first question, of {@value #POOL} terms or as many as that budget of text allows. Comparing
     * two terms needs a profile of each, made once from its text; so a session's first question profiles a
     * bounded amount of text and later ones hardly any, whatever the size of the deck.
     */
    private List<Term> pool(Term answer, RandomGenerator rng) {
        List<Term> terms = deck.terms();
        if (sample == null) {
            sample = terms.size() <= POOL && textOf(terms) <= TEXT_BUDGET ? terms : sample(rng);
        }
        if (sample == terms) {
            return new ArrayList<>(terms);
        }
        Map<String, Term> pool = new LinkedHashMap<>();
        for (Term term : terms) {
            if (answer.related().contains(term.id()) || term.related().contains(answer.id())) {
                pool.put(term.id(), term);
            }
        }
        sample.forEach(t -> pool.putIfAbsent(t.id(), t));
        return new ArrayList<>(pool.values());
    }

    private List<Term> sample(RandomGenerator rng) {
        List<Term> terms = deck.terms();
        Map<String, Term> drawn = new LinkedHashMap<>();
        long text = 0;
        for (int draws = 0; draws < 4 * POOL && drawn.size() < POOL && text < TEXT_BUDGET; draws++) {
            Term term = terms.get(rng.nextInt(terms.size()));
            if (drawn.putIfAbsent(term.id(), term) == null) {
                text += textOf(List.of(term));
            }
        }
        return List.copyOf(drawn.values());
    }

    private static long textOf(List<Term> terms) {
        long chars = 0;
        for (Term term : terms) {
            chars += term.definition().length();
            for (String name : term.names()) {
                chars += name.length();
            }
        }
        return chars;
    }

    /** How many terms of the deck questions so far have compared: a bounded number on a deck of any size. */
    int termsCompared() {
        return likeness.profiled();
    }

    /** The answer's masked definition, and term names to pick from. */
    public ChoiceQuestion choice(Term answer, RandomGenerator rng) {
        String prompt = Masker.maskDefinition(answer, deck.same(answer));
        List<Term> options = options(answer, rng);
        List<String> names = options.stream().map(Term::name).toList();
        return new ChoiceQuestion(Mode.CHOICE, prompt, options, names, options.indexOf(answer));
    }

    /** The answer's name, and definitions to pick from, each masked with its own term. */
    public ChoiceQuestion reverse(Term answer, RandomGenerator rng) {
        List<Term> options = options(answer, rng);
        List<String> definitions = new ArrayList<>(options.size());
        for (Term option : options) {
            definitions.add(Masker.maskDefinition(option, deck.same(option)));
        }
        return new ChoiceQuestion(Mode.REVERSE, answer.name(), options, definitions, options.indexOf(answer));
    }

    private List<Term> options(Term answer, RandomGenerator rng) {
        List<Term> options = new ArrayList<>(distractors(answer, DISTRACTORS, rng));
        options.add(answer);
        Shuffle.inPlace(options, rng);
        return options;
    }

    private int plausibility(Term answer, Term candidate) {
        boolean sameLevel = answer.level() == candidate.level();
        boolean sameCategory = !answer.category().isBlank()
                && answer.category().strip().equalsIgnoreCase(candidate.category().strip());
        return 4 * likeness.closeness(answer, candidate) + (sameLevel ? 2 : 0) + (sameCategory ? 1 : 0);
    }
}
