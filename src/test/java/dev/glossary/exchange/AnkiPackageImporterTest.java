package dev.glossary.exchange;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.glossary.exchange.AnkiPackageFixture.BASIC;
import static dev.glossary.exchange.AnkiPackageFixture.CLOZE;
import static dev.glossary.exchange.AnkiPackageFixture.REVERSED;
import static dev.glossary.exchange.AnkiPackageFixture.VOCAB;
import static org.assertj.core.api.Assertions.assertThat;

class AnkiPackageImporterTest {
    @TempDir
    Path dir;

    private static AnkiPackageFixture biology() {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        AnkiPackageFixture.Deck biology = fixture.deck(1_650_000_000_001L, "Biology");
        AnkiPackageFixture.Deck cells = fixture.deck(1_650_000_000_002L, "Biology::Cells");
        AnkiPackageFixture.Deck genetics = fixture.deck(1_650_000_000_003L, "Biology::Cells::Genetics");
        fixture.note("f/R8(|7A%D", BASIC, cells, "bio Organelle",
                        "Mitochondrion", "<b>Makes</b> ATP,&nbsp;the cell's energy.<br>Has its own DNA.")
                .note("Ab3$xYz+1q", REVERSED, cells, "bio",
                        "<div>Ribosome</div>", "Builds proteins from RNA. <img src=\"ribosome.png\">")
                .note("Cl0ze!guid", CLOZE, genetics, "bio glossary::advanced",
                        "{{c1::Mitosis}} splits one nucleus into two; {{c2::meiosis::cell division}} makes gametes.",
                        "Both are <i>cell division</i>.")
                .note("v0cab#guid", VOCAB, biology, "",
                        "el perro", "the dog", "El perro ladra.", "[sound:perro.mp3]")
                .media("ribosome.png", "not really a picture")
                .media("perro.mp3", "not really a sound");
        return fixture;
    }

