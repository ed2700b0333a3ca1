package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.exchange.AnkiTextExporter;
import dev.glossary.exchange.CsvExporter;
import dev.glossary.exchange.DeckExporter;
import dev.glossary.exchange.MarkdownExporter;
import dev.glossary.store.AtomicFiles;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary deck export FILE --to anki|csv|markdown [--output OUT]}. */
@Command(name = "export", description = "Export a deck for Anki (tab-separated with headers), as CSV, or as a"
        + " printable Markdown glossary.")
public final class DeckExportCommand implements Callable<Integer> {
    enum Format { anki, csv, markdown }

    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The deck file to export (default: the bundled deck).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "anki, csv or markdown.")
    Format to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    public DeckExportCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() throws IOException {
        Deck deck = file == null ? DeckSource.bundled() : DeckReader.load(file);
        DeckExporter exporter = switch (to) {
            case anki -> new AnkiTextExporter();
            case csv -> new CsvExporter();
            case markdown -> new MarkdownExporter();
        };
        StringWriter text = new StringWriter();
        exporter.write(deck, text);
        if (output == null) {
            // Bytes for a pipe or a file; a terminal gets the deck's text with its escapes neutralised.
            spec.commandLine().getOut().print(app.screen().terminal() ? SafeText.clean(text.toString()) : text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        OutputFile.refuseToOverwrite(output, force);
        AtomicFiles.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().printf("wrote %s: %d terms as %s%n", output, deck.size(), to);
        return 0;
    }
}
