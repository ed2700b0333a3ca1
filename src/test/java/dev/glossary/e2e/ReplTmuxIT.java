package dev.glossary.e2e;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the real launcher, {@code bin/glossary}, in a tmux session as a person would: typing, Tab,
 * Ctrl-C, reading the screen. Runs after {@code package}, so the launcher finds its jar built.
 */
class ReplTmuxIT {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path home;

    private String session;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
        session = "glossary-it-" + ProcessHandle.current().pid();
        Path launcher = Path.of("bin/glossary").toAbsolutePath();
        Path exitFile = home.resolve("exit-code");
        String command = "env GLOSSARY_HOME=" + home + " TERM=xterm-256color " + launcher + "; echo $? > " + exitFile
                + "; sleep 30";
        assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "110", "-y", "45", command)).isZero();
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void aPersonCanSearchCompleteQuizInterruptAndQuit() throws Exception {
        waitForPrompt();
        assertThat(screen()).contains("Type 'help' for commands").contains("backend · 0 due > ");

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

        type("quiz --mode choice --count 1 --seed 4");
        keys("Enter");
        waitFor("Your answer (1-4)");
        // With this seed the answer, 200, is the third option.
        type("3");
        waitFor("Enter to go on");
        keys("Enter");
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
        Path exitFile = home.resolve("exit-code");
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(exitFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(exitFile).trim()).isEqualTo("0");
        assertThat(home.resolve("history")).exists();
        assertThat(home.resolve("progress.json")).exists();
    }

    private void type(String text) throws Exception {
        assertThat(run("tmux", "send-keys", "-t", session, "-l", text)).isZero();
    }

    private void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        assertThat(run(cmd.toArray(String[]::new))).isZero();
    }

    private void waitFor(String... anyOf) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = screen();
            for (String s : anyOf) {
                if (last.contains(s)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + List.of(anyOf) + "; the screen was:\n" + last);
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
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session)
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }
}
