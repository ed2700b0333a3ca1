package dev.glossary;

import dev.glossary.cli.Services;
import dev.glossary.console.StandardOutput;
import dev.glossary.console.SystemClock;
import dev.glossary.console.SystemTerminals;
import dev.glossary.deck.Deck;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.Review;
import dev.glossary.repl.Repl;
import dev.glossary.srs.Rating;
import dev.glossary.store.JsonConfigStore;
import org.jline.terminal.Terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the everyday commands and two REPL sessions once, so that the launcher can record the classes they load
 * in a class-data sharing archive:
 * {@code java -XX:ArchiveClassesAtExit=glossary.jsa -cp JARS dev.glossary.CdsTraining}.
 * It works on the bundled deck in a learner directory of its own, made here and deleted after, and prints
 * nothing: a learner's own files are never read or written.
 */
public final class CdsTraining {
    private static final String[][] ONE_SHOTS = {
            {"show", "jwt"},
            {"search", "jwt"},
            {"search", "idempotncy"},
            {"due", "--count"},
            {"stats"},
            {"browse", "--level", "beginner"},
    };

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("glossary-training-");
        try {
            train(home);
        } finally {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void train(Path home) throws IOException {
        Clock clock = SystemClock.create();
        // The real environment, as Main reads it, but never the learner's own directory.
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GLOSSARY_HOME", home.toString());
        Services services = Main.services(env, home.toString(), InputStream.nullInputStream());
        for (String[] args : ONE_SHOTS) {
            Main.run(services, args, new StandardOutput(OutputStream.nullOutputStream()), OutputStream.nullOutputStream());
        }
        // A learner with a history has progress.json and its binary copy read at every start, and one who
        // changed a setting config.json: both are written and read back here.
        Deck bundled = services.deckFor(null);
        services.progress().record(bundled.id(), bundled.terms().get(0).id(),
                new Review(clock.instant(), Rating.GOOD, "flip", 1000, false));
        services.progress().load();
        services.config(LearnerConfig.defaults());
        JsonConfigStore config = services.configStore();
        config.load();
        // Once more without the binary copy, the way a file edited by hand is read.
        Files.deleteIfExists(services.files().configCache());
        config.load();
        // The terminal a piped REPL gets, and the class that picks it (which the REPL loads in any case). Two
        // sessions, as the second reads the history the first saved.
        SystemTerminals.output(true, true, true);
        for (int session = 0; session < 2; session++) {
            try (Terminal terminal = new SystemTerminals.PipedTerminal(
                    new ByteArrayInputStream("search jwt\nshow 1\nquit\n".getBytes(StandardCharsets.UTF_8)),
                    OutputStream.nullOutputStream())) {
                new Repl(services, terminal, null).run();
            }
        }
    }
}