    private ImportResult read(AnkiPackageFixture fixture, AnkiPackageFixture.Layout layout, AnkiFields fields,
                              String deck) throws IOException, SQLException {
        Path file = dir.resolve("deck-" + layout + ".apkg");
        fixture.write(file, layout);
        return new AnkiPackageImporter(fields, deck).read(file, ImportOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageFixture.Layout.class)
    void everyNoteTypeOfAPackageBecomesTermsInEveryLayoutAnkiWrites(AnkiPackageFixture.Layout layout)
            throws IOException, SQLException {
        ImportResult result = read(biology(), layout, AnkiFields.defaults(), null);

        assertThat(result.problems()).isEmpty();
        String mitosisId = AnkiPackageImporter.idFromGuid("Cl0ze!guid");
        assertThat(result.terms()).containsExactly(
                new Term(AnkiPackageImporter.idFromGuid("f/R8(|7A%D"), "Mitochondrion", Level.INTERMEDIATE, "Cells",
                        "Makes ATP, the cell's energy.\nHas its own DNA.", List.of(), List.of(), "",
                        List.of("bio", "organelle")),
                new Term(AnkiPackageImporter.idFromGuid("Ab3$xYz+1q"), "Ribosome", Level.INTERMEDIATE, "Cells",
                        "Builds proteins from RNA.", List.of(), List.of(), "", List.of("bio")),
                new Term(mitosisId, "Mitosis", Level.ADVANCED, "Cells::Genetics",
                        "_____ splits one nucleus into two; meiosis makes gametes.", List.of(), List.of(),
                        "Both are cell division.", List.of("bio")),
                new Term(mitosisId + "-c2", "meiosis", Level.ADVANCED, "Cells::Genetics",
                        "Mitosis splits one nucleus into two; _____ [cell division] makes gametes.", List.of(),
                        List.of(), "Both are cell division.", List.of("bio")),
                new Term(AnkiPackageImporter.idFromGuid("v0cab#guid"), "el perro", Level.INTERMEDIATE, "", "the dog",
                        List.of(), List.of(), "El perro ladra.", List.of()));
        assertThat(result.deckName()).isEqualTo("Biology");
        String entry = layout == AnkiPackageFixture.Layout.ANKI21B ? "collection.anki21b"
                : layout == AnkiPackageFixture.Layout.ANKI21 ? "collection.anki21" : "collection.anki2";
        assertThat(result.notices()).containsExactly(
                "read " + entry + ": 4 notes in decks \"Biology\" (1 note), \"Biology::Cells\" (2 notes),"
                        + " \"Biology::Cells::Genetics\" (1 note)",
                "dropped 2 image or sound references from 2 notes: glossary shows text only");
    }

    @Test
    void ankiDeckPicksOneDeckAndTheDecksBelowIt() throws IOException, SQLException {
        ImportResult result = read(biology(), AnkiPackageFixture.Layout.ANKI21B, AnkiFields.defaults(),
                "biology::cells");

        assertThat(result.deckName()).isEqualTo("Biology::Cells");
        assertThat(result.terms()).extracting(Term::name, Term::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mitochondrion", ""),
                org.assertj.core.groups.Tuple.tuple("Ribosome", ""),
                org.assertj.core.groups.Tuple.tuple("Mitosis", "Genetics"),
                org.assertj.core.groups.Tuple.tuple("meiosis", "Genetics"));
    }

    @Test
    void anAnkiDeckThatIsNotThereNamesTheDecksThatAre() throws IOException, SQLException {
        ImportResult result = read(biology(), AnkiPackageFixture.Layout.ANKI21, AnkiFields.defaults(), "Chemistry");

        assertThat(result.terms()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.format("bio.apkg")).containsExactly(
                "bio.apkg: the package has no deck named \"Chemistry\"; its decks are decks \"Biology\" (1 note),"
                        + " \"Biology::Cells\" (2 notes), \"Biology::Cells::Genetics\" (1 note); give one of them to"
                        + " --anki-deck");
    }

    @Test
    void namedFieldsOverrideTheUsualNamesAndAnUnknownOneListsEachTypesFields() throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        fixture.note("v0cab#guid", VOCAB, AnkiPackageFixture.DEFAULT, "", "el perro", "the dog", "El perro ladra.", "");
        ImportResult swapped = read(fixture, AnkiPackageFixture.Layout.ANKI21B,
                new AnkiFields("Meaning", "Word", "Audio"), null);
        assertThat(swapped.terms()).extracting(Term::name, Term::definition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the dog", "el perro"));

        ImportResult unknown = read(fixture, AnkiPackageFixture.Layout.ANKI21B, new AnkiFields("Wort", null, null),
                null);
        assertThat(unknown.problems()).extracting(p -> p.format("vocab.apkg")).containsExactly(
                "vocab.apkg: --term-field \"Wort\" is not a field of any note type in the package; its fields are"
                        + " Spanish Vocab: Word, Meaning, Example, Audio");
    }

    @Test
    void aNoteWhoseBackIsOnlyAPictureIsAProblemNamingTheNoteAndTheField() throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        fixture.note("guid-one", BASIC, AnkiPackageFixture.DEFAULT, "", "Nucleus", "Holds the DNA.")
                .note("guid-two", BASIC, AnkiPackageFixture.DEFAULT, "", "Cell diagram", "<img src='cell.png'>")
                .note("guid-three", CLOZE, AnkiPackageFixture.DEFAULT, "", "No deletion here.", "");
        ImportResult result = read(fixture, AnkiPackageFixture.Layout.ANKI2, AnkiFields.defaults(), null);

        assertThat(result.terms()).extracting(Term::name).containsExactly("Nucleus");
        assertThat(result.skippedRows()).isEqualTo(2);
        assertThat(result.problems()).extracting(p -> p.format("cells.apkg")).containsExactly(
                "cells.apkg: note 2: \"Cell diagram\": the Back field of this Basic note holds only an image or a"
                        + " sound, which glossary does not import; write text in it in Anki, choose other fields with"
                        + " --term-field and --definition-field, or leave the note out with --skip-bad",
                "cells.apkg: note 3: \"No deletion here.\": a cloze note with no deletion such as {{c1::answer}};"
                        + " add one in Anki, or leave the note out with --skip-bad");
    }

