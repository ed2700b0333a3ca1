package dev.glossary.srs;

/**
 * ts-fsrs's {@code LongTermScheduler}: no steps; every rating, even on a new card, gives an interval in
 * days, and the four intervals are kept in order again &lt; hard &lt; good &lt; easy.
 */
final class LongTermPolicy implements ReviewPolicy {
    private final MemoryModel model;
    private final Intervals intervals;

    LongTermPolicy(MemoryModel model, Intervals intervals) {
        this.model = model;
        this.intervals = intervals;
    }

    @Override
    public NextStates nextStates(ReviewContext review) {
        Card card = review.card();
        boolean isNew = card.state() == CardState.NEW;
        MemoryState again = memory(review, Rating.AGAIN);
        MemoryState hard = memory(review, Rating.HARD);
        MemoryState good = memory(review, Rating.GOOD);
        MemoryState easy = memory(review, Rating.EASY);
        int againDays = interval(review, again);
        int hardDays = interval(review, hard);
        int goodDays = interval(review, good);
        int easyDays = interval(review, easy);
        // Ordered after the maximum interval is applied, so easy may exceed it by up to three days.
        againDays = Math.min(againDays, hardDays);
        hardDays = Math.max(hardDays, againDays + 1);
        goodDays = Math.max(goodDays, hardDays + 1);
        easyDays = Math.max(easyDays, goodDays + 1);
        int lapses = card.lapses();
        return new NextStates(
                review.inReview(again, againDays, isNew ? lapses : lapses + 1),
                review.inReview(hard, hardDays, lapses),
                review.inReview(good, goodDays, lapses),
                review.inReview(easy, easyDays, lapses));
    }

    private MemoryState memory(ReviewContext review, Rating rating) {
        return review.card().state() == CardState.NEW
                ? model.initial(rating)
                : model.next(review.memory(), review.elapsedDays(), rating);
    }

    private int interval(ReviewContext review, MemoryState memory) {
        return intervals.of(memory.stability(), review.elapsedDays(), review.fuzzDraw());
    }
}
