package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a deck as a file Anki imports as it is (File → Import): {@code new AnkiTextExporter().write(deck, out)}.
 *
 * <p>The header lines tell Anki the separator (tab), that fields are plain text ({@code #html:false}: Anki
 * escapes {@code <} and {@code &} and turns line breaks into {@code <br>} itself, and the text comes back
 * through {@link AnkiTextImporter} unchanged), the column names and the tags column. Columns: Front (name),
 * Back (definition), Tags, Example, Aliases, Category; Anki's Basic note type takes Front and Back, and a note
 * type with fields of the other names takes those too. Tags are the term's tags (spaces made underscores, as
 * Anki tags cannot hold spaces) plus {@code glossary::<level>}, {@code glossary::id::<id>}, one
 * {@code glossary::related::<id>} per related term and one {@code glossary::same::<id>} per twin, which the
 * importer turns back into the level, the id, the links and the twins: tags survive a trip through Anki whatever the note type, and ids are slugs, which tags can hold.
 */
public final class AnkiTextExporter implements DeckExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setDelimiter('\t')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\n")
            .get();

    @Override
    public void write(Deck deck, Writer out) throws IOException {
        out.write("#separator:tab\n");
        out.write("#html:false\n");
        out.write("#columns:Front\tBack\tTags\tExample\tAliases\tCategory\n");
        out.write("#tags column:3\n");
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Term term : deck.terms()) {
            printer.printRecord(term.name(), term.definition(), tags(term), term.example(),
                    Row.joinList(term.aliases(), "; "), term.category());
        }
        printer.flush();
    }

    private static String tags(Term term) {
        List<String> tags = new ArrayList<>();
        for (String tag : term.tags()) {
            tags.add(tag.strip().replaceAll("\\s+", "_"));
        }
        tags.add(AnkiTextImporter.LEVEL_TAG + term.level().id());
        tags.add(AnkiTextImporter.ID_TAG + term.id());
        for (String related : term.related()) {
            tags.add(AnkiTextImporter.RELATED_TAG + related);
        }
        for (String twin : term.same()) {
            tags.add(AnkiTextImporter.SAME_TAG + twin);
        }
        return String.join(" ", tags);
    }
}