    @Test
    void imageOcclusionNotesAreLeftOutWithOneLine() throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        fixture.note("guid-one", BASIC, AnkiPackageFixture.DEFAULT, "", "Nucleus", "Holds the DNA.")
                .note("guid-io", CLOZE, AnkiPackageFixture.DEFAULT, "",
                        "{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1}}", "");
        ImportResult result = read(fixture, AnkiPackageFixture.Layout.ANKI21B, AnkiFields.defaults(), null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.terms()).extracting(Term::name).containsExactly("Nucleus");
        assertThat(result.notices()).contains("left out 1 image occlusion note: their questions are shapes on a"
                + " picture, which a terminal cannot show");
    }

    @Test
    void theTagsGlossaryWritesGiveBackTheLevelIdAndRelatedTerms() throws IOException, SQLException {
        AnkiPackageFixture fixture = new AnkiPackageFixture();
        fixture.note("g1", BASIC, AnkiPackageFixture.DEFAULT, "glossary::beginner glossary::id::tcp"
                        + " glossary::related::udp net", "TCP", "A reliable byte stream.")
                .note("g2", BASIC, AnkiPackageFixture.DEFAULT, "glossary::id::udp", "UDP", "Datagrams.");
        ImportResult result = read(fixture, AnkiPackageFixture.Layout.ANKI21, AnkiFields.defaults(), null);

        assertThat(result.terms()).containsExactly(
                new Term("tcp", "TCP", Level.BEGINNER, "", "A reliable byte stream.", List.of(),
                        List.of("udp"), "", List.of("net")),
                new Term("udp", "UDP", Level.INTERMEDIATE, "", "Datagrams.", List.of(), List.of(), "",
                        List.of()));
    }

    @Test
    void filesThatAreNotPackagesSayWhatIsWrongAndHowToExportAgain() throws IOException {
        Path text = dir.resolve("notes.apkg");
        Files.writeString(text, "Front\tBack\n");
        Path empty = dir.resolve("empty.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        Path newer = dir.resolve("newer.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(newer))) {
            zip.putNextEntry(new ZipEntry("meta"));
            zip.write(new byte[] {0x08, 0x07});
            zip.closeEntry();
        }
        Path broken = dir.resolve("broken.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new ZipEntry("meta"));
            zip.write(new byte[] {0x08, 0x03});
            zip.putNextEntry(new ZipEntry("collection.anki21b"));
            zip.write("this is not zstd".getBytes());
            zip.closeEntry();
        }
        Path garbage = dir.resolve("garbage.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(garbage))) {
            zip.putNextEntry(new ZipEntry("collection.anki21"));
            zip.write("this is not an SQLite database, though it is long enough to look at".repeat(20).getBytes());
            zip.closeEntry();
        }
        Path missing = dir.resolve("missing.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(missing))) {
            zip.putNextEntry(new ZipEntry("meta"));
            zip.write(new byte[] {0x08, 0x03});
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            zip.closeEntry();
        }
        AnkiPackageImporter importer = new AnkiPackageImporter(AnkiFields.defaults(), null);

        assertThat(importer.read(garbage, ImportOptions.defaults()).problems().get(0).format("garbage.apkg"))
                .startsWith("garbage.apkg: the collection inside the package cannot be read (")
                .endsWith("); export the deck again in Anki with File > Export > Anki Deck Package");
        assertThat(importer.read(missing, ImportOptions.defaults()).problems().get(0).format("missing.apkg"))
                .isEqualTo("missing.apkg: the package has no collection.anki21b, which its meta file names; export"
                        + " the deck again in Anki with File > Export > Anki Deck Package");

        assertThat(importer.read(text, ImportOptions.defaults()).problems().get(0).format("notes.apkg"))
                .startsWith("notes.apkg: not a zip file, so not an Anki package (")
                .endsWith("); export the deck again in Anki with File > Export > Anki Deck Package");
        assertThat(importer.read(empty, ImportOptions.defaults()).problems().get(0).format("empty.apkg"))
                .isEqualTo("empty.apkg: a zip file with no Anki collection in it (collection.anki21b,"
                        + " collection.anki21 or collection.anki2), so not an Anki package; export the deck again"
                        + " in Anki with File > Export > Anki Deck Package");
        assertThat(importer.read(newer, ImportOptions.defaults()).problems().get(0).format("newer.apkg"))
                .isEqualTo("newer.apkg: the package was made by a newer Anki than glossary can read; in Anki,"
                        + " export it with \"Support older Anki versions\" ticked");
        assertThat(importer.read(broken, ImportOptions.defaults()).problems().get(0).format("broken.apkg"))
                .startsWith("broken.apkg: collection.anki21b inside the package cannot be read (")
                .endsWith("); export the deck again in Anki with File > Export > Anki Deck Package");
    }

    @Test
    void theMetaVersionIsFieldOneOfAProtobufMessage() {
        assertThat(AnkiPackage.enumField1(new byte[] {0x08, 0x03})).isEqualTo(3);
        assertThat(AnkiPackage.enumField1(new byte[] {})).isZero();
        assertThat(AnkiPackage.enumField1(new byte[] {0x1a, 0x02, 'a', 'b', 0x08, 0x01})).isEqualTo(1);
        assertThat(AnkiPackage.enumField1(new byte[] {0x10, 0x05, 0x1a, 0x01, 'x'})).isZero();
    }
}
