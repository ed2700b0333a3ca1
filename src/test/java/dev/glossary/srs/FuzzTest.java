package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzTest {
    private static final Instant START = Instant.parse("2025-01-01T09:00:00Z");
    private static final int MAXIMUM = 36500;

    /** Ranges worked out by hand from the README's formula. */
    @ParameterizedTest(name = "{0} days after {1} elapsed may become {2} to {3}")
    @CsvSource({
        "3, 0, 2, 4",          // delta 1.075
        "8, 0, 6, 10",         // delta 1.775
        "10, 0, 8, 12",        // delta 1.975
        "30, 0, 27, 33",       // delta 3.475
        "100, 0, 93, 107",     // delta 6.975
        "10, 9, 10, 12",       // never earlier than the day after the elapsed days
        "36500, 0, 34673, 36500", // never beyond the maximum interval
    })
    void theFuzzRangeFollowsTheTsFsrsFormula(int interval, int elapsed, int min, int max) {
        assertThat(Fuzz.range(interval, elapsed, MAXIMUM)).isEqualTo(new Fuzz.Range(min, max));
    }

    @ParameterizedTest(name = "draw {0}")
    @ValueSource(doubles = {0, 0.5, 0.999})
    void aFuzzedIntervalAlwaysLiesInItsRange(double draw) {
        for (int interval = 1; interval <= 400; interval++) {
            for (int elapsed : new int[] {0, interval / 2, interval, interval * 2}) {
                int fuzzed = Fuzz.apply(interval, elapsed, MAXIMUM, draw);
                if (interval < 3) {
                    assertThat(fuzzed).isEqualTo(interval);
                } else {
                    Fuzz.Range range = Fuzz.range(interval, elapsed, MAXIMUM);
                    assertThat(fuzzed).as("interval %d, elapsed %d", interval, elapsed)
                            .isBetween(range.min(), range.max());
                }
            }
        }
    }

    @Test
    void theLowestMiddleAndHighestDrawsPickTheStartMiddleAndEndOfTheRange() {
        Scheduler fuzzy = new Scheduler(FsrsParameters.defaults().withFuzz(true));
        Card card = Card.newCard(START);

        assertThat(fuzzy.review(card, Rating.EASY, START, 0).scheduledDays()).isEqualTo(6);
        assertThat(fuzzy.review(card, Rating.EASY, START, 0.5).scheduledDays()).isEqualTo(8);
        assertThat(fuzzy.review(card, Rating.EASY, START, 0.999).scheduledDays()).isEqualTo(10);
    }

    @Test
    void theSameDrawGivesTheSameOutcomes() {
        Scheduler fuzzy = new Scheduler(FsrsParameters.defaults().withFuzz(true));
        Card review = fuzzy.review(Card.newCard(START), Rating.EASY, START, 0.3);
        Instant later = review.due().plusSeconds(86_400L * 5);

        assertThat(fuzzy.nextStates(review, later, 0.37)).isEqualTo(fuzzy.nextStates(review, later, 0.37));
    }

    @Test
    void fuzzedReviewIntervalsStayOrderedAndGoodStaysInItsRange() {
        Scheduler fuzzy = new Scheduler(FsrsParameters.defaults().withFuzz(true));
        Scheduler plain = new Scheduler(FsrsParameters.defaults());
        Card review = plain.review(Card.newCard(START), Rating.EASY, START);
        Instant later = review.due();

        for (double draw : new double[] {0, 0.5, 0.999}) {
            NextStates fuzzed = fuzzy.nextStates(review, later, draw);
            int good = plain.interval(fuzzed.good().stability());
            Fuzz.Range range = Fuzz.range(good, 8, MAXIMUM);
            assertThat(fuzzed.hard().scheduledDays()).isLessThan(fuzzed.good().scheduledDays());
            assertThat(fuzzed.good().scheduledDays()).isLessThan(fuzzed.easy().scheduledDays())
                    .isBetween(range.min(), range.max());
        }
    }

    @Test
    void withFuzzOffTheDrawIsIgnored() {
        Scheduler plain = new Scheduler(FsrsParameters.defaults());
        Card review = plain.review(Card.newCard(START), Rating.EASY, START);
        Instant later = review.due();

        assertThat(plain.nextStates(review, later, 0)).isEqualTo(plain.nextStates(review, later))
                .isEqualTo(plain.nextStates(review, later, 0.999));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void aDrawOutsideZeroToOneIsRefused(double draw) {
        Scheduler fuzzy = new Scheduler(FsrsParameters.defaults().withFuzz(true));

        assertThatThrownBy(() -> fuzzy.nextStates(Card.newCard(START), START, draw))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
