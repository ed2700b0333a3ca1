package dev.glossary.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp.Capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        return new PipedTerminal(System.in, System.out);
    }

    /**
     * A dumb terminal that knows its four capabilities: JLine would run {@code infocmp dumb}, or parse its
     * bundled copy of that entry with regular expressions, at every start.
     */
    static final class PipedTerminal extends DumbTerminal {
        PipedTerminal(InputStream in, OutputStream out) throws IOException {
            super("glossary", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
        }

        @Override
        protected void parseInfoCmp() {
            bools.add(Capability.auto_right_margin);
            ints.put(Capability.columns, 80);
            // In terminfo's notation, as JLine keeps them: Ctrl-G, Ctrl-M, Ctrl-J.
            strings.put(Capability.bell, "^G");
            strings.put(Capability.carriage_return, "^M");
            strings.put(Capability.cursor_down, "^J");
            strings.put(Capability.scroll_forward, "^J");
        }
    }

    /** Answers from the terminal on standard input; prompts go to stderr when standard output is redirected. */
    static AnswerInput answerInput() {
        return new TerminalAnswerInput(System.console() != null ? get() : promptsOnStderr());
    }

    /**
     * {@code quiz --json > results.json} at a terminal: keys are read from it, and prompts drawn on stderr,
     * which is the terminal still, so that stdout holds only the results.
     */
    private static Terminal promptsOnStderr() {
        try {
            return TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysErr)
                    .nativeSignals(true).providers("jni,exec").dumb(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }
}
