package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.store.DeckOrigins;
import dev.glossary.store.DeckOrigins.DeckOrigin;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck list}: the bundled and installed decks, with term counts, the learner's progress and
 * where each came from. Ids are never cut, as they are what {@code --deck} takes: on a narrow screen the name
 * and the source give way instead.
 */
public final class DeckListCommand implements Callable<Integer> {
    private static final String COUNTS_HEADING = "TERMS  STUDIED   DUE";
    private static final int MIN_NAME = 12;
    private static final int MIN_SOURCE = 8;

    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private boolean json;

    public DeckListCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "list",
                        "List the bundled and installed decks with term counts, your progress and where each came from.")
                .flag(OptionSpec.builder("--json").description("Print the decks as a JSON array."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /**
     * One deck of the list; {@code file} and {@code source} are null for the bundled deck, {@code source} also for a
     * deck copied in by hand; {@code error} is set for an unreadable file.
     */
    record Listed(String id, String name, String version, String author, int terms, int studied, int due, String file,
                  String source, String error) {
        /** The name as the list shows it: with version and author when the deck has them. */
        String title() {
            String byline = version == null && author == null ? ""
                    : " (" + (version == null ? "" : version) + (version != null && author != null ? ", " : "")
                    + (author == null ? "" : author) + ")";
            return name + byline;
        }
    }

    @Override
    public Integer call() {
        Progress progress = services.progress().load();
        Instant now = services.clock().instant();
        List<Listed> decks = new ArrayList<>();
        decks.add(listed(DeckSource.bundled(), null, null, progress, now));
        for (Path file : DeckSource.installed(services.files())) {
            try {
                Deck deck = DeckReader.load(file);
                String source = DeckOrigins.read(services.files(), deck.id()).map(DeckOrigin::source).orElse(null);
                decks.add(listed(deck, file.toString(), source, progress, now));
            } catch (GlossaryException e) {
                decks.add(new Listed(null, null, null, null, 0, 0, 0, file.toString(), null, e.getMessage()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, decks);
            return 0;
        }
        table(decks, session.screen().width()).forEach(out::println);
        out.flush();
        return 0;
    }

    private Listed listed(Deck deck, String file, String source, Progress progress, Instant now) {
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
        return new Listed(deck.id(), deck.name(), deck.metadata().version(), deck.metadata().author(), deck.size(), seen,
                due, file, source, null);
    }

    /**
     * The rows under a heading: ID in full, NAME, the counts, SOURCE. What the width leaves after the id and
     * counts goes to the name and the source; when that is not enough for both, the name keeps at least
     * {@value #MIN_NAME} cells and the source what is left, or goes when that is under {@value #MIN_SOURCE}.
     */
    static List<String> table(List<Listed> decks, int width) {
        int idWidth = "ID".length();
        int nameWidth = "NAME".length();
        int sourceWidth = "SOURCE".length();
        for (Listed deck : decks) {
            if (deck.error() == null) {
                idWidth = Math.max(idWidth, Wrap.cells(SafeText.line(deck.id())));
                nameWidth = Math.max(nameWidth, Wrap.cells(SafeText.line(deck.title())));
                sourceWidth = Math.max(sourceWidth, Wrap.cells(source(deck)));
            }
        }
        int left = width - idWidth - 2 - COUNTS_HEADING.length() - 2;
        int longestName = nameWidth;
        if (left < nameWidth + 2 + sourceWidth) {
            int name = Math.min(nameWidth, Math.max(MIN_NAME, (left - 2) * 3 / 5));
            sourceWidth = Math.max(0, left - 2 - name);
            nameWidth = name;
            if (sourceWidth < MIN_SOURCE) {
                sourceWidth = 0;
                nameWidth = Math.min(longestName, Math.max(MIN_NAME, left));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(row("ID", idWidth, "NAME", nameWidth, COUNTS_HEADING, "SOURCE", sourceWidth));
        for (Listed deck : decks) {
            if (deck.error() != null) {
                lines.add("(unreadable) " + SafeText.line(deck.error()));
                continue;
            }
            String counts = String.format("%5d  %7d  %4d", deck.terms(), deck.studied(), deck.due());
            lines.add(row(SafeText.line(deck.id()), idWidth, SafeText.line(deck.title()), nameWidth, counts,
                    source(deck), sourceWidth));
        }
        return lines;
    }

    private static String row(String id, int idWidth, String name, int nameWidth, String counts, String source,
                              int sourceWidth) {
        String line = pad(id, idWidth) + "  " + pad(Wrap.fit(name, nameWidth), nameWidth) + "  " + counts;
        return sourceWidth == 0 ? line : line + "  " + Wrap.fit(source, sourceWidth);
    }

    /** Where the deck came from: bundled, the link or file it was installed from, or its file when that is unknown. */
    private static String source(Listed deck) {
        if (deck.file() == null) {
            return "bundled";
        }
        return SafeText.line(deck.source() != null ? deck.source() : deck.file());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - Wrap.cells(text)));
    }
}
