package dev.glossary.cli;

import dev.glossary.console.TerminalAnswerInput;
import dev.glossary.term.Screen;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A one-shot quiz as it runs with standard input on a terminal: answers are keys read from a JLine dumb
 * terminal over the given bytes (Ctrl-C is byte 3), and what the terminal showed is kept.
 */
final class TerminalQuiz {
    private TerminalQuiz() {
    }

    /** What one run printed on stdout and stderr, what the terminal showed, and its exit code. */
    record Run(int exitCode, String out, String err, String screen) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err + "--- screen\n" + screen;
        }
    }

    static Run run(Path home, String keys, String... args) {
        return run(home, Clock.fixed(Cli.NOW, ZoneOffset.UTC), keys, args);
    }

    static Run run(Path home, Clock clock, String keys, String... args) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            Services services = new Services(Map.of("GLOSSARY_HOME", home.toString()), clock, home.toString(),
                    new ByteArrayInputStream(new byte[0]), () -> true, () -> new Screen(80, false, true),
                    (none, deck) -> 0);
            Session session = new Session(false, null, services::screen, prompts -> new TerminalAnswerInput(terminal),
                    () -> terminal);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Commands.forArgs(services, session, new PrintWriter(out, true), new PrintWriter(err, true), args)
                    .execute(args);
            terminal.flush();
            return new Run(code, out.toString(), err.toString(), screen.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
