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
    void the_defaults_are_those_of_ts_fsrs_and_unchanged_by_clipping() {
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
    void weights_out_of_range_are_clipped_to_their_bounds() {
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
    void w19_may_be_zero_only_without_short_term() {
        List<Double> w = new ArrayList<>(DEFAULTS);
        w.set(19, 0.0);

        assertThat(FsrsParameters.defaults().withWeights(w).w().get(19)).isEqualTo(0.01);
        assertThat(FsrsParameters.defaults().withShortTerm(false).withWeights(w).w().get(19)).isEqualTo(0.0);
    }

    @Test
    void several_relearning_steps_lower_the_ceiling_of_w17_and_w18() {
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
    void nineteen_fsrs5_weights_gain_w19_zero_and_the_fsrs5_decay() {
        List<Double> fsrs5 = DEFAULTS.subList(0, 19);

        List<Double> longTerm = FsrsParameters.defaults().withShortTerm(false).withWeights(fsrs5).w();

        assertThat(longTerm).hasSize(21);
        assertThat(longTerm.subList(0, 19)).isEqualTo(fsrs5);
        assertThat(longTerm.subList(19, 21)).containsExactly(0.0, 0.5);
    }

    @Test
    void migrated_weights_are_clipped_again_so_w19_is_at_least_its_short_term_floor() {
        assertThat(FsrsParameters.defaults().withWeights(DEFAULTS.subList(0, 19)).w().get(19)).isEqualTo(0.01);
    }

    @Test
    void seventeen_fsrs45_weights_are_converted_to_fsrs6() {
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
    void a_weight_count_other_than_17_19_or_21_is_refused(int count) {
        assertThatThrownBy(() -> FsrsParameters.defaults().withWeights(Collections.nCopies(count, 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17, 19 or 21");
    }

    @Test
    void a_weight_that_is_not_a_finite_number_is_refused() {
        List<Double> w = new ArrayList<>(DEFAULTS);
        w.set(3, Double.NaN);

        assertThatThrownBy(() -> FsrsParameters.defaults().withWeights(w))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0000001, -0.5, 1.5, Double.NaN})
    void a_request_retention_outside_zero_to_one_is_refused(double retention) {
        assertThatThrownBy(() -> FsrsParameters.defaults().withRequestRetention(retention))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request retention");
    }

    @Test
    void a_request_retention_of_one_makes_every_interval_a_day_as_in_ts_fsrs() {
        Scheduler always = new Scheduler(FsrsParameters.defaults().withRequestRetention(1));

        assertThat(always.interval(500)).isEqualTo(1);
    }

    @Test
    void a_lower_request_retention_gives_longer_intervals() {
        Scheduler relaxed = new Scheduler(FsrsParameters.defaults().withRequestRetention(0.7));
        Scheduler strict = new Scheduler(FsrsParameters.defaults().withRequestRetention(0.97));

        assertThat(relaxed.interval(10)).isGreaterThan(10);
        assertThat(strict.interval(10)).isLessThan(10);
    }

    @Test
    void steps_are_read_as_minutes_hours_or_days() {
        assertThat(FsrsParameters.parseStep("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(FsrsParameters.parseStep(" 1h ")).isEqualTo(Duration.ofHours(1));
        assertThat(FsrsParameters.parseStep("2d")).isEqualTo(Duration.ofDays(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "10", "10s", "-1m", "1.5m", "99999999999999999999m"})
    void a_step_that_is_not_a_whole_number_of_minutes_hours_or_days_is_refused(String text) {
        assertThatThrownBy(() -> FsrsParameters.parseStep(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void steps_must_be_whole_minutes() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withLearningSteps(List.of(Duration.ofSeconds(30))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_zero_minute_step_takes_the_card_out_of_the_steps_as_in_ts_fsrs() {
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults()
                .withLearningSteps(List.of(Duration.ZERO, Duration.ofMinutes(10))));
        Card card = Card.newCard(java.time.Instant.parse("2024-01-01T10:00:00Z"));

        assertThat(scheduler.review(card, Rating.AGAIN, card.due()).state()).isEqualTo(CardState.REVIEW);
        assertThat(scheduler.review(card, Rating.HARD, card.due()).state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void a_maximum_interval_below_one_day_is_refused() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withMaximumInterval(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
