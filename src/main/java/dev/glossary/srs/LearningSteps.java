package dev.glossary.srs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** ts-fsrs's {@code BasicLearningStepsStrategy}: where a rating moves a card within its (re)learning steps. */
final class LearningSteps {

    /** Show the card again after {@code minutes}, at step index {@code next}. */
    record Step(long minutes, int next) {
    }

    private final List<Duration> learning;
    private final List<Duration> relearning;

    LearningSteps(FsrsParameters parameters) {
        learning = parameters.learningSteps();
        relearning = parameters.relearningSteps();
    }

    /**
     * Empty when the rating takes the card out of the steps, to an interval in days; a step of 0 minutes
     * does so too, as in ts-fsrs.
     */
    Optional<Step> next(CardState state, int current, Rating rating) {
        return step(state, current, rating).filter(step -> step.minutes() > 0);
    }

    private Optional<Step> step(CardState state, int current, Rating rating) {
        List<Duration> steps = state == CardState.REVIEW || state == CardState.RELEARNING ? relearning : learning;
        if (steps.isEmpty() || current >= steps.size()) {
            return Optional.empty();
        }
        if (state == CardState.REVIEW) {
            return rating == Rating.AGAIN
                    ? Optional.of(new Step(steps.get(current).toMinutes(), 0))
                    : Optional.empty();
        }
        long first = steps.get(0).toMinutes();
        return switch (rating) {
            case AGAIN -> Optional.of(new Step(first, 0));
            // Always between the first two steps, wherever the card is: ts-fsrs does so (py-fsrs repeats the step).
            case HARD -> Optional.of(new Step(
                    steps.size() == 1
                            ? Math.round(first * 1.5)
                            : Math.round((first + steps.get(1).toMinutes()) / 2.0),
                    current));
            case GOOD -> current + 1 < steps.size()
                    ? Optional.of(new Step(steps.get(current + 1).toMinutes(), current + 1))
                    : Optional.empty();
            case EASY -> Optional.empty();
        };
    }
}
