package dev.glossary.srs;

/**
 * The FSRS-6 formulas: how stability and difficulty change with a rating, and how recall fades.
 * Each is written in ts-fsrs's order of evaluation, with its 8-decimal rounding and {@link StrictMath}
 * (V8's exp, log and pow are fdlibm ports too), so results match ts-fsrs to the last bit.
 */
final class MemoryModel {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;

    MemoryModel(FsrsParameters parameters) {
        w = parameters.w().stream().mapToDouble(Double::doubleValue).toArray();
        shortTerm = parameters.enableShortTerm();
        decay = -w[20];
        // Chosen so that R(S, S) = 0.9 whatever the decay.
        factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1);
    }

    /** JavaScript's {@code Math.round} rounds halves up, as Java's does; ts-fsrs rounds this way throughout. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    /** R(t, S): the chance of recall {@code days} after a review that left stability S. */
    double retrievability(long days, double stability) {
        return round8(StrictMath.pow(1 + factor * days / stability, decay));
    }

    /** Turns a stability into the interval at which recall falls to {@code retention}; 1 when it is 0.9. */
    double intervalModifier(double retention) {
        return round8((StrictMath.pow(retention, 1 / decay) - 1) / factor);
    }

    /** The memory after a card's first review. */
    MemoryState initial(Rating rating) {
        return new MemoryState(
                Math.max(w[rating.value() - 1], 0.1),
                clamp(initialDifficulty(rating.value()), 1, 10));
    }

    /** ts-fsrs's {@code next_state}: the memory after a review {@code days} UTC calendar days after the last. */
    MemoryState next(MemoryState memory, int days, Rating rating) {
        if (memory.isEmpty()) {
            return initial(rating);
        }
        double s = memory.stability();
        double d = memory.difficulty();
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("invalid memory state: stability " + s + ", difficulty " + d);
        }
        int g = rating.value();
        double r = retrievability(days, s);
        double stability;
        if (days == 0 && shortTerm) {
            stability = shortTermStability(s, g);
        } else if (rating == Rating.AGAIN) {
            stability = forgetStability(d, s, r);
        } else {
            stability = recallStability(d, s, r, g);
        }
        return new MemoryState(stability, nextDifficulty(d, g));
    }

    /** Not clamped: mean reversion pulls towards the raw D0(4), which is below 1 with the defaults. */
    private double initialDifficulty(int g) {
        return round8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        // Linear damping: the closer D is to 10, the smaller a step up.
        double damped = d + round8(deltaD * (10 - d) / 9);
        double reverted = round8(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
        return clamp(reverted, 1, 10);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        return round8(clamp(
                s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                        * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus),
                S_MIN, S_MAX));
    }

    /** A lapse never raises S; with short-term on it also leaves room for the relearning steps' gains. */
    private double forgetStability(double d, double s, double r) {
        double afterLapse = round8(clamp(
                w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                        * StrictMath.exp((1 - r) * w[14]),
                S_MIN, S_MAX));
        double w17 = shortTerm ? w[17] : 0;
        double w18 = shortTerm ? w[18] : 0;
        double ceiling = round8(s / StrictMath.exp(w17 * w18));
        return clamp(ceiling, S_MIN, afterLapse);
    }

    /** Same-day reviews; a pass never lowers S (ts-fsrs 5.3+ includes Hard), a lapse may. */
    private double shortTermStability(double s, int g) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        if (g >= 2) {
            increase = Math.max(increase, 1.0);
        }
        return round8(clamp(s * increase, S_MIN, S_MAX));
    }
}
