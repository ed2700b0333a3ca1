package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * When studied terms fall due with an exam in view, for every due count and every session:
 * {@code ExamSchedule.of(exam, deck, zone, scheduler).due(termId, card)}; {@link #none()} without an exam.
 *
 * <p>A term the exam covers whose card falls due after the exam day has begun, yet whose predicted recall
 * then (FSRS's retrievability) is below the desired retention, is due on the first day its predicted recall
 * falls below it, and at the latest the day before the exam: its review moves into the last days, and the
 * answer gives it a new interval. That happens when fuzz stretched an interval past the point, or the learner
 * raised the retention after the term was scheduled. Every other term is due when its card says; the card
 * itself is never changed, so clearing the exam, or its passing, brings the ordinary schedule straight back.
 */
public final class ExamSchedule {
    private static final Duration DAY = Duration.ofDays(1);
    private static final ExamSchedule NONE = new ExamSchedule(Set.of(), null, null);

    private final Set<String> covered;
    private final Instant moment;
    private final Scheduler scheduler;

    private ExamSchedule(Set<String> covered, Instant moment, Scheduler scheduler) {
        this.covered = covered;
        this.moment = moment;
        this.scheduler = scheduler;
    }

    /** Every term due when its card says. */
    public static ExamSchedule none() {
        return NONE;
    }

    /** The schedule towards {@code exam} for the terms of {@code deck} it covers, with the scheduler's retention. */
    public static ExamSchedule of(Exam exam, Deck deck, ZoneId zone, Scheduler scheduler) {
        Set<String> covered = new HashSet<>();
        for (Term term : deck.terms()) {
            if (exam.covers(term)) {
                covered.add(term.id());
            }
        }
        return new ExamSchedule(Set.copyOf(covered), exam.moment(zone), scheduler);
    }

    /** When the term with this card falls due: the card's due time, or earlier for the exam (see above). */
    public Instant due(String termId, Card card) {
        if (moment == null || card.state() == CardState.NEW || card.lastReview() == null
                || !card.due().isAfter(moment) || !covered.contains(termId)) {
            return card.due();
        }
        double retention = scheduler.parameters().requestRetention();
        Instant last = card.lastReview();
        long span = Math.floorDiv(Duration.between(last, moment).toMillis(), DAY.toMillis());
        if (span < 1 || scheduler.retrievability(card, moment) >= retention) {
            return card.due();
        }
        // Recall only falls with time: the first whole day below the retention, found by halving.
        long low = 1;
        long high = span;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (scheduler.retrievability(card, last.plus(DAY.multipliedBy(mid))) < retention) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        Instant firstBelow = last.plus(DAY.multipliedBy(low));
        Instant dayBefore = moment.minus(DAY);
        return firstBelow.isBefore(dayBefore) ? firstBelow : dayBefore;
    }

    /** When a studied term that is not suspended falls due: as {@link #due}, or when its burial ends. */
    public Instant dueAt(String termId, TermHistory history) {
        Instant due = due(termId, history.card());
        Instant until = history.flags().buriedUntil();
        return until != null && until.isAfter(due) ? until : due;
    }

    /** Whether a term is due at {@code now}: by its card, or for the exam; never while suspended or buried. */
    public boolean isDue(String termId, TermHistory history, Instant now) {
        return history.studied() && !history.flags().held(now) && !due(termId, history.card()).isAfter(now);
    }
}
