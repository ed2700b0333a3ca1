package dev.glossary.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A one-shot quiz at a real terminal (tmux) whose standard output is redirected to a file, as in
 * {@code glossary quiz --json > results.json}: the learner still answers with keys at the terminal.
 */
class QuizTmuxIT {
    private static final Duration WAIT = TmuxPane.WAIT;

    @TempDir
    Path home;

    private String session;

    @BeforeEach
    void tmux() throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
        session = "glossary-quiz-it-" + ProcessHandle.current().pid();
    }

    @AfterEach
    void stop() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void withStdoutRedirectedTheQuizStillReadsKeysAtTheTerminal() throws Exception {
        Path launcher = Path.of("bin/glossary").toAbsolutePath();
        String command = "env GLOSSARY_HOME=" + home + " TERM=xterm-256color " + launcher
                + " quiz --term Idempotency --mode typed --json > " + home.resolve("out.json")
                + "; echo $? > " + home.resolve("exit-code") + "; sleep 30";
        assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "40", command)).isZero();

        waitFor("Type the term:");
        assertThat(run("tmux", "send-keys", "-t", session, "-l", "idempotency")).isZero();
        assertThat(run("tmux", "send-keys", "-t", session, "Enter")).isZero();
        // Only a terminal gets the chance to override the rating: a pipe would have gone on.
        waitFor("Enter to go on, or 1-4 to rate it yourself");
        assertThat(run("tmux", "send-keys", "-t", session, "4")).isZero();

        Path exitFile = home.resolve("exit-code");
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(exitFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(exitFile).trim()).isEqualTo("0");
        JsonNode doc = new ObjectMapper().readTree(home.resolve("out.json").toFile());
        assertThat(doc.get("results").get(0).get("correct").asBoolean()).isTrue();
        assertThat(doc.get("results").get(0).get("rating").asText()).isEqualTo("easy");
    }

    private void waitFor(String text) throws Exception {
        new TmuxPane(session).waitFor(text);
    }

    private String screen() throws Exception {
        return new TmuxPane(session).screen();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return TmuxPane.run(command);
    }
}
