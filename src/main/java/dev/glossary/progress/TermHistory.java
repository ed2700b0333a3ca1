package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;

import java.time.Instant;

import java.util.List;
import java.util.Objects;

/**
 * A term's scheduling state and every review that led to it, oldest first; what the learner set on it
 * (suspended, buried); and the answers taken back with undo, which a merge must not bring back.
 */
public record TermHistory(Card card, List<Review> reviews, StudyFlags flags, List<UndoneAnswer> undone) {

    public TermHistory {
        Objects.requireNonNull(card, "card");
        reviews = List.copyOf(reviews);
        flags = flags == null ? StudyFlags.NONE : flags;
        undone = undone == null ? List.of() : List.copyOf(undone);
    }

    /** A history with nothing set on it and nothing taken back. */
    public TermHistory(Card card, List<Review> reviews) {
        this(card, reviews, StudyFlags.NONE, List.of());
    }

    /** Whether the term has left the new state (cram answers alone leave it new). */
    public boolean studied() {
        return card.state() != CardState.NEW;
    }

    /** Whether a studied term is due at {@code now}; a suspended or buried term is not. */
    public boolean isDue(Instant now) {
        return studied() && !flags.held(now) && !card.due().isAfter(now);
    }

    /** When a studied term that is not suspended falls due: its card's due time, or the end of its burial. */
    public Instant dueAt() {
        Instant until = flags.buriedUntil();
        return until != null && until.isAfter(card.due()) ? until : card.due();
    }

    public boolean suspended() {
        return flags.suspended();
    }

    /**
     * A leech, as Anki calls it: a term forgotten so often ({@code leechLapses} lapses or more) that
     * reviewing it alone is not working.
     */
    public boolean isLeech(int leechLapses) {
        return card.lapses() >= leechLapses;
    }

    /** Reviews that count for the schedule (cram practice does not). */
    public List<Review> scheduled() {
        return reviews.stream().filter(r -> !r.cram()).toList();
    }

    TermHistory with(Card card, List<Review> reviews) {
        return new TermHistory(card, reviews, flags, undone);
    }
}
