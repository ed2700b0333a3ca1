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
import java.util.function.UnaryOperator;

/**
 * A learner's progress: per deck id and term id, the card, its review log, what the learner set on the
 * term (suspended, buried) and the answers taken back. Immutable: recording a review, undoing one, or
 * merging another learner file gives a new value, which the store then writes.
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
     * set, a term may fall due earlier than its card says (see {@link ExamSchedule}). Suspended and buried
     * terms are not due.
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

    /**
     * When the earliest studied term of {@code deck} within {@code levels} that is not yet due falls due; a
     * suspended term never does, a buried one not before its burial ends.
     */
    public Optional<Instant> nextDue(Deck deck, Set<Level> levels, Instant now, ExamSchedule exam) {
        Map<String, TermHistory> histories = deck(deck.id());
        Instant next = null;
        for (Term term : deck.terms()) {
            TermHistory history = histories.get(term.id());
            if (history != null && history.studied() && !history.suspended() && levels.contains(term.level())
                    && !exam.isDue(term.id(), history, now)) {
                Instant due = exam.dueAt(term.id(), history);
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
        // A term only set (suspended, buried) or only crammed starts its schedule at its first scheduled answer.
        Card card = before.filter(TermHistory::studied).map(TermHistory::card).orElse(Card.newCard(review.at()));
        boolean inOrder = before.map(h -> h.card().lastReview() == null
                || !review.at().isBefore(h.card().lastReview())).orElse(true);
        if (!review.cram()) {
            card = inOrder ? replayer.apply(card, deckId, termId, review) : null;
        }
        log.sort(Comparator.comparing(Review::at));
        if (card == null) {
            card = replayer.replay(deckId, termId, log);
        }
        TermHistory history = before.isPresent() ? before.get().with(card, log) : new TermHistory(card, log);
        return with(deckId, termId, history);
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
                log.set(i, r.withRating(rating));
                return with(deckId, termId, before.get().with(replayer.replay(deckId, termId, log), log));
            }
        }
        return this;
    }

    /** An answer as logged, with the term it was given for. */
    public record Answer(String termId, Review review) {
    }

    /** The answer logged last for a deck (by when it was given), cram practice included. */
    public Optional<Answer> lastAnswer(String deckId) {
        Answer last = null;
        for (Map.Entry<String, TermHistory> term : deck(deckId).entrySet()) {
            List<Review> reviews = term.getValue().reviews();
            if (!reviews.isEmpty()) {
                Review r = reviews.get(reviews.size() - 1);
                if (last == null || r.at().isAfter(last.review().at())) {
                    last = new Answer(term.getKey(), r);
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Takes an answer back: its review leaves the log, the card is what the rest of the log makes it (new,
     * when nothing is left), and the answer is remembered as undone, so that no merge brings it back.
     * Nothing changes when the log holds no such answer.
     */
    public Progress undo(String deckId, String termId, Review answer, Instant now, CardReplayer replayer) {
        Optional<TermHistory> before = term(deckId, termId);
        if (before.isEmpty() || before.get().reviews().stream().noneMatch(answer::sameAnswer)) {
            return this;
        }
        TermHistory h = before.get();
        List<Review> log = new ArrayList<>(h.reviews());
        log.removeIf(answer::sameAnswer);
        List<UndoneAnswer> undone = new ArrayList<>(h.undone());
        undone.add(UndoneAnswer.of(answer, now));
        Card card = log.isEmpty() ? Card.newCard(answer.at()) : replayer.replay(deckId, termId, log);
        return with(deckId, termId, new TermHistory(card, log, h.flags(), undone));
    }

    /** Suspends a term ({@code on}) or lifts its suspension, as set at {@code at}. */
    public Progress suspend(String deckId, String termId, boolean on, Instant at) {
        return withFlags(deckId, termId, at, flags -> flags.suspend(on, at));
    }

    /** Buries a term until {@code until}, as set at {@code at}. */
    public Progress bury(String deckId, String termId, Instant until, Instant at) {
        return withFlags(deckId, termId, at, flags -> flags.bury(until, at));
    }

    private Progress withFlags(String deckId, String termId, Instant at, UnaryOperator<StudyFlags> change) {
        TermHistory h = term(deckId, termId).orElse(new TermHistory(Card.newCard(at), List.of()));
        return with(deckId, termId, new TermHistory(h.card(), h.reviews(), change.apply(h.flags()), h.undone()));
    }

    /**
     * The union of two progress values: every review of either, once, but none that either side took back;
     * each study flag as set last by either; a term whose log changed gets its card recomputed from it,
     * since the log and not the stored card is the source of truth.
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
        List<UndoneAnswer> undone = new ArrayList<>(a.undone());
        for (UndoneAnswer u : b.undone()) {
            if (undone.stream().noneMatch(u::sameAnswer)) {
                undone.add(u);
            }
        }
        StudyFlags flags = a.flags().merge(b.flags());
        // a's version of an answer both hold wins: b may hold it with its rating from before an override.
        List<Review> union = new ArrayList<>();
        for (List<Review> side : List.of(a.reviews(), b.reviews())) {
            for (Review review : side) {
                if (undone.stream().noneMatch(u -> u.matches(review)) && union.stream().noneMatch(review::sameAnswer)) {
                    union.add(review);
                }
            }
        }
        union.sort(Comparator.comparing(Review::at));
        Card card;
        if (union.equals(a.reviews())) {
            card = a.card();
        } else if (union.equals(b.reviews())) {
            card = b.card();
        } else if (union.isEmpty()) {
            card = Card.newCard(undone.get(0).at());
        } else {
            card = replayer.replay(deckId, termId, union);
        }
        return new TermHistory(card, union, flags, undone);
    }

    /**
     * Every studied card computed again from its log by {@code replayer}: the schedule under new settings
     * (weights, steps, retention), as a merge would compute it, since the log and not the stored card is
     * the source of truth. Flags and undone answers stay as they are.
     */
    public Progress rescheduled(CardReplayer replayer) {
        Map<String, Map<String, TermHistory>> next = new TreeMap<>();
        decks.forEach((deck, terms) -> {
            Map<String, TermHistory> out = new TreeMap<>();
            terms.forEach((termId, h) -> out.put(termId, h.scheduled().isEmpty() ? h
                    : h.with(replayer.replay(deck, termId, h.reviews()), h.reviews())));
            next.put(deck, out);
        });
        return of(next);
    }

    /** How many of this progress's cards differ from {@code other}'s for the same term (or are not in it). */
    public int cardsChangedFrom(Progress other) {
        int changed = 0;
        for (var deck : decks.entrySet()) {
            for (var term : deck.getValue().entrySet()) {
                if (!other.card(deck.getKey(), term.getKey()).equals(Optional.of(term.getValue().card()))) {
                    changed++;
                }
            }
        }
        return changed;
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
