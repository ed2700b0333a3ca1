package dev.glossary.console;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp.Capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The process's own terminal, built only by the commands that need one (building it costs start-up time). */
public final class SystemTerminals {
    /** The native provider first: the exec one forks stty, which costs start-up time. */
    private static final List<String> PROVIDERS = List.of("jni", "exec");

    private static Terminal terminal;

    private SystemTerminals() {
    }

    public static synchronized Terminal get() {
        if (terminal == null) {
            try {
                terminal = open();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the terminal", e);
            }
        }
        return terminal;
    }

    /**
     * A system terminal whenever standard input is one, so that Ctrl-C, Tab and the width work, also when
     * TERM is dumb (JLine's builder would make that a plain stream terminal that the first Ctrl-C kills)
     * and when standard output is piped (the session then shows on standard error, as JLine's builder does).
     */
    // JLine 3.30 deprecates the provider's sysTerminal ahead of JLine 4; it is the one way to the above.
    @SuppressWarnings("deprecation")
    private static Terminal open() throws IOException {
        if (!inputMayBeTerminal()) {
            return piped();
        }
        String type = TerminalBuilder.builder().computeType();
        for (String name : PROVIDERS) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                SystemStream output = output(provider.isSystemStream(SystemStream.Input),
                        provider.isSystemStream(SystemStream.Output), provider.isSystemStream(SystemStream.Error));
                if (output == null) {
                    return piped();
                }
                Charset encoding = TerminalBuilder.builder().computeEncoding();
                return provider.sysTerminal("glossary", type, false, encoding, encoding, encoding, encoding, true,
                        Terminal.SignalHandler.SIG_DFL, false, output);
            } catch (IOException | RuntimeException | LinkageError e) {
                // This provider cannot run here (no native library for the platform, no stty): try the next.
            }
        }
        return piped();
    }

    /**
     * False when standard input is surely no terminal. Asking JLine's native library costs a script driving
     * the REPL through a pipe most of its start-up; Linux tells what the input is for nothing.
     */
    private static boolean inputMayBeTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            // A pipe or socket reads as "pipe:[…]", a file as its path; terminals live under /dev.
            return Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString().startsWith("/dev/");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /** Where a session on the terminal writes; none (a piped session) unless input comes from a terminal. */
    public static SystemStream output(boolean inputIsTerminal, boolean outputIsTerminal, boolean errorIsTerminal) {
        if (!inputIsTerminal) {
            return null;
        }
        return outputIsTerminal ? SystemStream.Output : errorIsTerminal ? SystemStream.Error : null;
    }

    /** A script driving the REPL through a pipe gets a plain terminal on the standard streams, no probing. */
    private static Terminal piped() throws IOException {
        return new PipedTerminal(System.in, System.out);
    }

    /**
     * A dumb terminal that knows its four capabilities: JLine would run {@code infocmp dumb}, or parse its
     * bundled copy of that entry with regular expressions, at every start.
     */
    public static final class PipedTerminal extends DumbTerminal {
        public PipedTerminal(InputStream in, OutputStream out) throws IOException {
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
    public static AnswerInput answerInput() {
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
