package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a deck as RFC 4180 CSV that spreadsheets open and {@link CsvImporter} reads back whole:
 * {@code new CsvExporter().write(deck, out)}. Columns: term, definition, level, aliases, tags, example,
 * category, id, related, same; lists are joined with ";", a ";" or "|" inside an item escaped with a
 * backslash.
 */
public final class CsvExporter implements DeckExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(CsvImporter.COLUMNS.toArray(String[]::new))
            .get();

    @Override
    public void write(Deck deck, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Term term : deck.terms()) {
            printer.printRecord(term.name(), term.definition(), term.level().id(), Row.joinList(term.aliases(), ";"),
                    Row.joinList(term.tags(), ";"), term.example(), term.category(), term.id(),
                    Row.joinList(term.related(), ";"), Row.joinList(term.same(), ";"));
        }
        printer.flush();
    }
}
