package dev.glossary.srs;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Schedules reviews with FSRS-6, reproducing ts-fsrs 5.4.2. Build one per set of parameters and share it;
 * it holds no mutable state, reads no clock and draws no random numbers:
 * <pre>{@code
 * Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
 * NextStates options = scheduler.nextStates(card, clock.instant()); // the interval behind each button
 * card = options.get(rating);                                        // the learner's answer
 * }</pre>
 * With fuzz enabled, pass a draw from a seeded generator ({@code random.nextDouble()}) to
 * {@link #nextStates(Card, Instant, double)}; the same draw gives the same intervals.
 *
 * <p>Days between reviews are counted as UTC calendar dates, as ts-fsrs does. A review earlier than the
 * card's last review is refused with an {@link IllegalArgumentException}.
 */
public final class Scheduler {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final FsrsParameters parameters;
    private final MemoryModel model;
    private final Intervals intervals;
    private final ReviewPolicy policy;

    public Scheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.model = new MemoryModel(parameters);
        this.intervals = new Intervals(parameters, model);
        this.policy = parameters.enableShortTerm()
                ? new ShortTermPolicy(model, intervals, new LearningSteps(parameters))
                : new LongTermPolicy(model, intervals);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The card after each of the four ratings at {@code now}, without fuzz. */
    public NextStates nextStates(Card card, Instant now) {
        return schedule(card, now, OptionalDouble.empty());
    }

    /**
     * The card after each rating at {@code now}, with intervals of 3 days or more fuzzed by
     * {@code fuzzDraw}, a number in [0, 1), if the parameters enable fuzz; otherwise the draw is ignored.
     */
    public NextStates nextStates(Card card, Instant now, double fuzzDraw) {
        if (!(fuzzDraw >= 0 && fuzzDraw < 1)) {
            throw new IllegalArgumentException("fuzz draw must be in [0, 1), not " + fuzzDraw);
        }
        return schedule(card, now, parameters.enableFuzz() ? OptionalDouble.of(fuzzDraw) : OptionalDouble.empty());
    }

    public Card review(Card card, Rating rating, Instant now) {
        return nextStates(card, now).get(Objects.requireNonNull(rating, "rating"));
    }

    public Card review(Card card, Rating rating, Instant now, double fuzzDraw) {
        return nextStates(card, now, fuzzDraw).get(Objects.requireNonNull(rating, "rating"));
    }

    /**
     * The chance the learner recalls the card at {@code now}: 0 for a new card. Unlike scheduling, this
     * counts whole 24-hour periods since the last review, as ts-fsrs's {@code get_retrievability} does.
     */
    public double retrievability(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.state() == CardState.NEW || card.stability() <= 0) {
            return 0;
        }
        long days = card.lastReview() == null
                ? 0
                : Math.max(Math.floorDiv(now.toEpochMilli() - card.lastReview().toEpochMilli(), MILLIS_PER_DAY), 0);
        return model.retrievability(days, card.stability());
    }

    /** The interval in days for a stability, before fuzz and before the hard &lt; good &lt; easy ordering. */
    public int interval(double stability) {
        return intervals.of(stability);
    }

    private NextStates schedule(Card card, Instant now, OptionalDouble fuzzDraw) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        return policy.nextStates(ReviewContext.of(card, now, fuzzDraw));
    }
}
