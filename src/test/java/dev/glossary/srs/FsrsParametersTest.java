package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FsrsParametersTest {
    private static final List<Double> DEFAULTS = FsrsParameters.DEFAULT_WEIGHTS;

    @Test
    void theDefaultsAreThoseOfTsFsrsAndUnchangedByClipping() {
        FsrsParameters defaults = FsrsParameters.defaults();

        assertThat(defaults.w()).isEqualTo(DEFAULTS);
        assertThat(defaults.withShortTerm(false).w()).isEqualTo(DEFAULTS);
        assertThat(defaults.requestRetention()).isEqualTo(0.9);
        assertThat(defaults.maximumInterval()).isEqualTo(36500);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.enableShortTerm()).isTrue();
        assertThat(defaults.enableFuzz()).isFalse();
    }

    @Test
    void weightsOutOfRangeAreClippedToTheirBounds() {
        List<Double> low = Collections.nCopies(21, -1.0);
        List<Double> high = Collections.nCopies(21, 1000.0);

        assertThat(FsrsParameters.defaults().withWeights(low).w()).containsExactly(
                0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
                0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.01, 0.1);
        assertThat(FsrsParameters.defaults().withWeights(high).w()).containsExactly(
                100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
                5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8);
    }

    @Test
    void w19MayBeZeroOnlyWithoutShortTerm() {
        List<Double> w = new ArrayList<>(DEFAULTS);
        w.set(19, 0.0);

        assertThat(FsrsParameters.defaults().withWeights(w).w().get(19)).isEqualTo(0.01);
        assertThat(FsrsParameters.defaults().withShortTerm(false).withWeights(w).w().get(19)).isEqualTo(0.0);
    }

    @Test
    void severalRelearningStepsLowerTheCeilingOfW17AndW18() {
        List<Double> w = new ArrayList<>(DEFAULTS);
        w.set(17, 1.5);
        w.set(18, 1.5);
        FsrsParameters twoSteps = FsrsParameters.defaults()
                .withRelearningSteps(List.of(Duration.ofMinutes(10), Duration.ofMinutes(30)))
                .withWeights(w);
        // sqrt(-(ln 1.4835 + ln(2^0.2629 - 1) + 0.3 * 1.6483) / 2), as ts-fsrs's clipParameters has it
        double ceiling = MemoryModel.round8(Math.sqrt(-(StrictMath.log(1.4835)
                + StrictMath.log(StrictMath.pow(2, 0.2629) - 1) + 0.3 * 1.6483) / 2));

        assertThat(ceiling).isBetween(0.6, 0.65);
        assertThat(twoSteps.w().subList(17, 19)).containsExactly(ceiling, ceiling);
        assertThat(FsrsParameters.defaults().withWeights(w).w().subList(17, 19)).containsExactly(1.5, 1.5);
    }

    @Test
    void nineteenFsrs5WeightsGainW19ZeroAndTheFsrs5Decay() {
        List<Double> fsrs5 = DEFAULTS.subList(0, 19);

        List<Double> longTerm = FsrsParameters.defaults().withShortTerm(false).withWeights(fsrs5).w();

        assertThat(longTerm).hasSize(21);
        assertThat(longTerm.subList(0, 19)).isEqualTo(fsrs5);
        assertThat(longTerm.subList(19, 21)).containsExactly(0.0, 0.5);
    }

    @Test
    void migratedWeightsAreClippedAgainSoW19IsAtLeastItsShortTermFloor() {
        assertThat(FsrsParameters.defaults().withWeights(DEFAULTS.subList(0, 19)).w().get(19)).isEqualTo(0.01);
    }

    @Test
    void seventeenFsrs45WeightsAreConvertedToFsrs6() {
        List<Double> fsrs45 = List.of(0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94,
                2.18, 0.05, 0.34, 1.26, 0.29, 2.61);

        List<Double> migrated = FsrsParameters.defaults().withWeights(fsrs45).w();

        assertThat(migrated).hasSize(21);
        assertThat(migrated.get(4)).isEqualTo(6.81);                               // w5 * 2 + w4
        assertThat(migrated.get(5)).isEqualTo(0.44675014);                         // ln(w5 * 3 + 1) / 3, as ts-fsrs gives it
        assertThat(migrated.get(6)).isEqualTo(1.36);                               // w6 + 0.5
        assertThat(migrated.subList(17, 21)).containsExactly(0.0, 0.0, 0.01, 0.5);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 18, 20, 22})
    void aWeightCountOtherThan1719Or21IsRefused(int count) {
        assertThatThrownBy(() -> FsrsParameters.defaults().withWeights(Collections.nCopies(count, 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17, 19 or 21");
    }

    @Test
    void aWeightThatIsNotAFiniteNumberIsRefused() {
        List<Double> w = new ArrayList<>(DEFAULTS);
        w.set(3, Double.NaN);

        assertThatThrownBy(() -> FsrsParameters.defaults().withWeights(w))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0000001, -0.5, 1.5, Double.NaN})
    void aRequestRetentionOutsideZeroToOneIsRefused(double retention) {
        assertThatThrownBy(() -> FsrsParameters.defaults().withRequestRetention(retention))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request retention");
    }

    @Test
    void aRequestRetentionOfOneMakesEveryIntervalADayAsInTsFsrs() {
        Scheduler always = new Scheduler(FsrsParameters.defaults().withRequestRetention(1));

        assertThat(always.interval(500)).isEqualTo(1);
    }

    @Test
    void aLowerRequestRetentionGivesLongerIntervals() {
        Scheduler relaxed = new Scheduler(FsrsParameters.defaults().withRequestRetention(0.7));
        Scheduler strict = new Scheduler(FsrsParameters.defaults().withRequestRetention(0.97));

        assertThat(relaxed.interval(10)).isGreaterThan(10);
        assertThat(strict.interval(10)).isLessThan(10);
    }

    @Test
    void stepsAreReadAsMinutesHoursOrDays() {
        assertThat(FsrsParameters.parseStep("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(FsrsParameters.parseStep(" 1h ")).isEqualTo(Duration.ofHours(1));
        assertThat(FsrsParameters.parseStep("2d")).isEqualTo(Duration.ofDays(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "10", "10s", "-1m", "1.5m", "99999999999999999999m"})
    void aStepThatIsNotAWholeNumberOfMinutesHoursOrDaysIsRefused(String text) {
        assertThatThrownBy(() -> FsrsParameters.parseStep(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsMustBeWholeMinutes() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withLearningSteps(List.of(Duration.ofSeconds(30))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroMinuteStepTakesTheCardOutOfTheStepsAsInTsFsrs() {
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults()
                .withLearningSteps(List.of(Duration.ZERO, Duration.ofMinutes(10))));
        Card card = Card.newCard(java.time.Instant.parse("2024-01-01T10:00:00Z"));

        assertThat(scheduler.review(card, Rating.AGAIN, card.due()).state()).isEqualTo(CardState.REVIEW);
        assertThat(scheduler.review(card, Rating.HARD, card.due()).state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void aMaximumIntervalBelowOneDayIsRefused() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withMaximumInterval(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
