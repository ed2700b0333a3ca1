package dev.glossary.srs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
        double[] w = clip(weights.stream().mapToDouble(Double::doubleValue).toArray(), relearningSteps, shortTerm);
        if (size == 17) {
            w[4] = toFixed8(w[5] * 2.0 + w[4]);
            w[5] = toFixed8(StrictMath.log(w[5] * 3.0 + 1.0) / 3.0);
            w[6] = toFixed8(w[6] + 0.5);
        }
        double[] migrated = Arrays.copyOf(w, COUNT);
        if (size < COUNT) {
            migrated[COUNT - 1] = FSRS5_DECAY;
        }
        // ts-fsrs's FSRS constructor clips the migrated weights once more, so an FSRS-5 card's w19 of 0
        // becomes 0.01 with short-term scheduling on.
        List<Double> out = new ArrayList<>(COUNT);
        for (double weight : clip(migrated, relearningSteps, shortTerm)) {
            out.add(weight);
        }
        return List.copyOf(out);
    }

    /** JavaScript's {@code +x.toFixed(8)}: the exact binary value rounded half away from zero, not x·1e8 rounded. */
    private static double toFixed8(double x) {
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }

    /** Clips 21 weights in place, as ts-fsrs and fsrs-rs's parameter clipper do. */
    static void clipInPlace(double[] weights, int relearningSteps, boolean shortTerm) {
        System.arraycopy(clip(weights, relearningSteps, shortTerm), 0, weights, 0, COUNT);
    }

    private static double[] clip(double[] weights, int relearningSteps, boolean shortTerm) {
        double[][] bounds = bounds(ceiling(weights, relearningSteps), shortTerm);
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = MemoryModel.clamp(weights[i], bounds[i][0], bounds[i][1]);
        }
        return w;
    }

    /**
     * With several relearning steps, each one multiplies S by e^(w17·w18); the ceiling keeps the stability
     * after a lapse and all its steps at or below S for D = 1, R = 0.7, S = 1.
     */
    private static double ceiling(double[] weights, int relearningSteps) {
        if (relearningSteps <= 1) {
            return W17_W18_CEILING;
        }
        double w11 = MemoryModel.clamp(weights[11], 0.001, 5.0);
        double w13 = MemoryModel.clamp(weights[13], 0.001, 0.9);
        double w14 = MemoryModel.clamp(weights[14], 0.0, 4.0);
        double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                / relearningSteps;
        // The ceiling bounds w17 and w18 each, so it is the square root of the bound on their product.
        return MemoryModel.clamp(MemoryModel.round8(Math.sqrt(Math.max(value, 0))), 0.01, W17_W18_CEILING);
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
