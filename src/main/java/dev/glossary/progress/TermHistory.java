package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;

import java.time.Instant;

import java.util.List;
import java.util.Objects;

/** A term's scheduling state and every review that led to it, oldest first. */
public record TermHistory(Card card, List<Review> reviews) {

    public TermHistory {
        Objects.requireNonNull(card, "card");
        reviews = List.copyOf(reviews);
    }

    /** Whether the term has left the new state (cram answers alone leave it new). */
    public boolean studied() {
        return card.state() != CardState.NEW;
    }

    /** Whether a studied term is due at {@code now}. */
    public boolean isDue(Instant now) {
        return studied() && !card.due().isAfter(now);
    }

    /** Reviews that count for the schedule (cram practice does not). */
    public List<Review> scheduled() {
        return reviews.stream().filter(r -> !r.cram()).toList();
    }
}
