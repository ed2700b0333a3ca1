package dev.glossary.srs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Migration of FSRS-4.5 and FSRS-5 weights to FSRS-6 and clipping, as ts-fsrs 5.4.2 does them. */
final class Weights {
    static final int COUNT = 21;
    private static final double FSRS5_DECAY = 0.5;
    private static final double W17_W18_CEILING = 2.0;

    private Weights() {
    }

    static List<Double> migrateAndClip(List<Double> weights, int relearningSteps, boolean shortTerm) {
        Objects.requireNonNull(weights, "weights");
        int size = weights.size();
        if (size != 17 && size != 19 && size != COUNT) {
            throw new IllegalArgumentException(
                    "FSRS needs 17, 19 or 21 weights (FSRS-4.5, 5 or 6), not " + size);
        }
        for (Double weight : weights) {
            if (weight == null || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite numbers: " + weights);
            }
        }
        double[] w = clip(weights, relearningSteps, shortTerm);
        // ts-fsrs clips before migrating, so the values added here are not clipped.
        if (size == 17) {
            w[4] = MemoryModel.round8(w[5] * 2.0 + w[4]);
            w[5] = MemoryModel.round8(StrictMath.log(w[5] * 3.0 + 1.0) / 3.0);
            w[6] = MemoryModel.round8(w[6] + 0.5);
        }
        List<Double> migrated = new ArrayList<>(COUNT);
        for (double weight : w) {
            migrated.add(weight);
        }
        while (migrated.size() < COUNT - 1) {
            migrated.add(0.0);
        }
        if (migrated.size() < COUNT) {
            migrated.add(FSRS5_DECAY);
        }
        return List.copyOf(migrated);
    }

    private static double[] clip(List<Double> weights, int relearningSteps, boolean shortTerm) {
        double[][] bounds = bounds(ceiling(weights, relearningSteps), shortTerm);
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = MemoryModel.clamp(weights.get(i), bounds[i][0], bounds[i][1]);
        }
        return w;
    }

    /**
     * With several relearning steps, each one multiplies S by e^(w17·w18); the ceiling keeps the stability
     * after a lapse and all its steps at or below S for D = 1, R = 0.7, S = 1.
     */
    private static double ceiling(List<Double> weights, int relearningSteps) {
        if (relearningSteps <= 1) {
            return W17_W18_CEILING;
        }
        // ts-fsrs takes the raw weights here; clipped ones keep the logarithms finite for any input.
        double w11 = MemoryModel.clamp(weights.get(11), 0.001, 5.0);
        double w13 = MemoryModel.clamp(weights.get(13), 0.001, 0.9);
        double w14 = MemoryModel.clamp(weights.get(14), 0.0, 4.0);
        double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                / relearningSteps;
        return MemoryModel.clamp(MemoryModel.round8(value), 0.01, W17_W18_CEILING);
    }

    private static double[][] bounds(double w17w18Ceiling, boolean shortTerm) {
        return new double[][] {
            {MemoryModel.S_MIN, 100.0}, {MemoryModel.S_MIN, 100.0}, {MemoryModel.S_MIN, 100.0},
            {MemoryModel.S_MIN, 100.0},
            {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75},
            {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5},
            {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0},
            {0.0, 1.0}, {1.0, 6.0},
            {0.0, w17w18Ceiling}, {0.0, w17w18Ceiling},
            {shortTerm ? 0.01 : 0.0, 0.8},
            {0.1, 0.8},
        };
    }
}
