package dev.glossary.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the real launcher, {@code bin/glossary}, in a tmux session as a person would: typing, Tab,
 * Ctrl-C, reading the screen. Runs after {@code package}, so the launcher finds its jar built.
 */
class ReplTmuxIT {
    private static final Duration WAIT = TmuxPane.WAIT;

    @TempDir
    Path home;

    private String session;

    @BeforeEach
    void checkTmux() throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
    }

    /**
     * Runs {@code bin/glossary} in a new tmux window, with the environment and shell around it given (e.g.
     * "TERM=dumb", "| cat"); its exit code lands in a file for {@link #exitCode}.
     */
    private void start(String environment, String around) throws Exception {
        session = "glossary-it-" + ProcessHandle.current().pid();
        Path launcher = Path.of("bin/glossary").toAbsolutePath();
        Path script = home.resolve("run.sh");
        Files.writeString(script, "env GLOSSARY_HOME=" + home + " " + environment + " " + launcher + " " + around
                + "\necho ${PIPESTATUS[0]} > " + home.resolve("exit-code") + "\nsleep 30\n");
        assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "110", "-y", "45", "bash " + script)).isZero();
    }

    private void start() throws Exception {
        start("TERM=xterm-256color", "");
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void aPersonCanSearchCompleteQuizInterruptAndQuit() throws Exception {
        start();
        waitForPrompt();
        assertThat(screen()).contains("'help' for commands").contains("backend · 0 due > ");

        type("search jwt");
        keys("Enter");
        waitFor("1. JWT (JSON Web Token)");

        type("sho");
        keys("Tab");
        waitFor("> show ");
        type("Circuit Br");
        keys("Tab");
        waitFor("show Circuit Breaker Pattern");
        keys("Enter");
        waitFor("Circuit Breaker Pattern  advanced");

        type("quiz --mode choice --term 200 --seed 4");
        keys("Enter");
        // A new term is shown before it is asked.
        waitFor("New term · beginner");
        keys("Enter");
        waitFor("Your answer (1-4");
        // The right answer, wherever the shuffle put it: a wrong one would bring the card back.
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("(?m)^\\s+(\\d)\\) 200\\s*$").matcher(screen());
        assertThat(option.find()).as(screen()).isTrue();
        type(option.group(1));
        waitFor("Score:");
        waitForPrompt();

        type("show idempot");
        waitFor("> show idempot");
        keys("C-c");
        waitForPrompt();
        type("stats");
        keys("Enter");
        waitFor("Total reviews: 1");
        assertThat(screen()).doesNotContain("show idempotstats");

        type("quit");
        keys("Enter");
        assertThat(exitCode()).isEqualTo("0");
        assertThat(home.resolve("history")).exists();
        assertThat(home.resolve("progress.json")).exists();
    }

    @Test
    void outputFollowsAResizeAtOnceAlsoInTheMiddleOfAQuestion() throws Exception {
        start();
        waitForPrompt();
        resize(60);
        type("show idempotency");
        keys("Enter");
        waitFor("Tags: api");
        assertThat(block("Idempotency  intermediate", "Tags:")).hasSizeGreaterThan(4)
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(60));

        type("quiz --mode flip --term idempotency");
        keys("Enter");
        waitFor("Space or Enter to go on");
        keys("Enter");
        waitFor("Enter to reveal");
        resize(50);
        keys("Enter");
        waitFor("Space/Enter good");
        assertThat(block("Enter to reveal", "Space/Enter good")).hasSizeGreaterThan(5)
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(50));
        type("3");
        waitForPrompt();
    }

    @Test
    void onADumbTerminalCtrlCAbandonsTheLineTabCompletesAndTheWidthIsTheTerminals() throws Exception {
        start("TERM=dumb", "");
        waitForPrompt();
        type("sho");
        keys("Tab");
        waitFor("> show ");
        type("idem");
        keys("C-c");
        waitForPrompt();
        type("show idempotency");
        keys("Enter");
        waitFor("Tags: api");
        assertThat(block("Idempotency  intermediate", "Tags:")).anySatisfy(line -> assertThat(line.length())
                .as("wrapped to the terminal's 110 columns, not 80").isGreaterThan(80));
        assertThat(screen()).doesNotContain("show idemshow");
        type("quit");
        keys("Enter");
        assertThat(exitCode()).isEqualTo("0");
    }

    @Test
    void withOutputPipedCtrlCAbandonsTheLineAndTabCompletes() throws Exception {
        start("TERM=xterm-256color", "| cat");
        waitForPrompt();
        type("sho");
        keys("Tab");
        waitFor("> show ");
        type("idem");
        keys("C-c");
        waitForPrompt();
        type("show jwt");
        keys("Enter");
        waitFor("JWT (JSON Web Token)  intermediate");
        type("quit");
        keys("Enter");
        assertThat(exitCode()).isEqualTo("0");
    }

    private String exitCode() throws Exception {
        Path exitFile = home.resolve("exit-code");
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(exitFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return Files.readString(exitFile).trim();
    }

    private void resize(int columns) throws Exception {
        assertThat(run("tmux", "resize-window", "-t", session, "-x", String.valueOf(columns))).isZero();
    }

    /** The lines on screen from the last one containing {@code from} up to the next containing {@code to}. */
    private List<String> block(String from, String to) throws Exception {
        List<String> lines = screen().lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(from)) {
                start = i;
            }
        }
        assertThat(start).as("\"" + from + "\" on screen").isNotNegative();
        List<String> block = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).contains(to); i++) {
            block.add(lines.get(i).stripTrailing());
        }
        return block;
    }

    private void type(String text) throws Exception {
        new TmuxPane(session).type(text);
    }

    private void keys(String... keys) throws Exception {
        new TmuxPane(session).keys(keys);
    }

    private void waitFor(String... anyOf) throws Exception {
        new TmuxPane(session).waitFor(anyOf);
    }

    /** Waits until the last line on screen is a fresh prompt. */
    private void waitForPrompt() throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = screen();
            List<String> lines = last.lines().filter(l -> !l.isBlank()).toList();
            if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().endsWith("due >")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for a prompt; the screen was:\n" + last);
    }

    private String screen() throws Exception {
        return new TmuxPane(session).screen();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return TmuxPane.run(command);
    }
}
