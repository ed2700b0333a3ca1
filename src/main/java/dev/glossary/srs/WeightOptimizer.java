package dev.glossary.srs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Fits FSRS-6's 21 weights to a learner's review log the way fsrs-rs (Anki's optimizer) does:
 * <pre>{@code
 * TrainingData data = TrainingData.of(historiesByCard);
 * List<Double> weights = new WeightOptimizer(new SplittableRandom(2023)).fit(data, true, 1);
 * }</pre>
 * Outliers are removed, w0..w3 pre-trained from first reviews, then all weights trained for 5 epochs with
 * Adam (learning rate 0.04, cosine-annealed) on batches of 512 predictions grouped by history length and
 * shuffled each epoch, weighting recent reviews more and penalising distance from the starting weights; the
 * weights are clipped after every step and the epoch with the lowest loss wins. Same-day reviews shape the
 * memory state through the short-term formula but are never predicted.
 */
public final class WeightOptimizer {
    /** Fewer reviews than this fit noise rather than the learner. */
    public static final int MINIMUM_REVIEWS = 400;

    private static final int EPOCHS = 5;
    private static final int BATCH_SIZE = 512;
    private static final double LEARNING_RATE = 0.04;
    private static final int MAX_HISTORY = 64;
    private static final double GAMMA = 1.0;
    private static final double[] STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
        0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    /** Below this many items a batch is computed on one thread: splitting costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 256;

    private final RandomGenerator random;

    public WeightOptimizer(RandomGenerator random) {
        this.random = random;
    }

    /** Thrown when a log is too small to fit: its message is one line a learner can read, saying why. */
    public static final class NotEnoughReviews extends RuntimeException {
        private final int reviews;

        NotEnoughReviews(int reviews, String message) {
            super(message);
            this.reviews = reviews;
        }

        public int reviews() {
            return reviews;
        }
    }

    /**
     * @param shortTerm       whether same-day reviews count (with short-term off, w0..w3 and w17..w19 keep
     *                        their starting values, as in fsrs-rs)
     * @param relearningSteps the learner's relearning steps, which bound w17 and w18
     * @throws NotEnoughReviews under {@link #MINIMUM_REVIEWS} reviews, or with no review on a later day than
     *                          the one before it after the first
     */
    public List<Double> fit(TrainingData data, boolean shortTerm, int relearningSteps) {
        if (data.reviews() < MINIMUM_REVIEWS) {
            throw new NotEnoughReviews(data.reviews(), data.reviews() + " reviews are too few to fit weights to:"
                    + " the optimizer needs at least " + MINIMUM_REVIEWS);
        }
        List<TrainingItem> items = data.items();
        double averageRecall = items.stream().mapToDouble(TrainingItem::label).average().orElse(0);
        InitialStability.Split split = InitialStability.removeOutliers(items);
        Optional<InitialStability.Fit> initial = InitialStability.fit(split.pretraining(), averageRecall);
        if (split.training().size() < 8 || initial.isEmpty()) {
            throw new NotEnoughReviews(data.reviews(), "too few of the " + data.reviews() + " reviews came back on a"
                    + " later day to fit weights to");
        }
        double[] w = FsrsParameters.DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
        System.arraycopy(initial.get().stabilities(), 0, w, 0, 4);
        if (split.training().size() == split.pretraining().size() || split.training().size() < 64) {
            return toList(w);
        }
        double[] trained = train(split.training(), w, shortTerm, relearningSteps);
        java.util.Map<Integer, Double> firsts = new java.util.TreeMap<>();
        for (int i = 0; i < 4; i++) {
            firsts.put(i + 1, trained[i]);
        }
        System.arraycopy(InitialStability.smoothAndFill(firsts, initial.get().counts()), 0, trained, 0, 4);
        return toList(trained);
    }

    private double[] train(List<TrainingItem> items, double[] start, boolean shortTerm, int relearningSteps) {
        List<TrainingItem> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double last = Math.max(items.size() - 1.0, 1.0);
        for (int i = 0; i < items.size(); i++) {
            // Recent reviews say more about the learner now: weights rise from 0.25 to 1.
            double weight = ModelEvaluation.recencyWeight(i, last);
            if (items.get(i).length() <= MAX_HISTORY) {
                kept.add(items.get(i));
                weights.add(weight);
            }
        }
        Integer[] order = IntStream.range(0, kept.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> kept.get(i).length()));
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += BATCH_SIZE) {
            int[] batch = new int[Math.min(BATCH_SIZE, order.length - from)];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = order[from + i];
            }
            batches.add(batch);
        }
        TrainingItem[] itemArray = kept.toArray(TrainingItem[]::new);
        double[] itemWeights = weights.stream().mapToDouble(Double::doubleValue).toArray();

        int total = itemArray.length;
        int iterations = (total / BATCH_SIZE + 1) * EPOCHS;
        double[] w = start.clone();
        double[] init = start.clone();
        Adam adam = new Adam();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] best = w.clone();
        int step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int b : shuffledOrder(batches.size())) {
                int[] batch = batches.get(b);
                step++;
                double rate = LEARNING_RATE * (1 + Math.cos(Math.PI * step / iterations)) / 2;
                double[] grad = new double[Weights.COUNT];
                batchLoss(w, itemArray, itemWeights, batch, grad);
                double factor = GAMMA * batch.length / total;
                for (int i = 0; i < Weights.COUNT; i++) {
                    grad[i] += 2 * factor * (w[i] - init[i]) / (STDDEV[i] * STDDEV[i]);
                }
                if (!shortTerm) {
                    for (int i : new int[] {0, 1, 2, 3, 17, 18, 19}) {
                        grad[i] = 0;
                    }
                }
                adam.step(rate, w, grad);
                Weights.clipInPlace(w, relearningSteps, true);
            }
            double loss = 0;
            for (int[] batch : batches) {
                loss += batchLoss(w, itemArray, itemWeights, batch, null);
                double factor = GAMMA * batch.length / total;
                for (int i = 0; i < Weights.COUNT; i++) {
                    loss += factor * (w[i] - init[i]) * (w[i] - init[i]) / (STDDEV[i] * STDDEV[i]);
                }
            }
            loss /= total;
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    private int[] shuffledOrder(int n) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * The weighted cross-entropy summed over a batch, adding its gradient into {@code grad} when given. Two
     * halves of a large batch run on two threads; each half is summed in order and the halves are added in
     * order, so the result is the same on every run.
     */
    private static double batchLoss(double[] w, TrainingItem[] items, double[] weights, int[] batch, double[] grad) {
        int parts = batch.length >= PARALLEL_THRESHOLD ? 2 : 1;
        double[][] grads = new double[parts][grad == null ? 0 : Weights.COUNT];
        double[] losses = new double[parts];
        IntStream range = IntStream.range(0, parts);
        (parts > 1 ? range.parallel() : range).forEach(part -> {
            ModelCurve curve = new ModelCurve(w, grad != null);
            int from = batch.length * part / parts;
            int to = batch.length * (part + 1) / parts;
            double loss = 0;
            for (int k = from; k < to; k++) {
                TrainingItem item = items[batch[k]];
                double weight = weights[batch[k]];
                double p = curve.predict(item);
                double y = item.label();
                loss += ModelEvaluation.crossEntropy(p, y) * weight;
                if (grad != null) {
                    double safe = Math.min(Math.max(p, 1e-10), 1 - 1e-10);
                    double byP = -(y / safe - (1 - y) / (1 - safe)) * weight;
                    double[] dr = curve.gradient();
                    double[] g = grads[part];
                    for (int i = 0; i < Weights.COUNT; i++) {
                        g[i] += byP * dr[i];
                    }
                }
            }
            losses[part] = loss;
        });
        double loss = 0;
        for (int part = 0; part < parts; part++) {
            loss += losses[part];
            if (grad != null) {
                for (int i = 0; i < Weights.COUNT; i++) {
                    grad[i] += grads[part][i];
                }
            }
        }
        return loss;
    }

    private static List<Double> toList(double[] w) {
        List<Double> out = new ArrayList<>(w.length);
        for (double x : w) {
            out.add(x);
        }
        return List.copyOf(out);
    }
}
