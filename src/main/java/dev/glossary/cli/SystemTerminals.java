package dev.glossary.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The process's own terminal, built only by the commands that need one (building it costs start-up time). */
public final class SystemTerminals {
    private static Terminal terminal;

    private SystemTerminals() {
    }

    public static synchronized Terminal get() {
        if (terminal == null) {
            try {
                terminal = System.console() == null ? piped() : TerminalBuilder.builder().system(true)
                        .nativeSignals(true)
                        // The native provider first: the exec one forks stty, which costs start-up time.
                        .providers("jni,exec").dumb(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the terminal", e);
            }
        }
        return terminal;
    }

    /** A script driving the REPL through a pipe gets a plain terminal on the standard streams, no probing. */
    private static Terminal piped() throws IOException {
        // JLine would run `infocmp dumb` to learn what a dumb terminal can do; its bundled entry says the same.
        InfoCmp.setLoadedInfoCmp(Terminal.TYPE_DUMB, InfoCmp.getDefaultInfoCmp(Terminal.TYPE_DUMB));
        return new DumbTerminal("glossary", Terminal.TYPE_DUMB, System.in, System.out, StandardCharsets.UTF_8);
    }

    static AnswerInput answerInput() {
        return new TerminalAnswerInput(get());
    }
}
