package dev.glossary.srs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a set of weights predicts a review log, by fsrs-rs's two measures and as fsrs-rs's {@code evaluate}
 * takes them: {@code ModelEvaluation.of(weights, data)}. The predictions are those of
 * {@link TrainingData#withoutOutliers()}, each weighted by its place in that order, from 0.25 for the first
 * to 1 for the last (as in training, so that what the learner did lately counts most).
 *
 * @param logLoss  the weighted mean binary cross-entropy of the predicted recall against what happened
 *                 (lower is better)
 * @param rmseBins the root mean square gap between predicted and actual recall over bins of similar reviews
 *                 (by interval, number of reviews and lapses), each bin counting by the sum of its weights
 */
public record ModelEvaluation(double logLoss, double rmseBins) {

    public static ModelEvaluation of(List<Double> weights, TrainingData data) {
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        if (w.length != Weights.COUNT) {
            throw new IllegalArgumentException("the model takes 21 weights, not " + w.length);
        }
        List<TrainingItem> items = data.withoutOutliers().items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no review to evaluate: none was on a later day than the one before,"
                    + " or all were outliers");
        }
        ModelCurve curve = new ModelCurve(w, false);
        double[] predictions = new double[items.size()];
        double[] weightsByRecency = new double[items.size()];
        double last = Math.max(items.size() - 1.0, 1.0);
        for (int k = 0; k < items.size(); k++) {
            predictions[k] = curve.predict(items.get(k));
            weightsByRecency[k] = recencyWeight(k, last);
        }
        return measure(items, predictions, weightsByRecency);
    }

    /**
     * Evaluates a way of fitting on a split by time, as fsrs-rs's {@code evaluate_with_time_series_splits}:
     * the predictions, in the data's order, are cut into {@code splits + 1} equal parts; for each of the last
     * {@code splits}, weights are fitted on everything before it and predict it; the measures are taken over
     * all those predictions together, each weighing the same.
     */
    public static ModelEvaluation onTimeSplits(TrainingData data, int splits,
            java.util.function.Function<TrainingData, List<Double>> fit) {
        int segment = data.predictions() / (splits + 1);
        if (segment == 0) {
            throw new IllegalArgumentException("too few predictions for " + splits + " splits");
        }
        List<TrainingItem> tested = new java.util.ArrayList<>();
        double[] predictions = new double[data.predictions() - segment];
        for (int i = 0; i < splits; i++) {
            int testStart = (i + 1) * segment;
            int testEnd = i == splits - 1 ? data.predictions() : (i + 2) * segment;
            double[] w = fit.apply(data.first(testStart)).stream().mapToDouble(Double::doubleValue).toArray();
            ModelCurve curve = new ModelCurve(w, false);
            for (TrainingItem item : data.items().subList(testStart, testEnd)) {
                predictions[tested.size()] = curve.predict(item);
                tested.add(item);
            }
        }
        double[] equal = new double[tested.size()];
        java.util.Arrays.fill(equal, 1);
        return measure(tested, predictions, equal);
    }

    private static ModelEvaluation measure(List<TrainingItem> items, double[] predictions, double[] weights) {
        double loss = 0;
        double totalWeight = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            TrainingItem item = items.get(k);
            double p = predictions[k];
            double y = item.label();
            loss += crossEntropy(p, y) * weights[k];
            totalWeight += weights[k];
            double[] bin = bins.computeIfAbsent(binOf(item), key -> new double[4]);
            bin[0] += p;
            bin[1] += y;
            bin[2]++;
            bin[3] += weights[k];
        }
        double squared = 0;
        for (double[] bin : bins.values()) {
            // Within a bin the means are plain; the bin counts by its items' weights.
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squared += gap * gap * bin[3];
        }
        return new ModelEvaluation(loss / totalWeight, Math.sqrt(squared / totalWeight));
    }

    /** fsrs-rs's recency weight of the {@code index}th prediction: from 0.25 for the first to 1 for the last. */
    static double recencyWeight(int index, double lastIndex) {
        return 0.25 + 0.75 * Math.pow(index / lastIndex, 3);
    }

    static double crossEntropy(double p, double y) {
        double safe = Math.min(Math.max(p, 1e-10), 1 - 1e-10);
        return -(y * Math.log(safe) + (1 - y) * Math.log(1 - safe));
    }

    /** fsrs-rs's {@code r_matrix_index}: the interval, the review count and the lapses, each on a log scale. */
    private static long binOf(TrainingItem item) {
        double days = item.targetDays();
        long dayBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(days) / Math.log(3.62))) * 100);
        double length = item.longTermReviews() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.lapsesBefore();
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (dayBin * 1_000_003L + lengthBin) * 1_000_003L + lapseBin;
    }
}
