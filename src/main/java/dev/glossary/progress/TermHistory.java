package dev.glossary.progress;

import dev.glossary.srs.Card;

import java.util.List;
import java.util.Objects;

/** A term's scheduling state and every review that led to it, oldest first. */
public record TermHistory(Card card, List<Review> reviews) {

    public TermHistory {
        Objects.requireNonNull(card, "card");
        reviews = List.copyOf(reviews);
    }

    /** Reviews that count for the schedule (cram practice does not). */
    public List<Review> scheduled() {
        return reviews.stream().filter(r -> !r.cram()).toList();
    }
}
