package dev.glossary.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One-shot quizzes at a real terminal (tmux), through the real launcher, with standard output redirected to a
 * file as in {@code glossary quiz --json > results.json}: the learner still answers with keys at the
 * terminal. The keys are sent the way a quick learner presses them: the answer to one question and the next
 * question's key in one go, before the next question is even on screen.
 *
 * <p>Which key is right comes from the same quiz run with piped answers first: the same seed asks the same
 * questions with the same options, whether the answers come from a pipe or from keys.
 */
class QuizTmuxIT {
    private static final Duration WAIT = TmuxPane.WAIT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUIZ = List.of("quiz", "--term", "Idempotency", "--term", "Webhook", "--mode",
            "choice", "--seed", "7");

    @TempDir
    Path dir;

    private TmuxPane pane;
    private int homes;

    @BeforeEach
    void tmux() throws Exception {
        assumeTrue(TmuxPane.installed(), "tmux is not installed");
        pane = new TmuxPane("loop-quiz-it-" + ProcessHandle.current().pid());
    }

    @AfterEach
    void stop() throws Exception {
        pane.kill();
    }

    private static Path launcher() {
        return Path.of("bin/glossary").toAbsolutePath();
    }

    /** A learner's directory where both terms were met before (so neither is introduced first). */
    private Path metBoth() throws Exception {
        Path home = dir.resolve("home" + homes++);
        Files.createDirectories(home);
        piped(home, "3\n3\n", "quiz", "--term", "Idempotency", "--term", "Webhook", "--mode", "flip");
        return home;
    }

    /** Runs the launcher with piped input; returns what it printed on stderr, where a piped quiz asks. */
    private static String piped(Path home, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GLOSSARY_HOME", home.toString());
        Process p = builder.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        return err;
    }

    /**
     * The keys that answer the quiz's questions right one after another, after {@code before} (one line per
     * key on a pipe), each found from a piped run that stops at that question.
     */
    private List<String> rightKeys(List<String> before, String... names) throws Exception {
        List<String> keys = new ArrayList<>(before);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            String asked = piped(metBoth(), String.join("\n", keys) + (keys.isEmpty() ? "" : "\n"),
                    QUIZ.toArray(String[]::new));
            String last = asked.substring(asked.lastIndexOf("Which term is this?"));
            Matcher m = Pattern.compile("(?m)^  (\\d)\\) " + Pattern.quote(name) + "$").matcher(last);
            assertThat(m.find()).as(asked).isTrue();
            keys.add(m.group(1));
            found.add(m.group(1));
        }
        return found;
    }

    /** Starts the quiz in tmux, its results going to a file, and waits for its first question. */
    private Path startQuiz(Path home) throws Exception {
        Path results = home.resolve("results.json");
        pane.start(100, 40, "env GLOSSARY_HOME=" + home + " TERM=xterm-256color " + launcher() + " "
                + String.join(" ", QUIZ) + " --json > " + results + "; echo $? > " + home.resolve("exit-code")
                + "; sleep 30");
        pane.waitFor("Your answer (1-4");
        return results;
    }

    private static JsonNode finished(Path home, Path results) throws Exception {
        Path exitFile = home.resolve("exit-code");
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(exitFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(exitFile).trim()).isEqualTo("0");
        return JSON.readTree(results.toFile());
    }

    private static JsonNode progress(Path home, String termId) throws IOException {
        return JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend").get(termId);
    }

    @Test
    void aRightAnswerFollowedAtOnceByTheNextKeyAnswersTheNextQuestionAndKeepsTheAppsRating() throws Exception {
        List<String> keys = rightKeys(List.of(), "Idempotency", "Webhook");
        Path home = metBoth();
        Path results = startQuiz(home);

        // Both keys in one go: the second reaches the terminal while the first answer is being saved.
        pane.keys(keys.get(0), keys.get(1));

        JsonNode doc = finished(home, results);
        assertThat(doc.get("results")).extracting(r -> r.get("id").asText()).containsExactly("idempotency", "webhook");
        assertThat(doc.get("results")).allSatisfy(r -> assertThat(r.get("correct").asBoolean()).isTrue());
        assertThat(doc.get("results").get(0).get("rating").asText()).isEqualTo("good");
        JsonNode first = progress(home, "idempotency").get("reviews");
        assertThat(first).hasSize(2);
        assertThat(first.get(1).get("rating").asText()).as("the rating the app gave, not one the next key made")
                .isEqualTo("good");
        assertThat(pane.screen()).doesNotContain("rate it yourself:");
    }

    @Test
    void uTakesTheLastAnswerBackAndAsksItAgain() throws Exception {
        String first = rightKeys(List.of(), "Idempotency").get(0);
        List<String> rest = rightKeys(List.of(first, "u"), "Idempotency", "Webhook");
        Path home = metBoth();
        Path results = startQuiz(home);

        pane.keys(first, "u");
        pane.waitFor("Took back your answer to Idempotency");
        pane.keys(rest.get(0), rest.get(1));

        JsonNode doc = finished(home, results);
        assertThat(doc.get("results")).extracting(r -> r.get("id").asText()).containsExactly("idempotency", "webhook");
        assertThat(progress(home, "idempotency").get("reviews")).hasSize(2);
        assertThat(progress(home, "idempotency").get("undone")).hasSize(1);
    }

    @Test
    void rRatesTheLastAnswerWithoutTouchingTheNextQuestion() throws Exception {
        List<String> keys = rightKeys(List.of(), "Idempotency", "Webhook");
        Path home = metBoth();
        Path results = startQuiz(home);

        pane.keys(keys.get(0), "r", "2", keys.get(1));

        JsonNode doc = finished(home, results);
        assertThat(doc.get("results")).extracting(r -> r.get("rating").asText()).containsExactly("hard", "good");
        assertThat(progress(home, "idempotency").get("reviews").get(1).get("rating").asText()).isEqualTo("hard");
        assertThat(progress(home, "webhook").get("reviews")).hasSize(2);
    }
}
