package dev.glossary.srs;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The scheduler's settings, an immutable value: start from {@link #defaults()}, adjust with the
 * {@code with…} methods and hand the result to {@link Scheduler}, e.g.
 * {@code new Scheduler(FsrsParameters.defaults().withRequestRetention(0.85).withFuzz(true))}.
 *
 * <p>Like ts-fsrs's {@code generatorParameters}, the constructor accepts 17 (FSRS-4.5), 19 (FSRS-5) or
 * 21 (FSRS-6) weights, migrates them to 21 and clips each to its allowed range, so {@link #w()} always
 * holds the 21 weights the scheduler uses. Every {@code with…} method builds a new value, so the current
 * weights are clipped again against the new settings: harmless for 21 weights, but a migrated w19 of 0
 * is raised to 0.01 when short-term scheduling is on (ts-fsrs's own parameter setter does the same).
 * Set 17 or 19 weights last to keep them exactly as ts-fsrs's constructor migrates them.
 *
 * @param w                weights w0..w20
 * @param requestRetention the recall probability a review is scheduled for; learners should keep it
 *                         between 0.70 and 0.97, the constructor only rejects values outside (0, 1], as
 *                         ts-fsrs does (at 1 every interval is a day)
 * @param maximumInterval  the longest interval in days; keeping again &lt; hard &lt; good &lt; easy may exceed
 *                         it by up to two days (three in long-term mode), as in ts-fsrs
 * @param learningSteps    steps of a new card, whole minutes each; a step of 0 minutes ends the steps
 * @param relearningSteps  steps of a forgotten card, whole minutes each
 * @param enableShortTerm  whether to use (re)learning steps and same-day stability
 * @param enableFuzz       whether {@link Scheduler#nextStates(Card, java.time.Instant, double)} applies its draw
 */
public record FsrsParameters(
        List<Double> w,
        double requestRetention,
        int maximumInterval,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean enableShortTerm,
        boolean enableFuzz) {

    /** The FSRS-6 defaults shared by ts-fsrs 5.4.2, py-fsrs 6.3.1 and fsrs-rs. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
            0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    private static final Duration LONGEST_STEP = Duration.ofDays((long) MemoryModel.S_MAX);

    public FsrsParameters {
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException(
                    "request retention must be above 0 and at most 1 (0.70 to 0.97 is sensible), not " + requestRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, not " + maximumInterval);
        }
        learningSteps = checkSteps(learningSteps, "learning");
        relearningSteps = checkSteps(relearningSteps, "relearning");
        w = Weights.migrateAndClip(w, relearningSteps.size(), enableShortTerm);
    }

    /** ts-fsrs's defaults: retention 0.9, at most 36500 days, steps 1m and 10m, relearning 10m, no fuzz. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, 36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                true, false);
    }

    public FsrsParameters withWeights(List<Double> weights) {
        return new FsrsParameters(weights, requestRetention, maximumInterval, learningSteps, relearningSteps,
                enableShortTerm, enableFuzz);
    }

    public FsrsParameters withRequestRetention(double retention) {
        return new FsrsParameters(w, retention, maximumInterval, learningSteps, relearningSteps,
                enableShortTerm, enableFuzz);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(w, requestRetention, days, learningSteps, relearningSteps,
                enableShortTerm, enableFuzz);
    }

    public FsrsParameters withLearningSteps(List<Duration> steps) {
        return new FsrsParameters(w, requestRetention, maximumInterval, steps, relearningSteps,
                enableShortTerm, enableFuzz);
    }

    public FsrsParameters withRelearningSteps(List<Duration> steps) {
        return new FsrsParameters(w, requestRetention, maximumInterval, learningSteps, steps,
                enableShortTerm, enableFuzz);
    }

    public FsrsParameters withShortTerm(boolean enabled) {
        return new FsrsParameters(w, requestRetention, maximumInterval, learningSteps, relearningSteps,
                enabled, enableFuzz);
    }

    public FsrsParameters withFuzz(boolean enabled) {
        return new FsrsParameters(w, requestRetention, maximumInterval, learningSteps, relearningSteps,
                enableShortTerm, enabled);
    }

    /** Reads a step the way ts-fsrs writes it: a whole number followed by m, h or d ("10m", "1h", "1d"). */
    public static Duration parseStep(String text) {
        String step = Objects.requireNonNull(text, "step").trim().toLowerCase(Locale.ROOT);
        if (step.length() < 2 || !step.substring(0, step.length() - 1).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a step is a whole number and m, h or d, like 10m: " + text);
        }
        long value;
        try {
            value = Long.parseLong(step.substring(0, step.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("step too long: " + text, e);
        }
        return switch (step.charAt(step.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException("a step ends in m, h or d, like 10m: " + text);
        };
    }

    /** Reads steps as a learner types them: "1m,10m" or "1m 10m"; "none" or nothing for no steps. */
    public static List<Duration> parseSteps(String text) {
        String trimmed = Objects.requireNonNull(text, "steps").trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return List.of();
        }
        return java.util.Arrays.stream(trimmed.split("[,\\s]+")).map(FsrsParameters::parseStep).toList();
    }

    /** A step as ts-fsrs writes it, in the largest unit that is exact: "10m", "1h", "2d". */
    public static String formatStep(Duration step) {
        long minutes = step.toMinutes();
        if (minutes > 0 && minutes % 1440 == 0) {
            return minutes / 1440 + "d";
        }
        if (minutes > 0 && minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    /** Steps joined as {@link #parseSteps} reads them; "none" for no steps. */
    public static String formatSteps(List<Duration> steps) {
        return steps.isEmpty() ? "none"
                : String.join(",", steps.stream().map(FsrsParameters::formatStep).toList());
    }

    private static List<Duration> checkSteps(List<Duration> steps, String kind) {
        for (Duration step : Objects.requireNonNull(steps, kind + " steps")) {
            // ts-fsrs counts steps in whole minutes; a rating that leads to a 0-minute step leaves the steps.
            if (step == null || step.isNegative() || step.toSecondsPart() != 0 || step.toNanosPart() != 0) {
                throw new IllegalArgumentException(kind + " steps must be whole minutes: " + steps);
            }
            // No step is longer than the longest interval; a longer one only overflows date arithmetic.
            if (step.compareTo(LONGEST_STEP) > 0) {
                throw new IllegalArgumentException(kind + " steps must be at most " + LONGEST_STEP.toDays() + " days: " + steps);
            }
        }
        return List.copyOf(steps);
    }
}
