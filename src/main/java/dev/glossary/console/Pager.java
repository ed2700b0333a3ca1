package dev.glossary.console;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
        try {
            Less less = new Less(terminal, Path.of(""));
            less.quitIfOneScreen = true;
            less.run(new Source.InputStreamSource(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, "glossary"));
        } catch (IOException e) {
            out.print(text);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
