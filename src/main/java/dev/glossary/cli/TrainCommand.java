package dev.glossary.cli;

import dev.glossary.deck.Term;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.Review;
import dev.glossary.repl.Repl;
import dev.glossary.srs.Rating;
import dev.glossary.store.JsonConfigStore;
import dev.glossary.store.JsonProgressStore;
import dev.glossary.store.LearnerFiles;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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
        trainProgress(first);
        // The terminal a piped REPL gets, and the class that picks it (which the REPL loads in any case). Two
        // sessions, as the second reads the history the first saved.
        SystemTerminals.output(true, true, true);
        for (int session = 0; session < 2; session++) {
            try (Terminal terminal = new SystemTerminals.PipedTerminal(
                    new ByteArrayInputStream("search jwt\nshow 1\nquit\n".getBytes(StandardCharsets.UTF_8)),
                    OutputStream.nullOutputStream())) {
                new Repl(app, terminal).run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }

    /**
     * A learner with a history has progress.json and its binary copy read at every start, and one who changed
     * a setting config.json: both written and read back in a scratch directory load those classes without
     * touching this learner's own files.
     */
    private void trainProgress(Term term) {
        try {
            Path scratch = Files.createTempDirectory("glossary-training-");
            try {
                LearnerFiles files = new LearnerFiles(scratch);
                JsonProgressStore store = app.progress();
                new JsonProgressStore(files, store::replayer, app.clock()).record(app.deck().id(), term.id(),
                        new Review(app.clock().instant(), Rating.GOOD, "flip", 1000, false));
                new JsonProgressStore(files, store::replayer, app.clock()).load();
                JsonConfigStore config = new JsonConfigStore(files);
                config.save(LearnerConfig.defaults());
                config.load();
                // Once more without the binary copy, the way a file edited by hand is read.
                Files.deleteIfExists(files.configCache());
                config.load();
            } finally {
                try (Stream<Path> all = Files.walk(scratch)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
