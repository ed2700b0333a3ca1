package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Stream;

/**
 * Writes a deck as RFC 4180 CSV that spreadsheets open and {@link CsvImporter} reads back whole:
 * {@code new CsvExporter().write(deck, out)}. Columns: term, definition, level, aliases, tags, example,
 * category, id, related, same; lists are joined with ";", a ";" or "|" inside an item escaped with a
 * backslash. A cell a spreadsheet would run as a formula starts with {@code '} (see {@link SpreadsheetCells}).
 */
public final class CsvExporter implements DeckExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(CsvImporter.COLUMNS.toArray(String[]::new))
            .get();

    @Override
    public void write(Deck deck, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Term term : deck.terms()) {
            printer.printRecord(Stream.of(term.name(), term.definition(), term.level().id(),
                    Row.joinList(term.aliases(), ";"), tags(term), term.example(), term.category(),
                    term.id(), Row.joinList(term.related(), ";"), Row.joinList(term.same(), ";"))
                    .map(SpreadsheetCells::escape));
        }
        printer.flush();
    }

    /**
     * The tags cell. The import splits a cell without ";" at commas and spaces, as spreadsheets list tags, so a
     * lone tag holding one of those ends with ";" to be read back as one tag.
     */
    private static String tags(Term term) {
        String cell = Row.joinList(term.tags(), ";");
        return term.tags().size() == 1 && (cell.contains(" ") || cell.contains(",")) ? cell + ";" : cell;
    }
}
