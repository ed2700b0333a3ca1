package dev.glossary.srs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's pre-training: the stability after each first rating (w0 to w3) fitted on its own, from how often
 * cards were recalled at their first review on a later day, before the other weights are trained; and its
 * removal of outliers (rare or very long first intervals) from both the pre-training and the training set.
 */
final class InitialStability {
    private static final double DEFAULT_DECAY = 0.1542;
    private static final double INIT_S_MAX = 100;

    /** The items left after outliers are removed, and the first-review items among them. */
    record Split(List<TrainingItem> pretraining, List<TrainingItem> training) {
    }

    /** w0..w3, and how many first-review items each first rating had. */
    record Fit(double[] stabilities, Map<Integer, Integer> counts) {
    }

    private InitialStability() {
    }

    static Split removeOutliers(List<TrainingItem> items) {
        Map<Integer, Map<Integer, List<TrainingItem>>> groups = new TreeMap<>();
        for (TrainingItem item : items) {
            if (item.longTermReviews() == 1) {
                groups.computeIfAbsent(item.firstRating(), r -> new HashMap<>())
                        .computeIfAbsent(item.targetDays(), t -> new ArrayList<>()).add(item);
            }
        }
        List<TrainingItem> kept = new ArrayList<>();
        List<Set<Integer>> removed = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            removed.add(new HashSet<>());
        }
        for (Map.Entry<Integer, Map<Integer, List<TrainingItem>>> group : groups.entrySet()) {
            int rating = group.getKey();
            List<Map.Entry<Integer, List<TrainingItem>>> sub = new ArrayList<>(group.getValue().entrySet());
            // Largest groups first, longer intervals first among equals; walked from the end (smallest first).
            sub.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(b.getValue().size(), a.getValue().size())
                    : Integer.compare(b.getKey(), a.getKey()));
            int total = sub.stream().mapToInt(e -> e.getValue().size()).sum();
            int removedSoFar = 0;
            for (int i = sub.size() - 1; i >= 0; i--) {
                int days = sub.get(i).getKey();
                List<TrainingItem> members = sub.get(i).getValue();
                // Drop the rarest intervals, 5% of the items (at least 20), and any too long or too rare to trust.
                if (removedSoFar + members.size() >= Math.max(20, total / 20)) {
                    if (members.size() >= 6 && days <= (rating != 4 ? 100 : 365)) {
                        kept.addAll(members);
                    } else {
                        removed.get(rating).add(days);
                    }
                } else {
                    removedSoFar += members.size();
                    removed.get(rating).add(days);
                }
            }
        }
        List<TrainingItem> training = new ArrayList<>();
        for (TrainingItem item : items) {
            if (!removed.get(item.firstRating()).contains(item.firstLongTermDays())) {
                training.add(item);
            }
        }
        return new Split(kept, training);
    }

    /** Empty when no first-review item is left: then nothing can be fitted. */
    static java.util.Optional<Fit> fit(List<TrainingItem> pretraining, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (TrainingItem item : pretraining) {
            int[] tally = groups.computeIfAbsent(item.firstRating(), r -> new TreeMap<>())
                    .computeIfAbsent(item.firstLongTermDays(), t -> new int[2]);
            tally[0] += item.label() > 0 ? 1 : 0;
            tally[1]++;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, int[]>> group : groups.entrySet()) {
            int n = group.getValue().size();
            double[] days = new double[n];
            double[] recall = new double[n];
            double[] count = new double[n];
            int i = 0;
            int total = 0;
            for (Map.Entry<Integer, int[]> e : group.getValue().entrySet()) {
                days[i] = e.getKey();
                count[i] = e.getValue()[1];
                // Laplace smoothing towards the learner's average recall.
                recall[i] = ((double) e.getValue()[0] / count[i] * count[i] + averageRecall) / (count[i] + 1);
                total += e.getValue()[1];
                i++;
            }
            stability.put(group.getKey(), search(days, recall, count,
                    FsrsParameters.DEFAULT_WEIGHTS.get(group.getKey() - 1)));
            counts.put(group.getKey(), total);
        }
        if (stability.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Fit(smoothAndFill(stability, counts), counts));
    }

    /** Ternary search for the S0 that best explains the recall at each interval, pulled gently to the default. */
    private static double search(double[] days, double[] recall, double[] count, double defaultS0) {
        double low = MemoryModel.S_MIN;
        double high = INIT_S_MAX;
        double best = defaultS0;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(days, recall, count, mid1, defaultS0) < loss(days, recall, count, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2;
        }
        return best;
    }

    private static double loss(double[] days, double[] recall, double[] count, double s0, double defaultS0) {
        double factor = Math.pow(0.9, -1 / DEFAULT_DECAY) - 1;
        double sum = 0;
        for (int i = 0; i < days.length; i++) {
            double p = Math.pow(1 + factor * days[i] / s0, -DEFAULT_DECAY);
            sum += -(recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p)) * count[i];
        }
        return sum + Math.abs(s0 - defaultS0) / 16;
    }

    /**
     * Makes S0 grow with the rating (a disorder is settled in favour of the better-attested rating) and fills
     * ratings with no data from their neighbours, as fsrs-rs does.
     */
    static double[] smoothAndFill(Map<Integer, Double> fitted, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(fitted);
        s.keySet().retainAll(counts.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            Double small = s.get(pair[0]);
            Double big = s.get(pair[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(pair[0]) > counts.get(pair[1])) {
                    s.put(pair[1], small);
                } else {
                    s.put(pair[0], big);
                }
            }
        }
        double w1 = 3.0 / 5;
        double w2 = 3.0 / 5;
        Double[] r = {null, s.get(1), s.get(2), s.get(3), s.get(4)};
        double[] out = new double[4];
        if (s.size() == 1) {
            int rating = s.keySet().iterator().next();
            double factor = s.get(rating) / FsrsParameters.DEFAULT_WEIGHTS.get(rating - 1);
            for (int i = 0; i < 4; i++) {
                out[i] = FsrsParameters.DEFAULT_WEIGHTS.get(i) * factor;
            }
        } else {
            if (s.size() == 2) {
                fillTwo(r, w1, w2);
            } else if (s.size() == 3) {
                fillThree(r, w1, w2);
            }
            for (int i = 0; i < 4; i++) {
                out[i] = r[i + 1];
            }
        }
        for (int i = 0; i < 4; i++) {
            out[i] = Math.min(Math.max(out[i], MemoryModel.S_MIN), INIT_S_MAX);
        }
        return out;
    }

    private static void fillTwo(Double[] r, double w1, double w2) {
        if (r[1] == null && r[2] == null) {
            r[2] = Math.pow(r[3], 1 / (1 - w2)) * Math.pow(r[4], 1 - 1 / (1 - w2));
            r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
        } else if (r[1] == null && r[3] == null) {
            r[3] = Math.pow(r[2], 1 - w2) * Math.pow(r[4], w2);
            r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
        } else if (r[1] == null && r[4] == null) {
            r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
            r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
        } else if (r[2] == null && r[3] == null) {
            double k = w1 * -w2 + (w1 + w2);
            r[2] = Math.pow(r[1], w1 / k) * Math.pow(r[4], 1 - w1 / k);
            r[3] = Math.pow(r[1], 1 - w2 / k) * Math.pow(r[4], w2 / k);
        } else if (r[2] == null && r[4] == null) {
            r[2] = Math.pow(r[1], w1) * Math.pow(r[3], 1 - w1);
            r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
        } else if (r[3] == null && r[4] == null) {
            r[3] = Math.pow(r[1], 1 - 1 / (1 - w1)) * Math.pow(r[2], 1 / (1 - w1));
            r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
        }
    }

    private static void fillThree(Double[] r, double w1, double w2) {
        if (r[1] == null) {
            r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
        } else if (r[2] == null) {
            r[2] = Math.pow(r[1], w1) * Math.pow(r[3], 1 - w1);
        } else if (r[3] == null) {
            r[3] = Math.pow(r[2], 1 - w2) * Math.pow(r[4], w2);
        } else if (r[4] == null) {
            r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
        }
    }
}
