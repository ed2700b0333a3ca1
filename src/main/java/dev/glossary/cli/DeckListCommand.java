package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary deck list}: the bundled and installed decks, with term counts and the learner's progress. */
public final class DeckListCommand implements Callable<Integer> {
    private final App app;
    private final CommandSpec spec;

    public DeckListCommand(App app) {
        this.app = app;
        this.spec = CommandModel.of(this, "list",
                "List the bundled and installed decks with term counts and your progress.").spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = app.progress().load();
        Instant now = app.clock().instant();
        out.println(line(DeckSource.bundled(), "(bundled)", progress, now));
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(app.files().decks())) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(app.files().decks(), "*.json")) {
                dir.forEach(files::add);
            }
        }
        files.sort(null);
        for (Path file : files) {
            try {
                out.println(line(DeckReader.load(file), file.toString(), progress, now));
            } catch (GlossaryException e) {
                out.println("  (unreadable) " + SafeText.line(e.getMessage()));
            }
        }
        out.flush();
        return 0;
    }

    private static String line(Deck deck, String where, Progress progress, Instant now) {
        Map<String, TermHistory> histories = progress.deck(deck.id());
        int seen = 0;
        int due = 0;
        for (var term : deck.terms()) {
            TermHistory h = histories.get(term.id());
            if (h != null && h.studied()) {
                seen++;
                if (h.isDue(now)) {
                    due++;
                }
            }
        }
        return String.format("%-16s %-32s %5d terms  %5d studied  %4d due  %s", SafeText.line(deck.id()),
                SafeText.line(deck.name()), deck.size(), seen, due, SafeText.line(where));
    }
}
