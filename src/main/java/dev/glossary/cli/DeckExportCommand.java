package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.exchange.AnkiTextExporter;
import dev.glossary.exchange.CsvExporter;
import dev.glossary.exchange.DeckExporter;
import dev.glossary.exchange.MarkdownExporter;
import dev.glossary.store.AtomicFiles;
import dev.glossary.store.DeckSource;
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

/** {@code glossary deck export FILE --to anki|csv|markdown [--output OUT]}. */
public final class DeckExportCommand implements Callable<Integer> {
    enum Format { anki, csv, markdown }

    private final Services services;

    private final Session session;
    private final CommandSpec spec;
    private String source;
    private Format to;
    private Path output;
    private boolean force;

    public DeckExportCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "export", "Export a deck for Anki (tab-separated with headers), as CSV, or"
                        + " as a printable Markdown glossary.")
                .positional(PositionalParamSpec.builder().paramLabel("DECK").arity("0..1")
                        .description("The deck file, or the id of an installed deck, to export (default: the"
                                + " bundled deck)."),
                        String.class, () -> source, v -> source = v)
                .option(OptionSpec.builder("--to").required(true).paramLabel("FORMAT")
                        .description("anki, csv or markdown."),
                        Format.class, () -> to, v -> to = v)
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
        // Written out whole, so a large deck's cached copy is made (if at all) before the command ends.
        Deck deck = DeckSource.load(source, services.files(), Runnable::run).deck();
        DeckExporter exporter = switch (to) {
            case anki -> new AnkiTextExporter();
            case csv -> new CsvExporter();
            case markdown -> new MarkdownExporter();
        };
        StringWriter text = new StringWriter();
        exporter.write(deck, text);
        if (output == null) {
            // Bytes for a pipe or a file; a terminal gets the deck's text with its escapes neutralised.
            spec.commandLine().getOut().print(session.screen().terminal() ? SafeText.clean(text.toString()) : text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        OutputFile.refuseToOverwrite(output, force);
        AtomicFiles.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().printf("wrote %s: %s as %s%n", output, Plural.of(deck.size(), "term"), to);
        return 0;
    }
}
