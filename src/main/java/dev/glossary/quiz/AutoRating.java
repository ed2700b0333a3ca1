package dev.glossary.quiz;

import dev.glossary.srs.Rating;

import java.time.Duration;
import java.util.Objects;

/**
 * Turns an objective answer into an FSRS rating: {@code AutoRating.rate(grade, elapsed, card)} for a typed
 * answer, {@code AutoRating.rate(Mode.CHOICE, correct, true, elapsed, card)} for a choice.
 *
 * <ul>
 *   <li>Wrong: {@code AGAIN}.</li>
 *   <li>Right, but typed with a tolerated typo, or slow (over 20 s for choice, 30 s for typed and
 *       reverse): {@code HARD}.</li>
 *   <li>Right and quick (under 4 s for choice, 8 s for typed and reverse) on a term already known, that
 *       is graduated to long-term review and not missed at its last answer ({@link CardInfo#known()}):
 *       {@code EASY}.</li>
 *   <li>Otherwise right: {@code GOOD}.</li>
 * </ul>
 *
 * A term still in its learning or relearning steps answered quickly is only {@code GOOD}: however many
 * times it was seen, failed reviews count as reviews, and one quick answer says little. An unknown answer
 * time (null), such as that of an answer read from a pipe, is neither quick nor slow, so it never earns
 * {@code EASY} nor {@code HARD} for time. Flip cards are rated by the learner, and {@code MIXED} must be
 * resolved by {@link ModeChooser} first, so both are refused.
 */
public final class AutoRating {
    /** Answer times for a mode: under {@code quick} can be easy, over {@code slow} is hard. */
    public record Thresholds(Duration quick, Duration slow) {
    }

    private static final Thresholds CHOICE = new Thresholds(Duration.ofSeconds(4), Duration.ofSeconds(20));
    private static final Thresholds TYPED = new Thresholds(Duration.ofSeconds(8), Duration.ofSeconds(30));

    private AutoRating() {
    }

    public static Thresholds thresholds(Mode mode) {
        return switch (mode) {
            case CHOICE -> CHOICE;
            // Reading four definitions takes about as long as typing a name.
            case TYPED, REVERSE -> TYPED;
            case FLIP, MIXED -> throw new IllegalArgumentException(mode + " answers are not rated automatically");
        };
    }

    /** A typed answer, as graded. */
    public static Rating rate(Grade grade, Duration answerTime, CardInfo card) {
        return rate(Mode.TYPED, grade.correct(), grade.exact(), answerTime, card);
    }

    /**
     * @param exact false when a typo was tolerated; always true for a choice
     * @param card  null for a new term
     */
    public static Rating rate(Mode mode, boolean correct, boolean exact, Duration answerTime, CardInfo card) {
        Objects.requireNonNull(mode, "mode");
        Thresholds limits = thresholds(mode);
        if (!correct) {
            return Rating.AGAIN;
        }
        if (!exact || (answerTime != null && answerTime.compareTo(limits.slow()) > 0)) {
            return Rating.HARD;
        }
        if (card != null && card.known() && answerTime != null && answerTime.compareTo(limits.quick()) < 0) {
            return Rating.EASY;
        }
        return Rating.GOOD;
    }
}
