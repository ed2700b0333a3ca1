package dev.glossary.srs;

import java.time.Duration;
import java.util.Optional;

/**
 * ts-fsrs's {@code BasicScheduler}: new and forgotten cards go through minute-long steps before they get
 * intervals in days, and reviews on the day of the last one use the same-day stability formula.
 */
final class ShortTermPolicy implements ReviewPolicy {
    private static final long MINUTES_PER_DAY = 1440;

    private final MemoryModel model;
    private final Intervals intervals;
    private final LearningSteps steps;

    ShortTermPolicy(MemoryModel model, Intervals intervals, LearningSteps steps) {
        this.model = model;
        this.intervals = intervals;
        this.steps = steps;
    }

    @Override
    public NextStates nextStates(ReviewContext review) {
        Card card = review.card();
        return switch (card.state()) {
            case NEW -> NextStates.each(rating ->
                    throughSteps(review, rating, model.initial(rating), CardState.LEARNING, card.lapses()));
            case LEARNING, RELEARNING -> NextStates.each(rating -> throughSteps(review, rating,
                    model.next(review.memory(), review.elapsedDays(), rating), card.state(), card.lapses()));
            case REVIEW -> fromReview(review);
        };
    }

    private NextStates fromReview(ReviewContext review) {
        MemoryState again = model.next(review.memory(), review.elapsedDays(), Rating.AGAIN);
        MemoryState hard = model.next(review.memory(), review.elapsedDays(), Rating.HARD);
        MemoryState good = model.next(review.memory(), review.elapsedDays(), Rating.GOOD);
        MemoryState easy = model.next(review.memory(), review.elapsedDays(), Rating.EASY);
        int hardDays = interval(review, hard);
        int goodDays = interval(review, good);
        // Keep hard < good < easy. The maximum interval is applied before this, so good and easy may
        // exceed it by one or two days, as in ts-fsrs.
        hardDays = Math.min(hardDays, goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        int easyDays = Math.max(interval(review, easy), goodDays + 1);
        int lapses = review.card().lapses();
        return new NextStates(
                throughSteps(review, Rating.AGAIN, again, CardState.RELEARNING, lapses + 1),
                review.inReview(hard, hardDays, lapses),
                review.inReview(good, goodDays, lapses),
                review.inReview(easy, easyDays, lapses));
    }

    /** A step of less than a day keeps the card in {@code stepState}; no step means an interval in days. */
    private Card throughSteps(ReviewContext review, Rating rating, MemoryState memory, CardState stepState,
            int lapses) {
        Card card = review.card();
        Optional<LearningSteps.Step> step = steps.next(card.state(), card.learningSteps(), rating);
        if (step.isEmpty()) {
            return review.inReview(memory, interval(review, memory), lapses);
        }
        long minutes = step.get().minutes();
        boolean withinDay = minutes < MINUTES_PER_DAY;
        return review.outcome(withinDay ? stepState : CardState.REVIEW, memory, Duration.ofMinutes(minutes),
                (int) (minutes / MINUTES_PER_DAY), step.get().next(), lapses);
    }

    private int interval(ReviewContext review, MemoryState memory) {
        return intervals.of(memory.stability(), review.elapsedDays(), review.fuzzDraw());
    }
}
