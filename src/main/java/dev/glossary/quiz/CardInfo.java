package dev.glossary.quiz;

import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the quiz needs to know of a term's schedule, as the scheduler sees it at the time of planning:
 * whether the term was ever reviewed, when it is due, the chance of recalling it now (0..1), how many
 * reviews and lapses it has had, its stability in days, whether it has graduated to long-term review
 * (out of the learning and relearning steps), whether its last answer was wrong, when it was last reviewed
 * for the schedule, whether the learner ever answered it at all (cram practice included), and whether it is
 * suspended or buried. A term with no card is new.
 */
public record CardInfo(boolean isNew, Instant due, double retrievability, int reps, int lapses, double stability,
                       boolean graduated, boolean lastMissed, Instant lastReview, boolean met, boolean suspended,
                       boolean buried) {

    /** A reviewed card not (yet) known to have graduated, as planning tests need it. */
    public CardInfo(boolean isNew, Instant due, double retrievability, int reps, int lapses, double stability) {
        this(isNew, due, retrievability, reps, lapses, stability, false, false, null, !isNew, false, false);
    }

    /** What the quiz knows of a term from its history, as {@code scheduler} sees it at {@code now}. */
    public static CardInfo of(TermHistory history, Scheduler scheduler, Instant now) {
        Card card = history.card();
        boolean isNew = card.state() == CardState.NEW;
        List<Review> reviews = history.reviews();
        boolean lastMissed = !reviews.isEmpty() && reviews.get(reviews.size() - 1).rating() == Rating.AGAIN;
        return new CardInfo(isNew, card.due(), isNew ? 0 : scheduler.retrievability(card, now), card.reps(),
                card.lapses(), card.stability(), card.state() == CardState.REVIEW, lastMissed, card.lastReview(),
                !reviews.isEmpty(), history.suspended(), history.flags().buried(now));
    }

    /**
     * {@link #of} for each term of a deck's histories, by term id, each due when {@code exam} says (earlier
     * than its card for a review the exam needs).
     */
    public static Map<String, CardInfo> of(Map<String, TermHistory> histories, Scheduler scheduler, Instant now,
                                           ExamSchedule exam) {
        Map<String, CardInfo> cards = new HashMap<>();
        histories.forEach((id, history) -> cards.put(id, of(history, scheduler, now)
                .withDue(exam.due(id, history.card()))));
        return cards;
    }

    private CardInfo withDue(Instant when) {
        return new CardInfo(isNew, when, retrievability, reps, lapses, stability, graduated, lastMissed, lastReview, met,
                suspended, buried);
    }

    /** The card of a term never reviewed. */
    public static CardInfo newCard() {
        return new CardInfo(true, null, 0, 0, 0, 0, false, false, null, false, false, false);
    }

    /** Whether a reviewed card is due at {@code now}; a reviewed card without a due date is due. */
    public boolean isDue(Instant now) {
        return !isNew && !held() && (due == null || !due.isAfter(now));
    }

    /** Kept out of sessions for now: suspended, or buried. */
    public boolean held() {
        return suspended || buried;
    }

    /**
     * Learned well enough to build on: {@link #known()}, and its recall odds now at least {@code retention}.
     * A term that is new, still in its steps, last answered wrong or fading is shaky.
     */
    public boolean solid(double retention) {
        return known() && retrievability >= retention;
    }

    /** Graduated and last answered right: a quick right answer now says the term is easy. */
    public boolean known() {
        return !isNew && graduated && !lastMissed;
    }
}
