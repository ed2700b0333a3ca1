package dev.glossary.progress;

/**
 * A learner's settings, kept in {@code config.json} beside the progress file: desired retention
 * (0.70–0.97; higher means more reviews), how many new terms a day, and scheduler switches.
 */
public record LearnerConfig(double desiredRetention, int newPerDay, boolean fuzz, boolean shortTerm) {
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;

    public LearnerConfig {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between 0.70 and 0.97, not "
                    + desiredRetention);
        }
        if (newPerDay < 0 || newPerDay > 9999) {
            throw new IllegalArgumentException("new terms per day must be between 0 and 9999, not " + newPerDay);
        }
    }

    public static LearnerConfig defaults() {
        return new LearnerConfig(0.9, 20, true, true);
    }

    public LearnerConfig withDesiredRetention(double retention) {
        return new LearnerConfig(retention, newPerDay, fuzz, shortTerm);
    }

    public LearnerConfig withNewPerDay(int n) {
        return new LearnerConfig(desiredRetention, n, fuzz, shortTerm);
    }

    public LearnerConfig withFuzz(boolean on) {
        return new LearnerConfig(desiredRetention, newPerDay, on, shortTerm);
    }

    public LearnerConfig withShortTerm(boolean on) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, on);
    }
}
