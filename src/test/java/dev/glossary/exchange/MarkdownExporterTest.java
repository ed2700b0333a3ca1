package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownExporterTest {

    @Test
    void writesTheDeckAsSectionsPerLevelWithEachTermUnderItsOwnHeading() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownExporter().write(SampleDeck.deck(), out);

        assertThat(out.toString()).isEqualTo(Golden.text("sample.md"));
    }

    @Test
    void theDecksVersionAuthorAndDateFollowTheTitleWhenItHasThem() throws IOException {
        Deck deck = Deck.of("bio", "Biology", "", new DeckMetadata("1.3", "Ana *Silva*", LocalDate.of(2026, 3, 2),
                List.of()), SampleDeck.deck().terms());
        StringWriter out = new StringWriter();
        new MarkdownExporter().write(deck, out);

        assertThat(out.toString()).startsWith("# Biology\n\n*Version 1.3 · by Ana \\*Silva\\* · updated 2026-03-02*\n\n## ");
    }

    @Test
    void textThatWouldBeMarkdownAtTheStartOfALineIsEscaped() {
        assertThat(MarkdownExporter.paragraphs("# not a heading\n> not a quote\n- not a list\n+ nor this\n"
                + "2) nor this\n10. nor this\n=== not an underline\n| not a table"))
                .isEqualTo("\\# not a heading\\\n\\> not a quote\\\n\\- not a list\\\n\\+ nor this\\\n"
                        + "2\\) nor this\\\n10\\. nor this\\\n\\=== not an underline\\\n\\| not a table");
    }

    @Test
    void inlineMarkupAndEntitiesStayLiteral() {
        assertThat(MarkdownExporter.paragraphs("a *b* _c_ `d` [e](f) <g> ~h~ &amp; & \\"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g> \\~h\\~ \\&amp; & \\\\");
    }
}
