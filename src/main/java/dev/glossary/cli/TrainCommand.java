package dev.glossary.cli;

import dev.glossary.deck.Term;
import dev.glossary.repl.Repl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.concurrent.Callable;

/**
 * Hidden: the launcher runs it once per build with {@code -XX:ArchiveClassesAtExit}, so the class-data
 * sharing archive holds the classes the everyday one-shots and the REPL load. Its output
 * is thrown away; it reads the bundled deck and an empty learner directory.
 */
public final class TrainCommand implements Callable<Integer> {
    private final App app;
    private final CommandSpec spec;

    public TrainCommand(App app) {
        this.app = app;
        this.spec = CommandModel.of(this, "cds-training", "Load the classes of common commands (for the CDS archive).")
                .spec();
        spec.usageMessage().hidden(true);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Term first = app.deck().terms().get(0);
        String[][] runs = {
                {"show", first.id()},
                {"search", "jwt"},
                {"search", "idempotncy"},
                {"due", "--count"},
                {"stats"},
                {"browse", "--level", "beginner"},
        };
        for (String[] args : runs) {
            Commands.prefetch(app, args);
            CommandLine cmd = Commands.forArgs(app, sink, sink, args);
            cmd.execute(args);
        }
        // None of those schedules a review, so the scheduler is built here for quiz, review and why.
        app.progress().replayer();
        try (Terminal terminal = new DumbTerminal("training", Terminal.TYPE_DUMB,
                new ByteArrayInputStream("search jwt\nshow 1\nquit\n".getBytes(StandardCharsets.UTF_8)),
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
            new Repl(app, terminal).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
