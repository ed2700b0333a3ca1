package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary deck list}: the bundled and installed decks, with term counts and the learner's progress. */
public final class DeckListCommand implements Callable<Integer> {
    private static final int ID_WIDTH = 16;
    private static final int NAME_WIDTH = 32;

    private final Services services;

    private final CommandSpec spec;
    private boolean json;

    public DeckListCommand(Services services) {
        this.services = services;
        this.spec = CommandModel.of(this, "list",
                        "List the bundled and installed decks with term counts and your progress.")
                .flag(OptionSpec.builder("--json").description("Print the decks as a JSON array."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** One deck of the list; {@code file} is null for the bundled deck, {@code error} set for an unreadable file. */
    record Listed(String id, String name, int terms, int studied, int due, String file, String error) {
    }

    @Override
    public Integer call() throws IOException {
        Progress progress = services.progress().load();
        Instant now = services.clock().instant();
        List<Listed> decks = new ArrayList<>();
        decks.add(listed(DeckSource.bundled(), null, progress, now));
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(services.files().decks())) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(services.files().decks(), "*.json")) {
                dir.forEach(files::add);
            }
        }
        files.sort(null);
        for (Path file : files) {
            try {
                decks.add(listed(DeckReader.load(file), file.toString(), progress, now));
            } catch (GlossaryException e) {
                decks.add(new Listed(null, null, 0, 0, 0, file.toString(), e.getMessage()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, decks);
            return 0;
        }
        for (Listed deck : decks) {
            out.println(deck.error() != null ? "  (unreadable) " + SafeText.line(deck.error()) : line(deck));
        }
        out.flush();
        return 0;
    }

    private Listed listed(Deck deck, String file, Progress progress, Instant now) {
        ExamSchedule exam = Exams.schedule(services, deck);
        Map<String, TermHistory> histories = progress.deck(deck.id());
        int seen = 0;
        for (var term : deck.terms()) {
            TermHistory h = histories.get(term.id());
            if (h != null && h.studied()) {
                seen++;
            }
        }
        int due = progress.due(deck, EnumSet.allOf(Level.class), now, exam).size();
        return new Listed(deck.id(), deck.name(), deck.size(), seen, due, file, null);
    }

    /** Long ids and names are cut, so the counts stay in their columns. */
    private static String line(Listed deck) {
        return column(deck.id(), ID_WIDTH) + " " + column(deck.name(), NAME_WIDTH) + " "
                + String.format("%5d term%s  %5d studied  %4d due  %s", deck.terms(), deck.terms() == 1 ? " " : "s",
                deck.studied(), deck.due(), deck.file() == null ? "(bundled)" : SafeText.line(deck.file()));
    }

    private static String column(String text, int width) {
        String cut = Wrap.fit(SafeText.line(text), width);
        return cut + " ".repeat(Math.max(0, width - Wrap.cells(cut)));
    }
}
