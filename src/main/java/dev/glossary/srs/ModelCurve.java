package dev.glossary.srs;

/**
 * The FSRS-6 model as fsrs-rs trains it, in double precision and without ts-fsrs's rounding, with the
 * derivative of the predicted recall by each of the 21 weights carried forward through a card's history.
 * One instance holds the scratch state for one item at a time, so each thread uses its own.
 */
final class ModelCurve {
    static final int N = Weights.COUNT;
    private static final double LN_09 = Math.log(0.9);

    private final double[] w;
    private final double[] ds = new double[N];
    private final double[] dd = new double[N];
    private final double[] nextDs = new double[N];
    private final double[] nextDd = new double[N];
    private final double[] dr = new double[N];
    private double s;
    private double d;
    private final boolean withGradient;

    ModelCurve(double[] w, boolean withGradient) {
        this.w = w;
        this.withGradient = withGradient;
    }

    /** R(t, S) with the curve's own decay w20. */
    static double recall(double[] w, double days, double stability) {
        double factor = Math.exp(-LN_09 / w[20]) - 1;
        return Math.pow(1 + factor * days / stability, -w[20]);
    }

    /**
     * The predicted chance of recalling the item's target review. With the gradient on, {@link #gradient()}
     * then holds its derivative by each weight.
     */
    double predict(TrainingItem item) {
        int[] ratings = item.ratings();
        int[] days = item.days();
        int last = ratings.length - 1;
        first(ratings[0]);
        for (int i = 1; i < last; i++) {
            step(days[i], ratings[i]);
        }
        return target(days[last]);
    }

    /** The stability after the item's history, the target excluded. */
    double stabilityBefore(TrainingItem item) {
        int[] ratings = item.ratings();
        first(ratings[0]);
        for (int i = 1; i < ratings.length - 1; i++) {
            step(item.days()[i], ratings[i]);
        }
        return s;
    }

    double[] gradient() {
        return dr;
    }

    private void first(int rating) {
        double sInit = w[rating - 1];
        double dInit = w[4] - Math.exp(w[5] * (rating - 1)) + 1;
        s = clamp(sInit, MemoryModel.S_MIN, MemoryModel.S_MAX);
        d = clamp(dInit, 1, 10);
        if (!withGradient) {
            return;
        }
        java.util.Arrays.fill(ds, 0);
        java.util.Arrays.fill(dd, 0);
        if (sInit > MemoryModel.S_MIN && sInit < MemoryModel.S_MAX) {
            ds[rating - 1] = 1;
        }
        if (dInit > 1 && dInit < 10) {
            dd[4] = 1;
            dd[5] = -(rating - 1) * Math.exp(w[5] * (rating - 1));
        }
    }

