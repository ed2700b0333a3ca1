package dev.glossary.progress;

import dev.glossary.srs.FsrsParameters;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A learner's settings, kept in {@code config.json} beside the progress file: desired retention
 * (0.70–0.97; higher means more reviews), how many new terms a day, and the scheduler's settings. Every
 * command schedules with {@link #schedulerParameters()}.
 *
 * @param learningSteps   steps of a new card, whole minutes each (none: straight to days)
 * @param relearningSteps steps of a forgotten card
 * @param maximumInterval the longest interval, in days (1 to 36500)
 * @param weights         the learner's own FSRS weights (17, 19 or 21 numbers, as given); empty for the defaults
 * @param newOrder        the order new terms come in (beginner first by default)
 * @param leechLapses     lapses from which a term is a leech (1 to 999; 6 by default)
 * @param deck            the deck commands use when given no {@code --deck}: an installed deck's id or a deck
 *                        file; null for the bundled deck
 * @param exams           the learner's exam in each deck that has one, by deck id ({@code glossary exam})
 */
public record LearnerConfig(double desiredRetention, int newPerDay, boolean fuzz, boolean shortTerm,
                            List<Duration> learningSteps, List<Duration> relearningSteps, int maximumInterval,
                            List<Double> weights, NewOrder newOrder, int leechLapses, String deck,
                            Map<String, Exam> exams) {
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final int MAX_INTERVAL = 36500;
    public static final int DEFAULT_LEECH_LAPSES = 6;
    public static final int MAX_LEECH_LAPSES = 999;

    public LearnerConfig {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between 0.70 and 0.97, not "
                    + desiredRetention);
        }
        if (newPerDay < 0 || newPerDay > 9999) {
            throw new IllegalArgumentException("new terms per day must be between 0 and 9999, not " + newPerDay);
        }
        if (maximumInterval < 1 || maximumInterval > MAX_INTERVAL) {
            throw new IllegalArgumentException("the maximum interval must be 1 to 36500 days, not " + maximumInterval);
        }
        learningSteps = List.copyOf(Objects.requireNonNull(learningSteps, "learningSteps"));
        relearningSteps = List.copyOf(Objects.requireNonNull(relearningSteps, "relearningSteps"));
        weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
        exams = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(exams, "exams")));
        Objects.requireNonNull(newOrder, "newOrder");
        if (leechLapses < 1 || leechLapses > MAX_LEECH_LAPSES) {
            throw new IllegalArgumentException("a leech has 1 to 999 lapses, not " + leechLapses);
        }
        if (deck != null && deck.isBlank()) {
            throw new IllegalArgumentException("the default deck needs a name; leave it unset for the bundled deck");
        }
        // Checked as ts-fsrs checks them: whole-minute steps, 17, 19 or 21 finite weights.
        FsrsParameters.defaults().withLearningSteps(learningSteps).withRelearningSteps(relearningSteps)
                .withWeights(weights.isEmpty() ? FsrsParameters.DEFAULT_WEIGHTS : weights);
    }

    public static LearnerConfig defaults() {
        FsrsParameters p = FsrsParameters.defaults();
        return new LearnerConfig(0.9, 20, true, true, p.learningSteps(), p.relearningSteps(), p.maximumInterval(),
                List.of(), NewOrder.LEVEL, DEFAULT_LEECH_LAPSES, null, Map.of());
    }

    /** The scheduler's settings, for every command that schedules. */
    public FsrsParameters schedulerParameters() {
        FsrsParameters p = FsrsParameters.defaults().withRequestRetention(desiredRetention).withFuzz(fuzz)
                .withShortTerm(shortTerm).withMaximumInterval(maximumInterval).withLearningSteps(learningSteps)
                .withRelearningSteps(relearningSteps);
        // Last, so that they are clipped against the other settings, as ts-fsrs does.
        return weights.isEmpty() ? p : p.withWeights(weights);
    }

    public boolean defaultWeights() {
        return weights.isEmpty();
    }

    public LearnerConfig withDesiredRetention(double retention) {
        return new LearnerConfig(retention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withNewPerDay(int n) {
        return new LearnerConfig(desiredRetention, n, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withFuzz(boolean on) {
        return new LearnerConfig(desiredRetention, newPerDay, on, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withShortTerm(boolean on) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, on, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withLearningSteps(List<Duration> steps) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, steps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withRelearningSteps(List<Duration> steps) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, steps,
                maximumInterval, weights, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withMaximumInterval(int days) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                days, weights, newOrder, leechLapses, deck, exams);
    }

    /** An empty list restores the default weights. */
    public LearnerConfig withWeights(List<Double> w) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, w, newOrder, leechLapses, deck, exams);
    }

    public LearnerConfig withNewOrder(NewOrder order) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, order, leechLapses, deck, exams);
    }

    public LearnerConfig withLeechLapses(int lapses) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, lapses, deck, exams);
    }

    /** null: the bundled deck. */
    public LearnerConfig withDeck(String deckOption) {
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deckOption, exams);
    }

    /** The exam set for a deck, if any (lapsed or not: see {@link Exam#lapsed}). */
    public Optional<Exam> exam(String deckId) {
        return Optional.ofNullable(exams.get(deckId));
    }

    /** With {@code exam} set for the deck, or the deck's exam cleared when it is null. */
    public LearnerConfig withExam(String deckId, Exam exam) {
        Map<String, Exam> next = new TreeMap<>(exams);
        if (exam == null) {
            next.remove(deckId);
        } else {
            next.put(deckId, exam);
        }
        return new LearnerConfig(desiredRetention, newPerDay, fuzz, shortTerm, learningSteps, relearningSteps,
                maximumInterval, weights, newOrder, leechLapses, deck, next);
    }
}
