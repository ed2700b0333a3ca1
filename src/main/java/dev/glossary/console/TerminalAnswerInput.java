package dev.glossary.console;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers from a JLine terminal: typed answers with line editing (kept out of history, {@code !} and
 * {@code \} read as typed), single keys for choices and ratings. Ctrl-C becomes {@link Interrupted}.
 */
public final class TerminalAnswerInput implements AnswerInput {
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    private final Terminal terminal;
    private final LineReader reader;

    public TerminalAnswerInput(Terminal terminal) {
        this.terminal = terminal;
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.DISABLE_HISTORY, true);
        this.reader = new LeanLineReader(terminal, terminal.getName(), variables);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        DumbLineEditing.install(reader);
    }

    @Override
    public Optional<String> line(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Raw for the whole quiz, not only while a key is read: in the terminal's ordinary mode a key pressed while
     * the quiz saves an answer is echoed in the middle of the next question, then read as its answer.
     */
    @Override
    public Held hold() {
        Attributes saved = enterRawKeys();
        return () -> terminal.setAttributes(saved);
    }

    /** Raw mode without signals; gives back the attributes it replaced. */
    private Attributes enterRawKeys() {
        Attributes saved = terminal.enterRawMode();
        // Raw mode keeps ISIG; without this, Ctrl-C would reach the JVM as a signal instead of as a key.
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        return saved;
    }

    @Override
    public Optional<Character> key(String prompt, String allowed) {
        terminal.writer().print(prompt);
        terminal.flush();
        Attributes saved = enterRawKeys();
        try {
            NonBlockingReader in = terminal.reader();
            while (true) {
                int c = in.read();
                if (c < 0 || c == CTRL_D) {
                    return Optional.empty();
                }
                if (c == CTRL_C) {
                    throw new Interrupted();
                }
                char ch = c == '\r' ? '\n' : Character.toLowerCase((char) c);
                if (allowed.toLowerCase(Locale.ROOT).indexOf(ch) >= 0) {
                    terminal.writer().println(ch == '\n' || ch == ' ' ? "" : String.valueOf(ch));
                    terminal.flush();
                    return Optional.of(ch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            terminal.setAttributes(saved);
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }
}
