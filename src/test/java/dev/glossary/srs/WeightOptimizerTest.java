package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightOptimizerTest {
    private static final Instant START = Instant.parse("2023-01-01T08:00:00Z");
    /** A learner who forgets faster than the defaults assume, with a steeper curve (w20). */
    private static final List<Double> LEARNER = List.of(
            0.9, 2.2, 5.5, 14.0, 6.8, 0.6, 1.9, 0.01, 1.5, 0.18,
            1.1, 1.8, 0.08, 0.35, 1.9, 0.45, 2.4, 0.6, 0.25, 0.1, 0.35);

    private static TrainingData simulated(List<Double> weights, int reviews, long seed) {
        return TrainingData.of(new ReviewSimulator(weights, new SplittableRandom(seed)).simulate(reviews, START));
    }

    @Test
    void theGradientIsTheDerivativeOfThePredictedRecall() {
        TrainingData data = simulated(LEARNER, 600, 3);
        double[] w = ReviewSimulator.array(FsrsParameters.DEFAULT_WEIGHTS);
        for (TrainingItem item : data.items().subList(0, 40)) {
            ModelCurve curve = new ModelCurve(w, true);
            curve.predict(item);
            double[] analytic = curve.gradient().clone();
            for (int i = 0; i < 21; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[i]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (new ModelCurve(up, false).predict(item) - new ModelCurve(down, false).predict(item)) / (2 * h);
                assertThat(analytic[i]).as("dR/dw%d", i).isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
            }
        }
    }

    @Test
    void aFitOnASimulatedLearnerPredictsTheLogAboutAsWellAsTheTrueWeights() {
        TrainingData data = simulated(LEARNER, 20_000, 7);

        List<Double> fitted = new WeightOptimizer(new SplittableRandom(2023)).fit(data, true, 1);

        double truth = ModelEvaluation.of(LEARNER, data).logLoss();
        double defaults = ModelEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, data).logLoss();
        double ours = ModelEvaluation.of(fitted, data).logLoss();
        assertThat(ours).isLessThan(defaults).isLessThan(truth * 1.01);
        // The first stability after "good" is what a log pins down best (reviews near their due dates say
        // little about the curve's shape, w20).
        assertThat(fitted.get(2)).isCloseTo(LEARNER.get(2), within(LEARNER.get(2) * 0.3));
    }

    @Test
    void theSameLogAndSeedGiveTheSameWeights() {
        TrainingData data = simulated(LEARNER, 3_000, 11);

        assertThat(new WeightOptimizer(new SplittableRandom(5)).fit(data, true, 1))
                .isEqualTo(new WeightOptimizer(new SplittableRandom(5)).fit(data, true, 1));
    }

    @Test
    void fittedWeightsStayWithinTheBoundsTsFsrsClipsToEvenForAnExtremeLearner() {
        List<Double> extreme = List.of(0.05, 0.1, 60.0, 95.0, 9.5, 3.5, 3.8, 0.7, 4.2, 0.75,
                3.2, 4.5, 0.24, 0.85, 3.8, 0.05, 5.5, 1.8, 1.8, 0.7, 0.75);
        TrainingData data = simulated(extreme, 5_000, 13);

        List<Double> fitted = new WeightOptimizer(new SplittableRandom(1)).fit(data, true, 3);

        FsrsParameters clipped = FsrsParameters.defaults()
                .withRelearningSteps(List.of(java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(30),
                        java.time.Duration.ofHours(1)))
                .withWeights(fitted);
        assertThat(clipped.w()).as("clipping the fitted weights changes none of them").isEqualTo(fitted);
    }

    @Test
    void withShortTermOffTheFirstStabilitiesAndSameDayWeightsAreNotTrained() {
        TrainingData data = simulated(LEARNER, 3_000, 17);

        List<Double> fitted = new WeightOptimizer(new SplittableRandom(1)).fit(data, false, 1);

        assertThat(fitted.subList(17, 20)).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS.subList(17, 20));
    }

    @Test
    void tooFewReviewsAreOneClearLineRatherThanAPoorFit() {
        TrainingData data = simulated(LEARNER, 399, 19);

        assertThat(data.reviews()).isEqualTo(399);
        assertThatThrownBy(() -> new WeightOptimizer(new SplittableRandom(1)).fit(data, true, 1))
                .isInstanceOf(WeightOptimizer.NotEnoughReviews.class)
                .hasMessage("399 reviews are too few to fit weights to: the optimizer needs at least 400");
    }
}
