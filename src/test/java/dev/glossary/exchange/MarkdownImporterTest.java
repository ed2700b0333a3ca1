package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static dev.glossary.exchange.Golden.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MarkdownImporterTest {
    private final MarkdownImporter importer = new MarkdownImporter();

    private ImportResult exportedAndReadBack(Deck deck) throws IOException {
        StringWriter md = new StringWriter();
        new MarkdownExporter().write(deck, md);
        return parse(importer, md.toString());
    }

    @Test
    void theAppsOwnMarkdownExportComesBackWhole() throws IOException {
        Deck deck = SampleDeck.deck();

        ImportResult result = exportedAndReadBack(deck);

        assertThat(result.problems()).isEmpty();
        assertThat(result.deckName()).isEqualTo("Sample *deck*");
        assertThat(result.terms()).hasSize(deck.size());
        for (Term original : deck.terms()) {
            Term back = result.terms().stream().filter(t -> t.name().equals(original.name())).findFirst().orElseThrow();
            assertThat(back.id()).isEqualTo(original.id());
            assertThat(back.level()).isEqualTo(original.level());
            assertThat(back.definition()).isEqualTo(original.definition());
            assertThat(back.example()).isEqualTo(original.example().lines().map(String::strip)
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
            assertThat(back.aliases()).isEqualTo(original.aliases());
            assertThat(back.category()).isEqualTo(original.category());
            assertThat(back.related()).isEqualTo(original.related());
        }
    }

    @Test
    void twinsComeBackFromTheSameAsLineAndStayOutOfTheDefinition() throws IOException {
        Deck deck = DeckSource.bundled();

        ImportResult result = exportedAndReadBack(deck);

        assertThat(result.problems()).isEmpty();
        List<Term> twins = deck.terms().stream().filter(t -> !t.same().isEmpty()).toList();
        assertThat(twins).isNotEmpty();
        Deck imported = SampleDeck.validated(result.terms());
        for (Term original : twins) {
            Term back = imported.terms().stream().filter(t -> t.name().equals(original.name())).findFirst().orElseThrow();
            assertThat(back.definition()).isEqualTo(original.definition());
            assertThat(imported.same(back)).extracting(Term::name)
                    .isEqualTo(deck.same(original).stream().map(Term::name).toList());
        }
    }

    @Test
    void definitionListsGiveATermPerTermLine() throws IOException {
        ImportResult result = parse(importer, "# Cells\n\nMitochondrion\n: Makes ATP.\n\nRibosome\n"
                + ": Builds proteins\n  from RNA.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition).containsExactly(
                tuple("Mitochondrion", "Makes ATP."), tuple("Ribosome", "Builds proteins\nfrom RNA."));
        assertThat(result.deckName()).isEqualTo("Cells");
    }

    @Test
    void boldTermsInBulletsOrParagraphsWithAColonOrADash() throws IOException {
        ImportResult result = parse(importer, "## Organelles\n\n"
                + "- **Mitochondrion**: makes *ATP*.\n"
                + "* **Ribosome** — builds proteins.\n"
                + "- **Golgi apparatus** - packs proteins.\n"
                + "**Nucleus:** holds the `DNA`.\n"
                + "1. **Lysosome** – breaks down waste.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition, Term::category).containsExactly(
                tuple("Mitochondrion", "makes ATP.", "Organelles"),
                tuple("Ribosome", "builds proteins.", "Organelles"),
                tuple("Golgi apparatus", "packs proteins.", "Organelles"),
                tuple("Nucleus", "holds the DNA.", "Organelles"),
                tuple("Lysosome", "breaks down waste.", "Organelles"));
    }

    @Test
    void aPipeTableGivesTermAndDefinitionByItsHeaderOrItsFirstTwoColumns() throws IOException {
        ImportResult named = parse(importer, "| Meaning | Word | Example |\n|---|:---:|---|\n"
                + "| the dog | el perro | El perro ladra. |\n| the cat \\| a pet | el gato | |\n");
        assertThat(named.problems()).isEmpty();
        assertThat(named.terms()).extracting(Term::name, Term::definition, Term::example).containsExactly(
                tuple("el perro", "the dog", "El perro ladra."), tuple("el gato", "the cat | a pet", ""));

        ImportResult plain = parse(importer, "| A | B |\n| --- | --- |\n| TCP | A byte stream. |\n");
        assertThat(plain.terms()).extracting(Term::name).containsExactly("TCP");
    }

    @Test
    void headingsFollowedByAParagraphAreTermsAndOtherHeadingsSections() throws IOException {
        ImportResult result = parse(importer, "# Biology\n\nA course glossary.\n\n## Advanced\n\n### Cells\n\n"
                + "#### Meiosis\n\nMakes gametes,\nfour of them.\n\nHalves the chromosomes.\n\n#### Mitosis\n\n"
                + "Splits a nucleus.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name, Term::definition, Term::level, Term::category)
                .containsExactly(
                        tuple("Meiosis", "Makes gametes, four of them.\n\nHalves the chromosomes.", Level.ADVANCED,
                                "Cells"),
                        tuple("Mitosis", "Splits a nucleus.", Level.ADVANCED, "Cells"));
    }

    @Test
    void aFileOfAnotherShapeSaysWhichShapesAreRead() throws IOException {
        ImportResult result = parse(importer, "Just some prose about cells.\n\nAnd more prose.\n");

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.format("notes.md")).containsExactly("notes.md: no terms"
                + " found; glossary reads Markdown written as headings each followed by a paragraph (## Term),"
                + " definition lists (Term, then \": definition\" on the next line), bold terms (**Term**: definition,"
                + " or - **Term** — definition) and two-column pipe tables, or the file \"glossary deck export --to"
                + " markdown\" writes");
    }
}
