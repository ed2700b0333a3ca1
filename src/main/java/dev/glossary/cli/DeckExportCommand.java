package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.exchange.AnkiTextExporter;
import dev.glossary.exchange.CsvExporter;
import dev.glossary.exchange.DeckExporter;
import dev.glossary.exchange.HtmlExporter;
import dev.glossary.exchange.MarkdownExporter;
import dev.glossary.store.DeckSource;
import dev.glossary.store.OutputTarget;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary deck export FILE --to anki|csv|markdown|html [--order O] [--quiz] [--questions N] [-o OUT]}. */
public final class DeckExportCommand implements Callable<Integer> {
    enum Format { anki, csv, markdown, html }

    enum Order { level, alphabetical }

    private final Services services;

    private final Session session;
    private final CommandSpec spec;
    private String source;
    private Format to;
    private Path output;
    private boolean force;
    private Order order = Order.level;
    private boolean quiz;
    private Integer questions;
    private long seed = 1;

    public DeckExportCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "export", "Export a deck for Anki (tab-separated with headers), as CSV, as a"
                        + " Markdown glossary, or as one HTML page to print (a handout, with a quiz sheet if asked).")
                .positional(PositionalParamSpec.builder().paramLabel("DECK").arity("0..1")
                        .description("The deck file, or the id of an installed deck, to export (default: the"
                                + " bundled deck)."),
                        String.class, () -> source, v -> source = v)
                .option(OptionSpec.builder("--to").required(true).paramLabel("FORMAT")
                        .description("anki, csv, markdown or html."),
                        Format.class, () -> to, v -> to = v)
                .option(OptionSpec.builder("--order").paramLabel("ORDER")
                        .description("html: group the glossary by level (a page each when printed) or alphabetically"
                                + " (default: level)."),
                        Order.class, () -> order, v -> order = v)
                .flag(OptionSpec.builder("--quiz").description("html: add a quiz sheet, the definitions with the names"
                                + " blanked, and an answer key at the end."),
                        () -> quiz, v -> quiz = v)
                .option(OptionSpec.builder("--questions").paramLabel("N")
                        .description("html: how many terms the quiz sheet asks (default: every term); implies --quiz."),
                        Integer.class, () -> questions, v -> questions = v)
                .option(OptionSpec.builder("--seed").paramLabel("N")
                        .description("html: which terms the quiz sheet picks and in what order; the same seed gives"
                                + " the same sheet (default: 1)."),
                        long.class, () -> seed, v -> seed = v)
                .option(OptionSpec.builder("-o", "--output").paramLabel("OUT")
                        .description("Where to write (default: standard output)."),
                        Path.class, () -> output, v -> output = v)
                .flag(OptionSpec.builder("--force").description("Overwrite the output file if it exists."),
                        () -> force, v -> force = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        quiz |= questions != null;
        if (to != Format.html && (quiz || order != Order.level)) {
            throw new GlossaryException(GlossaryException.USAGE, (questions != null ? "--questions" : quiz ? "--quiz"
                    : "--order") + " makes sense for a page to print only; add --to html");
        }
        if (questions != null && questions < 1) {
            throw new GlossaryException(GlossaryException.USAGE, "--questions takes a number of questions, 1 or more,"
                    + " not " + questions + "; leave it out for every term");
        }
        OutputTarget target = output == null ? null : OutputTarget.of(output, force, "-o");
        // Written out whole, so a large deck's cached copy is made (if at all) before the command ends.
        Deck deck = safe(DeckSource.load(source, services.files(), Runnable::run).deck());
        DeckExporter exporter = switch (to) {
            case anki -> new AnkiTextExporter();
            case csv -> new CsvExporter();
            case markdown -> new MarkdownExporter();
            case html -> html();
        };
        StringWriter text = new StringWriter();
        exporter.write(deck, text);
        if (target == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        target.write(text.toString().getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        if (target.isFile()) {
            spec.commandLine().getOut().printf("wrote %s: %s as %s%s%n", SafeText.line(output.toString()),
                    Plural.of(deck.size(), "term"), to, quiz ? ", with a quiz sheet of " + Plural.of(questions == null
                            ? deck.size() : Math.min(questions, deck.size()), "question") + " and its answer key" : "");
        }
        return 0;
    }

    private DeckExporter html() {
        HtmlExporter html = new HtmlExporter(order == Order.level ? HtmlExporter.Order.LEVEL
                : HtmlExporter.Order.ALPHABETICAL);
        return quiz ? html.withQuiz(questions == null ? 0 : questions, seed) : html;
    }

    /**
     * A shared deck is untrusted, and an export is read by people too ({@code cat course.md}, a spreadsheet's
     * cell): escape sequences and other controls in its text are written as glossary shows them ({@code \e},
     * {@code �}), never raw, to a terminal, a pipe or a file alike. Done per field, not over the whole output,
     * so the format's own line breaks (CSV's CRLF) stay as they are.
     */
    private static Deck safe(Deck deck) {
        DeckMetadata m = deck.metadata();
        DeckMetadata metadata = new DeckMetadata(m.version() == null ? null : SafeText.clean(m.version()),
                m.author() == null ? null : SafeText.clean(m.author()), m.updated(), m.changelog().stream()
                .map(e -> new DeckMetadata.ChangelogEntry(e.version() == null ? null : SafeText.clean(e.version()),
                        e.date(), e.changes().stream().map(SafeText::clean).toList())).toList());
        return Deck.of(deck.id(), SafeText.clean(deck.name()), SafeText.clean(deck.description()), metadata,
                deck.terms().stream().map(t -> t.withText(SafeText::clean)).toList());
    }
}
