package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.Card;
import dev.glossary.srs.Rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A learner's progress: per deck id and term id, the card and its review log. Immutable: recording a
 * review or merging another learner file gives a new value, which the store then writes.
 *
 * <pre>{@code
 * Progress next = progress.record("backend", "idempotency", review, replayer);
 * Progress both = mine.merge(theirs, replayer);
 * }</pre>
 */
public final class Progress {
    private static final Progress EMPTY = new Progress(Map.of());

    private final Map<String, Map<String, TermHistory>> decks;

    private Progress(Map<String, Map<String, TermHistory>> decks) {
        this.decks = decks;
    }

    public static Progress empty() {
        return EMPTY;
    }

    public static Progress of(Map<String, Map<String, TermHistory>> decks) {
        Map<String, Map<String, TermHistory>> copy = new TreeMap<>();
        decks.forEach((deck, terms) -> copy.put(deck, Collections.unmodifiableMap(new TreeMap<>(terms))));
        return new Progress(Collections.unmodifiableMap(copy));
    }

    public Map<String, Map<String, TermHistory>> decks() {
        return decks;
    }

    public Map<String, TermHistory> deck(String deckId) {
        return decks.getOrDefault(deckId, Map.of());
    }

    public Optional<TermHistory> term(String deckId, String termId) {
        return Optional.ofNullable(deck(deckId).get(termId));
    }

    public Optional<Card> card(String deckId, String termId) {
        return term(deckId, termId).map(TermHistory::card);
    }

    /**
     * The terms of {@code deck} within {@code levels} that are due at {@code now}, in the deck's order: the
     * one rule behind the REPL's prompt, {@code due}, the end of a quiz and {@code deck list}. With an exam
     * set, a term may fall due earlier than its card says (see {@link ExamSchedule}).
     */
    public List<Term> due(Deck deck, Set<Level> levels, Instant now, ExamSchedule exam) {
        Map<String, TermHistory> histories = deck(deck.id());
        List<Term> due = new ArrayList<>();
        for (Term term : deck.terms()) {
            TermHistory history = histories.get(term.id());
            if (history != null && levels.contains(term.level()) && exam.isDue(term.id(), history, now)) {
                due.add(term);
            }
        }
        return due;
    }

    /** When the earliest studied term of {@code deck} within {@code levels} that is not yet due falls due. */
    public Optional<Instant> nextDue(Deck deck, Set<Level> levels, Instant now, ExamSchedule exam) {
        Map<String, TermHistory> histories = deck(deck.id());
        Instant next = null;
        for (Term term : deck.terms()) {
            TermHistory history = histories.get(term.id());
            if (history != null && history.studied() && levels.contains(term.level())
                    && !exam.isDue(term.id(), history, now)) {
                Instant due = exam.due(term.id(), history.card());
                if (next == null || due.isBefore(next)) {
                    next = due;
                }
            }
        }
        return Optional.ofNullable(next);
    }

    public int reviewCount() {
        return decks.values().stream().flatMap(t -> t.values().stream()).mapToInt(h -> h.reviews().size()).sum();
    }

    /** Adds one answer. A cram answer is logged but leaves the card as it was. */
    public Progress record(String deckId, String termId, Review review, CardReplayer replayer) {
        Optional<TermHistory> before = term(deckId, termId);
        List<Review> log = new ArrayList<>(before.map(TermHistory::reviews).orElse(List.of()));
        log.add(review);
        Card card = before.map(TermHistory::card).orElse(Card.newCard(review.at()));
        boolean inOrder = before.map(h -> h.card().lastReview() == null
                || !review.at().isBefore(h.card().lastReview())).orElse(true);
        if (!review.cram()) {
            card = inOrder ? replayer.apply(card, deckId, termId, review) : null;
        }
        log.sort(Comparator.comparing(Review::at));
        if (card == null) {
            card = replayer.replay(deckId, termId, log);
        }
        return with(deckId, termId, new TermHistory(card, log));
    }

    /**
     * Gives an answer already logged another rating, as when the learner overrides the rating the quiz
     * chose: the answer was saved the moment it was given, and the learner's word replaces it. The card is
     * recomputed from the log. Nothing changes when the log holds no such answer.
     */
    public Progress rerate(String deckId, String termId, Review answer, Rating rating, CardReplayer replayer) {
        Optional<TermHistory> before = term(deckId, termId);
        if (before.isEmpty()) {
            return this;
        }
        List<Review> log = new ArrayList<>(before.get().reviews());
        for (int i = 0; i < log.size(); i++) {
            Review r = log.get(i);
            if (r.sameAnswer(answer)) {
                log.set(i, new Review(r.at(), rating, r.mode(), r.answerMillis(), r.cram()));
                return with(deckId, termId, new TermHistory(replayer.replay(deckId, termId, log), log));
            }
        }
        return this;
    }

    /**
     * The union of two progress values: every review of either, once; a term whose logs differ gets its
     * card recomputed from the union, since the log and not the stored card is the source of truth.
     */
    public Progress merge(Progress other, CardReplayer replayer) {
        if (other.decks.isEmpty()) {
            return this;
        }
        Map<String, Map<String, TermHistory>> merged = new TreeMap<>();
        decks.forEach((deck, terms) -> merged.put(deck, new TreeMap<>(terms)));
        other.decks.forEach((deck, theirs) -> {
            Map<String, TermHistory> mine = merged.computeIfAbsent(deck, d -> new TreeMap<>());
            theirs.forEach((termId, history) -> mine.merge(termId, history,
                    (a, b) -> mergeTerm(deck, termId, a, b, replayer)));
        });
        return of(merged);
    }

    private static TermHistory mergeTerm(String deckId, String termId, TermHistory a, TermHistory b,
                                         CardReplayer replayer) {
        List<Review> union = new ArrayList<>(a.reviews());
        for (Review review : b.reviews()) {
            if (union.stream().noneMatch(review::sameAnswer)) {
                union.add(review);
            }
        }
        if (union.size() == a.reviews().size()) {
            return a;
        }
        // b may hold one of a's answers with its rating from before an override: then a's is the newer one.
        if (union.size() == b.reviews().size() && b.reviews().containsAll(a.reviews())) {
            return b;
        }
        union.sort(Comparator.comparing(Review::at));
        return new TermHistory(replayer.replay(deckId, termId, union), union);
    }

    /** The progress without one deck's: what forgetting a removed deck leaves. */
    public Progress withoutDeck(String deckId) {
        if (!decks.containsKey(deckId)) {
            return this;
        }
        Map<String, Map<String, TermHistory>> next = new TreeMap<>(decks);
        next.remove(deckId);
        return of(next);
    }

    private Progress with(String deckId, String termId, TermHistory history) {
        Map<String, Map<String, TermHistory>> next = new TreeMap<>(decks);
        Map<String, TermHistory> terms = new TreeMap<>(deck(deckId));
        terms.put(termId, history);
        next.put(deckId, terms);
        return of(next);
    }
}
