package dev.glossary.exchange;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownExporterTest {

    @Test
    void writesTheDeckAsSectionsPerLevelWithEachTermUnderItsOwnHeading() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownExporter().write(SampleDeck.deck(), out);

        assertThat(out.toString()).isEqualTo(Golden.text("sample.md"));
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