    private void step(int days, int rating) {
        // Difficulty: linear damping, then mean reversion towards D0(4); clamped to [1, 10].
        double d04 = w[4] - Math.exp(3 * w[5]) + 1;
        double damped = d - w[6] * (rating - 3) * (10 - d) / 9;
        double dRaw = w[7] * d04 + (1 - w[7]) * damped;
        boolean dActive = dRaw > 1 && dRaw < 10;

        double sRaw;
        // Partial derivatives of the new S by the old S and D, and by the weights directly.
        double bySelf;
        double byD = 0;
        if (days == 0) {
            double sinc = Math.pow(s, -w[19]) * Math.exp(w[17] * (rating - 3 + w[18]));
            if (rating >= 2 && sinc < 1) {
                sRaw = s;
                bySelf = 1;
                if (withGradient) {
                    java.util.Arrays.fill(nextDs, 0);
                }
            } else {
                sRaw = s * sinc;
                bySelf = sinc * (1 - w[19]);
                if (withGradient) {
                    java.util.Arrays.fill(nextDs, 0);
                    nextDs[17] = (rating - 3 + w[18]) * sRaw;
                    nextDs[18] = w[17] * sRaw;
                    nextDs[19] = -Math.log(s) * sRaw;
                }
            }
        } else {
            double factor = Math.exp(-LN_09 / w[20]) - 1;
            double base = 1 + factor * days / s;
            double r = Math.pow(base, -w[20]);
            double drBySelf = w[20] * r * factor * days / (s * s * base);
            double dFactor = Math.exp(-LN_09 / w[20]) * LN_09 / (w[20] * w[20]);
            double drByDecay = r * (-Math.log(base) - w[20] * (days / s) * dFactor / base);
            if (rating == 1) {
                double a = w[11] * Math.pow(d, -w[12]);
                double grown = Math.pow(s + 1, w[13]);
                double c = Math.exp(w[14] * (1 - r));
                double forget = a * (grown - 1) * c;
                double floor = s * Math.exp(-w[17] * w[18]);
                if (floor < forget) {
                    sRaw = floor;
                    bySelf = Math.exp(-w[17] * w[18]);
                    if (withGradient) {
                        java.util.Arrays.fill(nextDs, 0);
                        nextDs[17] = -w[18] * floor;
                        nextDs[18] = -w[17] * floor;
                    }
                } else {
                    sRaw = forget;
                    bySelf = a * c * w[13] * Math.pow(s + 1, w[13] - 1) + forget * w[14] * -drBySelf;
                    byD = -w[12] * forget / d;
                    if (withGradient) {
                        java.util.Arrays.fill(nextDs, 0);
                        nextDs[11] = Math.pow(d, -w[12]) * (grown - 1) * c;
                        nextDs[12] = -Math.log(d) * forget;
                        nextDs[13] = a * c * grown * Math.log(s + 1);
                        nextDs[14] = forget * (1 - r);
                        nextDs[20] = forget * w[14] * -drByDecay;
                    }
                }
            } else {
                double e8 = Math.exp(w[8]);
                double sp = Math.pow(s, -w[9]);
                double ex = Math.exp(w[10] * (1 - r));
                double hard = rating == 2 ? w[15] : 1;
                double easy = rating == 4 ? w[16] : 1;
                double core = e8 * (11 - d) * sp;
                double inc = core * (ex - 1) * hard * easy;
                sRaw = s * (1 + inc);
                double incBySelf = e8 * (11 - d) * hard * easy
                        * (-w[9] * Math.pow(s, -w[9] - 1) * (ex - 1) + sp * ex * w[10] * -drBySelf);
                bySelf = 1 + inc + s * incBySelf;
                byD = -s * e8 * sp * (ex - 1) * hard * easy;
                if (withGradient) {
                    java.util.Arrays.fill(nextDs, 0);
                    nextDs[8] = s * inc;
                    nextDs[9] = -Math.log(s) * s * inc;
                    nextDs[10] = s * core * hard * easy * ex * (1 - r);
                    if (rating == 2) {
                        nextDs[15] = s * core * (ex - 1);
                    } else if (rating == 4) {
                        nextDs[16] = s * core * (ex - 1);
                    }
                    nextDs[20] = s * core * hard * easy * ex * w[10] * -drByDecay;
                }
            }
        }
        boolean sActive = sRaw > MemoryModel.S_MIN && sRaw < MemoryModel.S_MAX;
        if (withGradient) {
            double dBySelf = (1 - w[7]) * (1 + w[6] * (rating - 3) / 9);
            for (int i = 0; i < N; i++) {
                nextDs[i] = sActive ? bySelf * ds[i] + byD * dd[i] + nextDs[i] : 0;
            }
            if (dActive) {
                for (int i = 0; i < N; i++) {
                    nextDd[i] = dBySelf * dd[i];
                }
                nextDd[4] += w[7];
                nextDd[5] += -3 * w[7] * Math.exp(3 * w[5]);
                nextDd[6] += -(1 - w[7]) * (rating - 3) * (10 - d) / 9;
                nextDd[7] += d04 - damped;
            } else {
                java.util.Arrays.fill(nextDd, 0);
            }
            System.arraycopy(nextDs, 0, ds, 0, N);
            System.arraycopy(nextDd, 0, dd, 0, N);
        }
        s = clamp(sRaw, MemoryModel.S_MIN, MemoryModel.S_MAX);
        d = clamp(dRaw, 1, 10);
    }

    private double target(int days) {
        double factor = Math.exp(-LN_09 / w[20]) - 1;
        double base = 1 + factor * days / s;
        double r = Math.pow(base, -w[20]);
        if (withGradient) {
            double drBySelf = w[20] * r * factor * days / (s * s * base);
            double dFactor = Math.exp(-LN_09 / w[20]) * LN_09 / (w[20] * w[20]);
            double drByDecay = r * (-Math.log(base) - w[20] * (days / s) * dFactor / base);
            for (int i = 0; i < N; i++) {
                dr[i] = drBySelf * ds[i];
            }
            dr[20] += drByDecay;
        }
        return r;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
