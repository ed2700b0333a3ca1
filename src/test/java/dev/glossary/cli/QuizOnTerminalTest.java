package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot quizzes answered with keys on a terminal: overrides, Ctrl-C, and where output goes. */
class QuizOnTerminalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CTRL_C = "\u0003";

    @TempDir
    Path home;

    private JsonNode reviews(String termId) throws IOException {
        return JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend").get(termId)
                .get("reviews");
    }

    /** The key of the right option in a choice question the terminal showed. */
    private static String rightKey(String screen, String name) {
        var m = java.util.regex.Pattern.compile("  (\\d)\\) " + java.util.regex.Pattern.quote(name) + "\\R")
                .matcher(screen);
        assertThat(m.find()).as(screen).isTrue();
        return m.group(1);
    }

    @Test
    void ctrlCAtTheOverridePromptKeepsTheAnswerJustGiven() throws IOException {
        // A first run only to learn where the answer sits; a second home gets the real one.
        TerminalQuiz.Run probe = TerminalQuiz.run(home.resolve("probe"), CTRL_C,
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3");
        String key = rightKey(probe.out(), "Idempotency");

        TerminalQuiz.Run run = TerminalQuiz.run(home, key + CTRL_C,
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3");

        assertThat(run.screen()).as(run.toString()).contains("Enter to go on, or 1-4 to rate it yourself");
        assertThat(run.exitCode()).as("interrupted, as when Ctrl-C arrives as a signal").isEqualTo(130);
        assertThat(run.out()).contains("Quiz stopped; every answer you gave is saved.").contains("Score: 1/1");
        assertThat(reviews("idempotency")).hasSize(1);
        assertThat(reviews("idempotency").get(0).get("rating").asText()).isEqualTo("good");
    }

    @Test
    void anOverrideReplacesTheRatingOfTheAnswerSaved() throws IOException {
        TerminalQuiz.Run probe = TerminalQuiz.run(home.resolve("probe"), CTRL_C,
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3");
        String key = rightKey(probe.out(), "Idempotency");

        TerminalQuiz.Run run = TerminalQuiz.run(home, key + "2",
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3", "--json");

        assertThat(reviews("idempotency")).hasSize(1);
        assertThat(reviews("idempotency").get(0).get("rating").asText()).isEqualTo("hard");
        assertThat(JSON.readTree(run.out()).get("results").get(0).get("rating").asText()).isEqualTo("hard");
        assertThat(run.err()).contains("Next review in 6m.");
    }

    @Test
    void aQuickRightAnswerOnAGraduatedTermIsEasy() throws IOException {
        new Cli(home).stdin("\n4\n").run("quiz", "--term", "Idempotency", "--mode", "flip");
        new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofDays(30)))
                .stdin("\n4\n").run("quiz", "--term", "Idempotency", "--mode", "flip");
        Clock later = Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofDays(400));
        TerminalQuiz.Run probe = TerminalQuiz.run(home.resolve("probe"), later, CTRL_C,
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3");
        String key = rightKey(probe.out(), "Idempotency");

        TerminalQuiz.Run run = TerminalQuiz.run(home, later, key + "\r",
                "quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3", "--json");

        assertThat(JSON.readTree(run.out()).get("results").get(0).get("rating").asText()).as(run.toString())
                .isEqualTo("easy");
    }
}
