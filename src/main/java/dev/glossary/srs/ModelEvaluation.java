package dev.glossary.srs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a set of weights predicts a review log, by fsrs-rs's two measures:
 * {@code ModelEvaluation.of(weights, data)}.
 *
 * @param logLoss  the mean binary cross-entropy of the predicted recall against what happened (lower is better)
 * @param rmseBins the root mean square gap between predicted and actual recall, over bins of similar reviews
 *                 (by interval, number of reviews and lapses), each weighted by its size
 */
public record ModelEvaluation(double logLoss, double rmseBins) {

    public static ModelEvaluation of(List<Double> weights, TrainingData data) {
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        if (w.length != Weights.COUNT) {
            throw new IllegalArgumentException("the model takes 21 weights, not " + w.length);
        }
        return of(w, data.items());
    }

    static ModelEvaluation of(double[] w, List<TrainingItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no review to evaluate: none was on a later day than the one before");
        }
        ModelCurve curve = new ModelCurve(w, false);
        double loss = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (TrainingItem item : items) {
            double p = curve.predict(item);
            double y = item.label();
            loss += crossEntropy(p, y);
            double[] bin = bins.computeIfAbsent(binOf(item), k -> new double[3]);
            bin[0] += p;
            bin[1] += y;
            bin[2]++;
        }
        double squared = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squared += gap * gap * bin[2];
        }
        return new ModelEvaluation(loss / items.size(), Math.sqrt(squared / items.size()));
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
