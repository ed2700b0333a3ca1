package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.Scheduler;
import dev.glossary.srs.WeightOptimizer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How well the schedule predicts this learner: each review a day or more after the one before, its predicted
 * recall (the card's retrievability then) against whether it was recalled, in bins of predicted recall.
 * {@code Calibration.of(deckId, logs, replayer)}; {@link #advice()} says whether fitting weights is worth it.
 *
 * @param bins    only bins with reviews, lowest predictions first
 * @param reviews the reviews compared, in all bins
 */
public record Calibration(List<Bin> bins, int reviews) {
    /** Predicted recall bounds, in percent: below 70, 70–80, 80–90, 90–95, 95–100. */
    private static final int[] EDGES = {0, 70, 80, 90, 95, 100};
    /** A mean gap above this many points of recall means the weights do not fit this learner. */
    private static final double WORTH_OPTIMIZING = 0.03;

    /**
     * @param from      lowest predicted recall of the bin, in percent
     * @param to        highest, in percent
     * @param predicted mean predicted recall, 0 to 1
     * @param actual    share recalled, 0 to 1
     */
    public record Bin(int from, int to, double predicted, double actual, int reviews) {
    }

    public static Calibration of(String deckId, Map<String, TermHistory> logs, CardReplayer replayer) {
        Scheduler scheduler = replayer.scheduler();
        double[] predicted = new double[EDGES.length - 1];
        int[] recalled = new int[EDGES.length - 1];
        int[] counts = new int[EDGES.length - 1];
        for (Map.Entry<String, TermHistory> log : logs.entrySet()) {
            List<Review> scheduled = log.getValue().scheduled().stream()
                    .sorted(java.util.Comparator.comparing(Review::at)).toList();
            Card card = scheduled.isEmpty() ? null : Card.newCard(scheduled.get(0).at());
            for (Review review : scheduled) {
                if (card.lastReview() != null && Duration.between(card.lastReview(), review.at()).toDays() >= 1) {
                    double p = scheduler.retrievability(card, review.at());
                    int bin = bin(p);
                    predicted[bin] += p;
                    recalled[bin] += review.rating().value() > 1 ? 1 : 0;
                    counts[bin]++;
                }
                card = replayer.apply(card, deckId, log.getKey(), review);
            }
        }
        List<Bin> bins = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                bins.add(new Bin(EDGES[i], EDGES[i + 1], predicted[i] / counts[i], (double) recalled[i] / counts[i],
                        counts[i]));
                total += counts[i];
            }
        }
        return new Calibration(List.copyOf(bins), total);
    }

    private static int bin(double p) {
        for (int i = EDGES.length - 2; i > 0; i--) {
            if (p * 100 >= EDGES[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The mean gap between predicted and actual recall, weighted by reviews; 0 with no reviews. */
    public double meanGap() {
        double sum = 0;
        for (Bin b : bins) {
            sum += Math.abs(b.predicted() - b.actual()) * b.reviews();
        }
        return reviews == 0 ? 0 : sum / reviews;
    }

    /**
     * One line on whether {@code glossary srs optimize} is worth running: not before it has enough reviews,
     * and then when predictions are off by more than 3 points on average.
     */
    public String advice(int loggedReviews) {
        if (loggedReviews < WeightOptimizer.MINIMUM_REVIEWS) {
            return String.format("With %d %s logged there is too little to fit the schedule to you yet:"
                    + " glossary srs optimize needs %d.", loggedReviews, loggedReviews == 1 ? "review" : "reviews",
                    WeightOptimizer.MINIMUM_REVIEWS);
        }
        double gap = meanGap() * 100;
        return gap > WORTH_OPTIMIZING * 100
                ? String.format("Predictions are off by %.1f points on average: glossary srs optimize is worth running,"
                        + " to fit the schedule to you.", gap)
                : String.format("Predictions are within %.1f points of your recall on average: glossary srs optimize"
                        + " has little to gain.", gap);
    }
}
