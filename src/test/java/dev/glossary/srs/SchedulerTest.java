package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers from the FSRS reference README, section 3 to 5, reproduced with ts-fsrs 5.4.2. */
class SchedulerTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    private final Scheduler shortTerm = new Scheduler(FsrsParameters.defaults());
    private final Scheduler longTerm = new Scheduler(FsrsParameters.defaults().withShortTerm(false));

    @Test
    void aFirstReviewWithShortTermSetsInitialMemoryAndLearningSteps() {
        NextStates next = shortTerm.nextStates(Card.newCard(START), START);

        assertThat(List.of(next.again(), next.hard(), next.good(), next.easy()))
                .extracting(Card::stability, Card::difficulty, Card::scheduledDays, Card::state, Card::due,
                        Card::learningSteps)
                .containsExactly(
                        tuple(0.212, 6.4133, 0, CardState.LEARNING,
                                START.plus(Duration.ofMinutes(1)), 0),
                        tuple(1.2931, 5.11217071, 0, CardState.LEARNING,
                                START.plus(Duration.ofMinutes(6)), 0),
                        tuple(2.3065, 2.11810397, 0, CardState.LEARNING,
                                START.plus(Duration.ofMinutes(10)), 1),
                        tuple(8.2956, 1.0, 8, CardState.REVIEW,
                                START.plus(Duration.ofDays(8)), 0));
    }

    @Test
    void aFirstReviewInLongTermModeGoesStraightToReviewWithOrderedIntervals() {
        NextStates next = longTerm.nextStates(Card.newCard(START), START);

        assertThat(List.of(next.again(), next.hard(), next.good(), next.easy()))
                .extracting(Card::scheduledDays).containsExactly(1, 2, 3, 8);
        assertThat(List.of(next.again(), next.hard(), next.good(), next.easy()))
                .extracting(Card::state).containsOnly(CardState.REVIEW);
        assertThat(next.again().lapses()).isZero();
    }

    @Test
    void everyReviewCountsARepAndRecordsWhenItHappened() {
        Card card = shortTerm.review(Card.newCard(START), Rating.GOOD, START);

        assertThat(card.reps()).isEqualTo(1);
        assertThat(card.lastReview()).isEqualTo(START);
        assertThat(card.elapsedDays()).isZero();
    }

    @Test
    void theIntervalHistoryOfTheTsFsrsAndPyFsrsSuitesIsReproduced() {
        List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.GOOD, Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.GOOD);
        Card card = Card.newCard(START);
        Instant now = START;
        List<Integer> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = shortTerm.review(card, rating, now);
            intervals.add(card.scheduledDays());
            now = card.due();
        }

        assertThat(intervals).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
    }

    @Test
    void aLearningStepThatCrossesUtcMidnightUsesTheLongTermFormula() {
        Instant evening = Instant.parse("2025-03-01T23:55:00Z");
        Card learning = shortTerm.review(Card.newCard(evening), Rating.GOOD, evening);

        Card nextDay = shortTerm.review(learning, Rating.GOOD, Instant.parse("2025-03-02T00:05:00Z"));

        assertThat(nextDay.elapsedDays()).isEqualTo(1);
        // The README quotes 7.3153; ts-fsrs's 8-decimal value is 7.31530068.
        assertThat(nextDay.stability()).isEqualTo(7.31530068);
        assertThat(nextDay.scheduledDays()).isEqualTo(7);
        assertThat(nextDay.state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void theSameTwoReviewsOnOneUtcDayKeepTheStabilityAndGiveTwoDays() {
        Instant morning = Instant.parse("2025-03-01T08:00:00Z");
        Card learning = shortTerm.review(Card.newCard(morning), Rating.GOOD, morning);

        Card graduated = shortTerm.review(learning, Rating.GOOD, Instant.parse("2025-03-01T08:10:00Z"));

        assertThat(graduated.elapsedDays()).isZero();
        assertThat(graduated.stability()).isEqualTo(2.3065);
        assertThat(graduated.scheduledDays()).isEqualTo(2);
    }

    @Test
    void daysAreUtcCalendarDatesNot24HourPeriods() {
        assertThat(ReviewContext.calendarDaysBetween(
                Instant.parse("2025-03-01T23:50:00Z"), Instant.parse("2025-03-02T00:10:00Z"))).isEqualTo(1);
        assertThat(ReviewContext.calendarDaysBetween(
                Instant.parse("2025-03-01T00:10:00Z"), Instant.parse("2025-03-01T23:50:00Z"))).isZero();
    }

    @Test
    void forgettingACardInReviewSendsItToRelearningAndCountsALapse() {
        Card review = shortTerm.review(Card.newCard(START), Rating.EASY, START);

        Card forgotten = shortTerm.review(review, Rating.AGAIN, review.due());

        assertThat(forgotten.state()).isEqualTo(CardState.RELEARNING);
        assertThat(forgotten.lapses()).isEqualTo(1);
        assertThat(forgotten.learningSteps()).isZero();
        assertThat(forgotten.scheduledDays()).isZero();
        assertThat(forgotten.due()).isEqualTo(review.due().plus(Duration.ofMinutes(10)));
        assertThat(forgotten.stability()).isLessThan(review.stability());
    }

    @Test
    void learningStepsGiveTheMinutesOfTheTsFsrsTable() {
        Card atStepOne = shortTerm.review(Card.newCard(START), Rating.GOOD, START);
        NextStates fromStepOne = shortTerm.nextStates(atStepOne, START.plus(Duration.ofMinutes(10)));
        Instant then = START.plus(Duration.ofMinutes(10));

        assertThat(fromStepOne.again().due()).isEqualTo(then.plus(Duration.ofMinutes(1)));
        assertThat(fromStepOne.again().learningSteps()).isZero();
        assertThat(fromStepOne.hard().due()).isEqualTo(then.plus(Duration.ofMinutes(6)));
        assertThat(fromStepOne.hard().learningSteps()).isEqualTo(1);
        assertThat(fromStepOne.good().state()).isEqualTo(CardState.REVIEW);

        Card relearning = shortTerm.review(shortTerm.review(Card.newCard(START), Rating.EASY, START),
                Rating.AGAIN, START.plus(Duration.ofDays(8)));
        NextStates fromRelearning = shortTerm.nextStates(relearning, relearning.due());

        assertThat(fromRelearning.again().due()).isEqualTo(relearning.due().plus(Duration.ofMinutes(10)));
        assertThat(fromRelearning.hard().due()).isEqualTo(relearning.due().plus(Duration.ofMinutes(15)));
        assertThat(fromRelearning.good().state()).isEqualTo(CardState.REVIEW);
        assertThat(fromRelearning.easy().state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void aLearningStepOfADayOrMoreMovesTheCardToReview() {
        Scheduler daySteps = new Scheduler(FsrsParameters.defaults()
                .withLearningSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(1))));
        Card learning = daySteps.review(Card.newCard(START), Rating.AGAIN, START);

        Card next = daySteps.review(learning, Rating.GOOD, START.plus(Duration.ofMinutes(10)));

        assertThat(next.state()).isEqualTo(CardState.REVIEW);
        assertThat(next.scheduledDays()).isEqualTo(1);
        assertThat(next.due()).isEqualTo(START.plus(Duration.ofMinutes(10)).plus(Duration.ofDays(1)));
    }

    @Test
    void withoutRelearningStepsAForgottenCardStaysInReviewWithAnInterval() {
        Scheduler noRelearning = new Scheduler(FsrsParameters.defaults().withRelearningSteps(List.of()));
        Card review = noRelearning.review(Card.newCard(START), Rating.EASY, START);

        Card forgotten = noRelearning.review(review, Rating.AGAIN, review.due());

        assertThat(forgotten.state()).isEqualTo(CardState.REVIEW);
        assertThat(forgotten.scheduledDays()).isPositive();
        assertThat(forgotten.lapses()).isEqualTo(1);
    }

    @Test
    void goodAndEasyMayExceedTheMaximumIntervalBecauseTheOrderIsEnforcedAfterTheCap() {
        Scheduler capped = new Scheduler(FsrsParameters.defaults().withMaximumInterval(5));
        Card review = capped.review(Card.newCard(START), Rating.EASY, START);

        NextStates next = capped.nextStates(review, START.plus(Duration.ofDays(20)));

        assertThat(review.scheduledDays()).isEqualTo(5);
        assertThat(List.of(next.hard(), next.good(), next.easy()))
                .extracting(Card::scheduledDays).containsExactly(5, 6, 7);
    }

    @Test
    void inLongTermModeACardLeftInLearningIsScheduledAsAReview() {
        Card learning = shortTerm.review(Card.newCard(START), Rating.GOOD, START);

        NextStates next = longTerm.nextStates(learning, START.plus(Duration.ofMinutes(10)));

        assertThat(List.of(next.again(), next.hard(), next.good(), next.easy()))
                .extracting(Card::state).containsOnly(CardState.REVIEW);
        assertThat(List.of(next.again(), next.hard(), next.good(), next.easy()))
                .extracting(Card::scheduledDays).isSorted().doesNotHaveDuplicates();
        assertThat(next.again().lapses()).isEqualTo(1);
        assertThat(next.good().stability()).isEqualTo(learning.stability());
    }

    @Test
    void retrievabilityAtTheDueDateOfAFreshEasyCardIs09024733() {
        Card easy = shortTerm.review(Card.newCard(START), Rating.EASY, START);

        assertThat(shortTerm.retrievability(easy, easy.due())).isEqualTo(0.9024733);
    }

    @Test
    void retrievabilityCountsWhole24HourPeriodsAndIsZeroForANewCard() {
        Card easy = shortTerm.review(Card.newCard(START), Rating.EASY, START);

        assertThat(shortTerm.retrievability(Card.newCard(START), START.plus(Duration.ofDays(3)))).isZero();
        assertThat(shortTerm.retrievability(easy, easy.due().minusMillis(1)))
                .isEqualTo(shortTerm.retrievability(easy, START.plus(Duration.ofDays(7))))
                .isGreaterThan(0.9024733);
        assertThat(shortTerm.retrievability(easy, START)).isEqualTo(1.0);
    }

    @Test
    void theIntervalOfAStabilityIsRoundedAndAtLeastOneDay() {
        assertThat(shortTerm.interval(8.2956)).isEqualTo(8);
        assertThat(shortTerm.interval(0.212)).isEqualTo(1);
        assertThat(shortTerm.interval(36500)).isEqualTo(36500);
    }

    @Test
    void aReviewBeforeTheLastReviewIsRefused() {
        Card reviewed = shortTerm.review(Card.newCard(START), Rating.GOOD, START);

        assertThatThrownBy(() -> shortTerm.nextStates(reviewed, START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the card's last review");
    }

    @Test
    void theFourOutcomesAreTheSameAsReviewingWithEachRating() {
        Card learning = shortTerm.review(Card.newCard(START), Rating.HARD, START);
        Instant later = START.plus(Duration.ofHours(30));
        NextStates next = shortTerm.nextStates(learning, later);

        for (Rating rating : Rating.values()) {
            assertThat(shortTerm.review(learning, rating, later)).isEqualTo(next.get(rating));
        }
    }
}
