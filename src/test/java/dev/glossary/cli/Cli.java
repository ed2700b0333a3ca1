package dev.glossary.cli;

import dev.glossary.term.Screen;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command line in-process, as {@code main} does, with captured output, a learner directory
 * of the test's own and a fixed clock.
 */
public final class Cli {
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Screen screen = Screen.plain(80);
    private String stdin = "";

    public Cli(Path home) {
        this.home = home;
        env.put("GLOSSARY_HOME", home.toString());
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Cli screen(Screen screen) {
        this.screen = screen;
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Path home() {
        return home;
    }

    /**
     * Services as {@code main} would make them, but over this test's home, clock, screen and input; with no
     * REPL to open (a test opens its own on a terminal of its own).
     */
    public Services services() {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        Screen fixedScreen = screen;
        return new Services(env, clock, home.toString(), in, () -> false, () -> fixedScreen, (services, deck) -> {
            throw new IllegalStateException("no REPL in this test");
        });
    }

    /** A session as the REPL's, on this test's screen, without a terminal or answers of its own. */
    public Session replSession() {
        Screen fixedScreen = screen;
        return new Session(true, null, () -> fixedScreen, prompts -> {
            throw new IllegalStateException("no answers in this test");
        }, () -> {
            throw new IllegalStateException("no terminal in this test");
        });
    }

    /** The command line with every command, as help and completion see it, over {@link #services()}. */
    public CommandLine commands(PrintWriter out, PrintWriter err) {
        Services services = services();
        return Commands.create(services, Session.oneShot(services), out, err);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = services();
        Commands.prefetch(services, args);
        int code = Commands.forArgs(services, Session.oneShot(services), new PrintWriter(out, true),
                new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
