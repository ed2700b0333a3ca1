import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.ModelEvaluation;
import dev.glossary.srs.ReviewEvent;
import dev.glossary.srs.ReviewSimulator;
import dev.glossary.srs.TrainingData;
import dev.glossary.srs.WeightOptimizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Our side of the optimizer benchmark: simulates a learner with known weights, fits ours (timed, after one
 * warm-up fit on other data), evaluates the fit (and the true and the default weights) on the whole log and
 * the fitting on a split by time, and writes the log as fsrs-rs items for {@code compare.mjs}.
 *
 * <pre>java -cp target/classes:target/test-classes:DIR OptimizerBench REVIEWS SEED OUT_DIR</pre>
 */
public class OptimizerBench {
    /** The simulated learner: forgets faster than the defaults assume, with a steeper curve. */
    static final List<Double> LEARNER = List.of(
            0.9, 2.2, 5.5, 14.0, 6.8, 0.6, 1.9, 0.01, 1.5, 0.18,
            1.1, 1.8, 0.08, 0.35, 1.9, 0.45, 2.4, 0.6, 0.25, 0.1, 0.35);

    public static void main(String[] args) throws IOException {
        int reviews = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Instant start = Instant.parse("2023-01-01T08:00:00Z");
        List<List<ReviewEvent>> cards = new ReviewSimulator(LEARNER, new SplittableRandom(seed)).simulate(reviews, start);
        TrainingData data = TrainingData.of(cards);

        TrainingData warmUp = TrainingData.of(new ReviewSimulator(LEARNER, new SplittableRandom(seed + 1)).simulate(reviews, start));
        new WeightOptimizer(new SplittableRandom(2023)).fit(warmUp, true, 1);
        long t0 = System.nanoTime();
        List<Double> fitted = new WeightOptimizer(new SplittableRandom(2023)).fit(data, true, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;

        ModelEvaluation ours = ModelEvaluation.of(fitted, data);
        ModelEvaluation truth = ModelEvaluation.of(LEARNER, data);
        ModelEvaluation defaults = ModelEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, data);
        ModelEvaluation split = ModelEvaluation.onTimeSplits(data, 5,
                train -> new WeightOptimizer(new SplittableRandom(2023)).fit(train, true, 1));
        // fsrs-rs's binding splits the log as it prepares it for evaluate (outliers dropped, first intervals
        // first), so this split is the one to set beside its figure.
        ModelEvaluation splitAsBinding = ModelEvaluation.onTimeSplits(data.withoutOutliers(), 5,
                train -> new WeightOptimizer(new SplittableRandom(2023)).fit(train, true, 1));

        Files.createDirectories(out);
        Files.writeString(out.resolve("items-" + reviews + ".json"), items(cards));
        Files.writeString(out.resolve("ours-" + reviews + ".json"), String.format(Locale.ROOT,
                "{\"reviews\": %d, \"cards\": %d, \"predictions\": %d, \"seconds\": %.3f, \"weights\": %s,"
                        + " \"logLoss\": %.6f, \"rmseBins\": %.6f, \"truth\": {\"weights\": %s, \"logLoss\": %.6f, \"rmseBins\": %.6f},"
                        + " \"defaults\": {\"weights\": %s, \"logLoss\": %.6f, \"rmseBins\": %.6f}, \"split\": {\"logLoss\": %.6f, \"rmseBins\": %.6f},"
                        + " \"splitAsBinding\": {\"logLoss\": %.6f, \"rmseBins\": %.6f}}%n",
                data.reviews(), data.cards(), data.predictions(), seconds, fitted, ours.logLoss(), ours.rmseBins(),
                LEARNER, truth.logLoss(), truth.rmseBins(), FsrsParameters.DEFAULT_WEIGHTS, defaults.logLoss(), defaults.rmseBins(),
                split.logLoss(), split.rmseBins(), splitAsBinding.logLoss(), splitAsBinding.rmseBins()));
    }

    /** Every review on a later day than the one before, with its card's history, in time order: fsrs-rs's items. */
    private static String items(List<List<ReviewEvent>> cards) {
        record Item(Instant at, String reviews) {
        }
        List<Item> items = new ArrayList<>();
        for (List<ReviewEvent> card : cards) {
            List<String> history = new ArrayList<>();
            for (int i = 0; i < card.size(); i++) {
                long days = i == 0 ? 0 : java.time.temporal.ChronoUnit.DAYS.between(
                        card.get(i - 1).at().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        card.get(i).at().atZone(java.time.ZoneOffset.UTC).toLocalDate());
                history.add("[" + card.get(i).rating().value() + "," + days + "]");
                if (days > 0) {
                    items.add(new Item(card.get(i).at(), "[" + String.join(",", history) + "]"));
                }
            }
        }
        items.sort(java.util.Comparator.comparing(Item::at));
        return items.stream().map(Item::reviews).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
