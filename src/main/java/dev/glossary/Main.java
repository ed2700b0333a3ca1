package dev.glossary;

import dev.glossary.cli.App;
import dev.glossary.cli.Commands;
import dev.glossary.cli.StandardInput;
import dev.glossary.cli.SystemClock;
import dev.glossary.term.Screen;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Wires the real world (environment, clock, streams) to the commands; the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        App app = new App(System.getenv(), SystemClock.create(), System.getProperty("user.home"), System.in,
                StandardInput::isTerminal, () -> Screen.detect(System.getenv()));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Commands.prefetch(app, args);
        int code = Commands.forArgs(app, out, err, args).execute(args);
        out.flush();
        err.flush();
        app.awaitBackgroundWork();
        System.exit(code);
    }
}
