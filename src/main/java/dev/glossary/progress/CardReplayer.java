package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.NextStates;
import dev.glossary.srs.Scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Computes a card from its review log. Answering, replaying and the interval labels of the rating keys
 * all use the same fuzz draw for a card's nth review, derived from the deck, the term and n, so a card
 * recomputed after a merge is the card the learner was shown, the label on a key is the interval the
 * key gives, and no random state has to be stored.
 */
public final class CardReplayer {
    private final Scheduler scheduler;

    public CardReplayer(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The card after one more scheduled review. */
    public Card apply(Card card, String deckId, String termId, Review review) {
        return scheduler.review(card, review.rating(), review.at(), fuzzDraw(deckId, termId, card.reps()));
    }

    /**
     * What each rating would do now, with the fuzz the review itself will get. A clock set back behind the card's
     * last review (a review recorded while it was ahead) is taken as that review's time: the answer itself is
     * then replayed in time order (see {@link Progress#record}), and the labels must not fail before it.
     */
    public NextStates nextStates(Card card, String deckId, String termId, Instant now) {
        Instant at = card.lastReview() != null && now.isBefore(card.lastReview()) ? card.lastReview() : now;
        return scheduler.nextStates(card, at, fuzzDraw(deckId, termId, card.reps()));
    }

    /** The card after every non-cram review of the log, in time order; a new card when there are none. */
    public Card replay(String deckId, String termId, List<Review> reviews) {
        List<Review> scheduled = scheduled(reviews);
        if (scheduled.isEmpty()) {
            return Card.newCard(reviews.isEmpty() ? Instant.EPOCH : reviews.get(0).at());
        }
        Card card = Card.newCard(scheduled.get(0).at());
        for (Review review : scheduled) {
            card = apply(card, deckId, termId, review);
        }
        return card;
    }

    /** A non-cram review and the state the card was in when it was given. */
    public record Answered(Review review, CardState before) {
    }

    /**
     * Every non-cram review of the log, in time order, with the card's state just before it: the log
     * does not store states, and figures such as true retention count only reviews of cards in review.
     */
    public List<Answered> answered(String deckId, String termId, List<Review> reviews) {
        List<Review> scheduled = scheduled(reviews);
        List<Answered> out = new ArrayList<>(scheduled.size());
        Card card = scheduled.isEmpty() ? null : Card.newCard(scheduled.get(0).at());
        for (Review review : scheduled) {
            out.add(new Answered(review, card.state()));
            card = apply(card, deckId, termId, review);
        }
        return out;
    }

    private static List<Review> scheduled(List<Review> reviews) {
        return reviews.stream().filter(r -> !r.cram()).sorted(Comparator.comparing(Review::at)).toList();
    }

    static double fuzzDraw(String deckId, String termId, int reps) {
        long seed = (deckId.hashCode() * 31L + termId.hashCode()) * 1_000_003L + reps;
        return new SplittableRandom(seed).nextDouble();
    }
}
