package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
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
    void twinsAreListedByNameAsSameAs() throws IOException {
        Term cron = new Term("cron-job", "Cron Job", Level.INTERMEDIATE, "", "Runs on a timetable.", List.of("cron"),
                List.of(), List.of("scheduled-task"), "", List.of());
        Term task = new Term("scheduled-task", "Scheduled Task", Level.BEGINNER, "", "Work set to run at a time.",
                List.of(), List.of(), List.of("cron-job"), "", List.of());
        StringWriter out = new StringWriter();
        new MarkdownExporter().write(SampleDeck.validated(List.of(cron, task)), out);

        assertThat(out.toString()).contains("### Scheduled Task\n\nWork set to run at a time.\n\n*Same as:* Cron Job\n")
                .contains("*Also called:* cron\n\n*Same as:* Scheduled Task\n");
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
