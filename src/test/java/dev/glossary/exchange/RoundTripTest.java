package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RoundTripTest {
    private final Deck deck = SampleDeck.deck();

    private static String export(DeckExporter exporter, Deck deck) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(deck, out);
        return out.toString();
    }

    @Test
    void aCsvExportReadsBackAsTheSameTerms() throws IOException {
        ImportResult result = CsvImporter.csv().read(new StringReader(export(new CsvExporter(), deck)),
                ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).containsExactlyElementsOf(deck.terms());
    }

    @Test
    void anAnkiExportReadsBackWithTheSameNamesDefinitionsLevelsAliasesTagsAndExamples() throws IOException {
        ImportResult result = new AnkiTextImporter().read(new StringReader(export(new AnkiTextExporter(), deck)),
                ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms())
                .extracting(Term::id, Term::name, Term::level, Term::definition, Term::aliases, Term::tags,
                        Term::example)
                .containsExactlyElementsOf(deck.terms().stream()
                        .map(t -> tuple(t.id(), t.name(), t.level(), t.definition(),
                                t.aliases(), t.tags(), t.example()))
                        .toList());
    }

    @Test
    void importedTermsMakeAValidDeck() throws IOException {
        ImportResult result;
        try (var in = Golden.reader("terms.csv")) {
            result = CsvImporter.csv().read(in, ImportOptions.defaults());
        }

        Deck imported = SampleDeck.validated(result.terms());
        assertThat(imported.size()).isEqualTo(4);
    }
}
