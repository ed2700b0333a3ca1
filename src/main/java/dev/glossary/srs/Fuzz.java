package dev.glossary.srs;

/**
 * ts-fsrs's interval fuzz, with the random number passed in: cards learnt together drift apart instead
 * of falling due on the same days for ever. ts-fsrs seeds Alea from the review time, reps and memory;
 * matching that bit for bit would need JavaScript's number formatting, so the caller draws instead.
 */
final class Fuzz {

    /** The days a fuzzed interval may take, both ends included. */
    record Range(int min, int max) {
    }

    private Fuzz() {
    }

    static int apply(int interval, int elapsedDays, int maximumInterval, double draw) {
        if (interval < 2.5) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(draw * (range.max() - range.min() + 1) + range.min());
    }

    /** About ±15% for short intervals, shrinking to ±5% beyond 20 days; never earlier than tomorrow. */
    static Range range(int interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0);
        delta += 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.max(interval - 20.0, 0.0);
        int capped = Math.min(interval, maximumInterval);
        int min = (int) Math.max(2, Math.round(capped - delta));
        int max = (int) Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range(Math.min(min, max), max);
    }
}
