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
 * through {@link AnkiTextImporter} unchanged), the deck the notes go to (the deck's name, when the learner has a
 * deck of that name) and their note type (Basic), the column names, and which columns hold the guid and the tags.
 * Columns: GUID, Front (name), Back (definition), Tags, Example, Aliases, Category; Anki's Basic note type takes
 * Front and Back, and a note type with fields of the other names takes those too. The guid is
 * {@code glossary:<deck id>:<term id>}: Anki recognises a note by its guid, so a learner who imports an updated
 * deck gets the notes updated rather than duplicated, even for renamed terms, and two decks that share a term id
 * stay apart. Tags are the term's tags (spaces made underscores, as
 * Anki tags cannot hold spaces) plus {@code glossary::<level>}, {@code glossary::id::<id>}, one
 * {@code glossary::related::<id>} per related term and one {@code glossary::same::<id>} per twin, which the
 * importer turns back into the level, the id, the links and the twins: tags survive a trip through Anki
 * whatever the note type, and ids are slugs, which tags can hold.
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
        out.write("#deck:" + headerValue(deck.name()) + "\n");
        out.write("#notetype:Basic\n");
        out.write("#columns:GUID\tFront\tBack\tTags\tExample\tAliases\tCategory\n");
        out.write("#guid column:1\n");
        out.write("#tags column:4\n");
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Term term : deck.terms()) {
            printer.printRecord(guid(deck, term), term.name(), term.definition(), tags(term), term.example(),
                    Row.joinList(term.aliases(), "; "), term.category());
        }
        printer.flush();
    }

    /** The note's guid: the same for the same term of the same deck in every export. */
    static String guid(Deck deck, Term term) {
        return "glossary:" + deck.id() + ":" + term.id();
    }

    /** A header value ends at the line; {@code ::} stays, as Anki reads it as a subdeck, which a deck named so means. */
    private static String headerValue(String text) {
        return text.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static String tags(Term term) {
        List<String> tags = new ArrayList<>();
        for (String tag : term.tags()) {
            tags.add(tag.strip().replaceAll("\\s+", "_"));
        }
        tags.add(GlossaryTags.LEVEL_TAG + term.level().id());
        tags.add(GlossaryTags.ID_TAG + term.id());
        for (String related : term.related()) {
            tags.add(GlossaryTags.RELATED_TAG + related);
        }
        for (String twin : term.same()) {
            tags.add(GlossaryTags.SAME_TAG + twin);
        }
        return String.join(" ", tags);
    }
}
