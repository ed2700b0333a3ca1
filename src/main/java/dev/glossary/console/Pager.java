package dev.glossary.console;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

import java.io.ByteArrayInputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Shows long output through JLine's built-in {@code less} (space, b, q, /search) on a terminal, and
 * prints it as it is everywhere else.
 */
public final class Pager {
    private Pager() {
    }

    /** {@code terminal} is asked for only when {@code onTerminal}, that is, when the output is a terminal. */
    public static void show(boolean onTerminal, Supplier<Terminal> terminalSource, PrintWriter out, String text) {
        if (!onTerminal) {
            out.print(text);
            out.flush();
            return;
        }
        Terminal terminal = terminalSource.get();
        long lines = text.lines().count();
        if (terminal.getHeight() <= 0 || lines < terminal.getHeight() - 1) {
            out.print(text);
            out.flush();
            return;
        }
        out.flush();
        // Ctrl-C leaves the pager as q does: JLine's less ends when its thread is interrupted, and the REPL
        // otherwise ignores the signal outside a read.
        Thread paging = Thread.currentThread();
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> paging.interrupt());
        try {
            Less less = new Less(terminal, Path.of(""));
            less.quitIfOneScreen = true;
            less.run(new Source.InputStreamSource(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, "glossary"));
        } catch (IOException e) {
            if (!Thread.interrupted()) {
                out.print(text);
                out.flush();
            }
        } catch (InterruptedException e) {
            // Ctrl-C: the pager is done.
        } catch (IOError e) {
            // Ctrl-C while it waited for a key, which JLine reports so.
            if (!(e.getCause() instanceof InterruptedIOException)) {
                throw e;
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
            Thread.interrupted();
        }
    }
}
