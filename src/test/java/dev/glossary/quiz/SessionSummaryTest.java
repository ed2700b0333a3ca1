package dev.glossary.quiz;

import dev.glossary.deck.Level;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.glossary.quiz.TestDeck.term;
import static org.assertj.core.api.Assertions.assertThat;

class SessionSummaryTest {

    @Test
    void scoresFirstTriesOverDistinctTermsPerLevelWithTimeAndMisses() {
        SessionSummary summary = new SessionSummary();
        summary.record(term("bun"), true, Duration.ofSeconds(3));          // beginner
        summary.record(term("http-404"), false, Duration.ofSeconds(5));    // beginner
        summary.record(term("jwt"), false, Duration.ofSeconds(7));         // intermediate
        summary.record(term("saga"), true, Duration.ofSeconds(2));         // advanced
        summary.record(term("http-404"), true, Duration.ofSeconds(4));
        summary.record(term("jwt"), false, Duration.ofSeconds(6));
        summary.record(term("jwt"), true, null);

        assertThat(summary.answers()).isEqualTo(7);
        assertThat(summary.score()).isEqualTo(new SessionSummary.Score(2, 4));
        assertThat(summary.score().ratio()).isEqualTo(0.5);
        assertThat(summary.byLevel())
                .containsEntry(Level.BEGINNER, new SessionSummary.Score(1, 2))
                .containsEntry(Level.INTERMEDIATE, new SessionSummary.Score(0, 1))
                .containsEntry(Level.ADVANCED, new SessionSummary.Score(1, 1));
        assertThat(summary.totalTime()).isEqualTo(Duration.ofSeconds(27));
        assertThat(summary.misses()).containsExactly(term("http-404"), term("jwt"));
    }

    @Test
    void anEmptySessionScoresZeroOfZero() {
        SessionSummary summary = new SessionSummary();

        assertThat(summary.score().ratio()).isZero();
        assertThat(summary.byLevel()).isEmpty();
        assertThat(summary.misses()).isEmpty();
        assertThat(summary.totalTime()).isEqualTo(Duration.ZERO);
    }
}
