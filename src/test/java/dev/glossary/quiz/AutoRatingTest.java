package dev.glossary.quiz;

import dev.glossary.srs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoRatingTest {
    private static final CardInfo KNOWN = new CardInfo(false, Instant.EPOCH, 0.9, 4, 0, 20, true, false, null, true, false, false);
    private static final CardInfo ONCE_SEEN = new CardInfo(false, Instant.EPOCH, 0.9, 1, 0, 2);
    /** Failed twice: two reviews, still in the learning steps, last answer wrong. */
    private static final CardInfo FAILED_TWICE = new CardInfo(false, Instant.EPOCH, 0.0, 2, 0, 0.2, false, true, null, true, false, false);
    /** In long-term review, but missed at the last answer (with no relearning steps, it stays in review). */
    private static final CardInfo JUST_MISSED = new CardInfo(false, Instant.EPOCH, 0.9, 6, 1, 3, true, true, null, true, false, false);

    private static CardInfo card(String kind) {
        return switch (kind) {
            case "known" -> KNOWN;
            case "once" -> ONCE_SEEN;
            case "failed" -> FAILED_TWICE;
            case "missed" -> JUST_MISSED;
            case "new" -> CardInfo.newCard();
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0}, correct={1}, exact={2}, {3} s, {4} card: {5}")
    @CsvSource(textBlock = """
            CHOICE,  false, true,   1, known, AGAIN
            TYPED,   false, false,  1, known, AGAIN
            CHOICE,  true,  true,   2, known, EASY
            CHOICE,  true,  true,   2, once,  GOOD
            CHOICE,  true,  true,   1, failed, GOOD
            TYPED,   true,  true,   1, failed, GOOD
            CHOICE,  true,  true,   1, missed, GOOD
            CHOICE,  true,  true,   2, new,   GOOD
            CHOICE,  true,  true,   2, none,  GOOD
            CHOICE,  true,  true,   4, known, GOOD
            CHOICE,  true,  true,  20, known, GOOD
            CHOICE,  true,  true,  21, known, HARD
            REVERSE, true,  true,   6, known, EASY
            REVERSE, true,  true,  31, new,   HARD
            TYPED,   true,  true,   7, known, EASY
            TYPED,   true,  true,   9, known, GOOD
            TYPED,   true,  true,  25, known, GOOD
            TYPED,   true,  true,  31, known, HARD
            TYPED,   true,  false,  3, known, HARD
            """)
    void ratesByCorrectnessSpeedAndHowWellTheTermIsKnown(Mode mode, boolean correct, boolean exact, long seconds,
                                                        String card, Rating expected) {
        assertThat(AutoRating.rate(mode, correct, exact, Duration.ofSeconds(seconds), card(card))).isEqualTo(expected);
    }

    @Test
    void ratesATypedAnswerFromItsGrade() {
        Grade typo = new Grade(true, false, "Idempotency", List.of());
        Grade exact = new Grade(true, true, "Idempotency", List.of());
        Grade wrong = new Grade(false, false, "Idempotency", List.of());

        assertThat(AutoRating.rate(typo, Duration.ofSeconds(2), KNOWN)).isEqualTo(Rating.HARD);
        assertThat(AutoRating.rate(exact, Duration.ofSeconds(2), KNOWN)).isEqualTo(Rating.EASY);
        assertThat(AutoRating.rate(wrong, Duration.ofSeconds(2), KNOWN)).isEqualTo(Rating.AGAIN);
    }

    @Test
    void anUnmeasuredAnswerIsNeitherQuickNorSlow() {
        assertThat(AutoRating.rate(Mode.CHOICE, true, true, null, KNOWN)).isEqualTo(Rating.GOOD);
    }

    @Test
    void refusesFlipAndMixed() {
        assertThatThrownBy(() -> AutoRating.rate(Mode.FLIP, true, true, Duration.ZERO, KNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AutoRating.thresholds(Mode.MIXED)).isInstanceOf(IllegalArgumentException.class);
    }
}
