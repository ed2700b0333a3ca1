package dev.glossary.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tmux session for an end-to-end test, driven as a person would: {@code type} and {@code keys} to
 * press keys, {@code waitFor} to wait for text on screen, {@code screen} to read it all.
 */
final class TmuxPane {
    static final Duration WAIT = Duration.ofSeconds(40);

    private final String session;

    TmuxPane(String session) {
        this.session = session;
    }

    static boolean installed() throws IOException, InterruptedException {
        return run("tmux", "-V") == 0;
    }

    String session() {
        return session;
    }

    void start(int columns, int rows, String command) throws Exception {
        assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", String.valueOf(columns),
                "-y", String.valueOf(rows), command)).isZero();
    }

    void kill() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    void type(String text) throws Exception {
        assertThat(run("tmux", "send-keys", "-t", session, "-l", text)).isZero();
    }

    void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        assertThat(run(cmd.toArray(String[]::new))).isZero();
    }

    void waitFor(String... anyOf) throws Exception {
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

    /** The pane's text and 200 lines of history, wrapped lines joined. */
    String screen() throws Exception {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session)
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }
}
