package dev.glossary.cli;

import dev.glossary.term.Screen;

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

    /** An App as {@code main} would make it, but over this test's home, clock, screen and input. */
    public App app() {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        Screen fixedScreen = screen;
        return new App(env, clock, home.toString(), in, false, () -> fixedScreen);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        App app = app();
        Commands.prefetch(app, args);
        int code = Commands.forArgs(app, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
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
