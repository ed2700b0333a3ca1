package dev.glossary.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glossary.srs.Card;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final Instant START = Instant.parse("2024-05-06T09:00:00Z");
    private static final CardReplayer REPLAYER = new CardReplayer(new Scheduler(FsrsParameters.defaults().withFuzz(false)));
    /** FSRS-6's default decay (w20) and the factor that puts R at 0.9 when t = S. */
    private static final double DECAY = 0.1542;
    private static final double FACTOR = Math.pow(0.9, -1 / DECAY) - 1;

    /** The forgetting curve, by hand: R(t, S) = (1 + FACTOR t / S)^-w20. */
    private static double recall(int days, double stability) {
        return Math.pow(1 + FACTOR * days / stability, -DECAY);
    }

    /** A term first answered {@code first}, then {@code second} {@code days} later (a day is 24 hours). */
    private static TermHistory twice(Rating first, int days, Rating second) {
        return history(review(START, first), review(START.plus(Duration.ofDays(days)), second));
    }

    private static Review review(Instant at, Rating rating) {
        return new Review(at, rating, "typed", 1200, false);
    }

    private static TermHistory history(Review... reviews) {
        return new TermHistory(Card.newCard(START), List.of(reviews));
    }

    @Test
    void eachReviewADayOrMoreAfterTheLastPutsItsPredictedRecallAgainstWhatHappened() {
        // After a first rating the stability is that rating's weight: again 0.212, hard 1.2931, good 2.3065, easy 8.2956.
        Map<String, TermHistory> logs = new LinkedHashMap<>();
        logs.put("easy-1", twice(Rating.EASY, 1, Rating.GOOD));     // 0.9829
        logs.put("easy-2", twice(Rating.EASY, 2, Rating.AGAIN));    // 0.9678
        logs.put("good-1", twice(Rating.GOOD, 1, Rating.GOOD));     // 0.9468
        logs.put("hard-1", twice(Rating.HARD, 1, Rating.HARD));     // 0.9167: hard is recalled
        logs.put("good-2", twice(Rating.GOOD, 2, Rating.AGAIN));    // 0.9095
        logs.put("easy-4", twice(Rating.EASY, 4, Rating.EASY));     // 0.9421
        logs.put("good-3", twice(Rating.GOOD, 3, Rating.GOOD));     // 0.8809
        logs.put("hard-2", twice(Rating.HARD, 2, Rating.AGAIN));    // 0.8674
        logs.put("again-1", twice(Rating.AGAIN, 1, Rating.GOOD));   // 0.7662
        logs.put("again-3", twice(Rating.AGAIN, 3, Rating.AGAIN));  // 0.6595
        // Not predictions: a first answer alone, a second answer the same day, and cram practice.
        logs.put("once", history(review(START, Rating.GOOD)));
        logs.put("same-day", history(review(START, Rating.AGAIN), review(START.plus(Duration.ofHours(20)), Rating.GOOD)));
        logs.put("crammed", history(review(START, Rating.GOOD),
                new Review(START.plus(Duration.ofDays(5)), Rating.AGAIN, "typed", 900, true)));

        Calibration c = Calibration.of("deck", logs, REPLAYER);

        assertThat(c.reviews()).isEqualTo(10);
        assertThat(c.bins()).extracting(Calibration.Bin::from, Calibration.Bin::to, Calibration.Bin::reviews)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 70, 1),
                        org.assertj.core.groups.Tuple.tuple(70, 80, 1),
                        org.assertj.core.groups.Tuple.tuple(80, 90, 2),
                        org.assertj.core.groups.Tuple.tuple(90, 95, 4),
                        org.assertj.core.groups.Tuple.tuple(95, 100, 2));
        double[] predicted = {
            recall(3, 0.212),
            recall(1, 0.212),
            (recall(3, 2.3065) + recall(2, 1.2931)) / 2,
            (recall(1, 2.3065) + recall(1, 1.2931) + recall(2, 2.3065) + recall(4, 8.2956)) / 4,
            (recall(1, 8.2956) + recall(2, 8.2956)) / 2,
        };
        double[] actual = {0, 1, 0.5, 0.75, 0.5};
        for (int i = 0; i < predicted.length; i++) {
            assertThat(c.bins().get(i).predicted()).as("predicted, bin %d", i).isCloseTo(predicted[i], within(1e-7));
            assertThat(c.bins().get(i).actual()).as("actual, bin %d", i).isEqualTo(actual[i]);
        }
        double gap = 0;
        int[] counts = {1, 1, 2, 4, 2};
        for (int i = 0; i < predicted.length; i++) {
            gap += Math.abs(predicted[i] - actual[i]) * counts[i];
        }
        assertThat(c.meanGap()).isCloseTo(gap / 10, within(1e-7));
    }

    @Test
    void thePredictionComesFromTheCardAsItsEarlierReviewsLeftIt() {
        // good, good a day later, then a review 6 days after that: the third is predicted from the card after two.
        Instant second = START.plus(Duration.ofDays(1));
        Instant third = second.plus(Duration.ofDays(6));
        TermHistory log = history(review(START, Rating.GOOD), review(second, Rating.GOOD), review(third, Rating.GOOD));
        Card afterTwo = REPLAYER.replay("deck", "t", log.reviews().subList(0, 2));

        Calibration c = Calibration.of("deck", Map.of("t", log), REPLAYER);

        // Both land in 90-95 %: R(1 day) after a first "good", and R(6 days) with the stability two reviews left.
        assertThat(c.reviews()).isEqualTo(2);
        assertThat(c.bins()).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(90);
            assertThat(b.predicted()).isCloseTo((recall(1, 2.3065) + recall(6, afterTwo.stability())) / 2, within(1e-7));
            assertThat(b.actual()).isEqualTo(1);
        });
    }

    @Test
    void aLearnerWithNoReviewADayApartHasNoBins() {
        Calibration c = Calibration.of("deck", Map.of("t", history(review(START, Rating.GOOD))), REPLAYER);

        assertThat(c.bins()).isEmpty();
        assertThat(c.reviews()).isZero();
        assertThat(c.meanGap()).isZero();
    }

    @Test
    void optimizingIsAdvisedOnlyWithEnoughReviewsAndPredictionsMoreThanThreePointsOff() {
        Calibration off = new Calibration(List.of(new Calibration.Bin(90, 95, 0.92, 0.86, 300),
                new Calibration.Bin(95, 100, 0.97, 0.97, 100)), 400);
        Calibration close = new Calibration(List.of(new Calibration.Bin(90, 95, 0.92, 0.90, 300),
                new Calibration.Bin(95, 100, 0.97, 0.99, 100)), 400);

        assertThat(off.meanGap()).isCloseTo(0.045, within(1e-12));
        assertThat(off.advice(399)).isEqualTo("With 399 reviews logged there is too little to fit the schedule to you"
                + " yet: glossary srs optimize needs 400.");
        assertThat(off.advice(1)).startsWith("With 1 review logged there");
        assertThat(off.advice(400)).isEqualTo("Predictions are off by 4.5 points on average: glossary srs optimize is"
                + " worth running, to fit the schedule to you.");
        assertThat(close.advice(400)).isEqualTo("Predictions are within 2.0 points of your recall on average:"
                + " glossary srs optimize has little to gain.");
    }
}
