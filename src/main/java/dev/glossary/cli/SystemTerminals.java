package dev.glossary.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The process's own terminal, built only by the commands that need one (building it costs start-up time). */
public final class SystemTerminals {
    private static Terminal terminal;

    private SystemTerminals() {
    }

    public static synchronized Terminal get() {
        if (terminal == null) {
            try {
                terminal = TerminalBuilder.builder().system(true).nativeSignals(true).dumb(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the terminal", e);
            }
        }
        return terminal;
    }

    static AnswerInput answerInput() {
        return new TerminalAnswerInput(get());
    }
}
