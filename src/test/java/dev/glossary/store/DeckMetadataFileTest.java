package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deck's version, author, date and changelog through the reader, the rules, the writer and the binary form. */
class DeckMetadataFileTest {
    private static final String TERMS = "\"terms\": [{\"id\": \"cell\", \"term\": \"Cell\", \"level\": \"beginner\","
            + " \"definition\": \"The smallest unit of life.\"}]";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path file = dir.resolve("deck.json");
        Files.writeString(file, json);
        return file;
    }

    private static List<String> problems(DeckReader.Reading reading) {
        return reading.validate().problems().stream().map(p -> p.format("deck.json")).toList();
    }

    @Test
    void aDeckWithoutThemIsStillValidAsFormatOneAlwaysWas() throws IOException {
        Deck deck = DeckReader.load(file("{\"format\": 1, \"id\": \"bio\", " + TERMS + "}"));
        assertThat(deck.metadata()).isEqualTo(DeckMetadata.NONE);
    }

    @Test
    void versionAuthorDateAndChangelogAreReadWithChangesAsAStringOrAList() throws IOException {
        Deck deck = DeckReader.load(file("""
                {"format": 1, "id": "bio", "name": "Biology", "version": "1.3", "author": "Ana Silva",
                 "updated": "2026-03-02",
                 "changelog": [
                   {"version": "1.3", "date": "2026-03-02", "changes": ["Fixed the nucleus", "Added the Golgi"]},
                   {"version": "1.2", "changes": "First shared version"}
                 ],
                """ + TERMS + "}"));

        assertThat(deck.metadata()).isEqualTo(new DeckMetadata("1.3", "Ana Silva", LocalDate.of(2026, 3, 2), List.of(
                new DeckMetadata.ChangelogEntry("1.3", LocalDate.of(2026, 3, 2), List.of("Fixed the nucleus",
                        "Added the Golgi")),
                new DeckMetadata.ChangelogEntry("1.2", null, List.of("First shared version")))));
    }

    @Test
    void everyProblemWithThemIsReportedWithItsPlace() throws IOException {
        DeckReader.Reading reading = DeckReader.read(file("""
                {"format": 1, "id": "bio", "version": " ", "author": "Ana\\nSilva", "updated": "2026/03/02",
                 "changelog": [
                   {"version": "1.3", "date": "March", "changes": []},
                   {"version": "1.3", "changes": ["ok"], "notes": "x"},
                   {"changes": ["", "fine"]},
                   "1.1"
                 ],
                """ + TERMS + "}"));

        assertThat(problems(reading)).containsExactlyInAnyOrder(
                "deck.json:4:51: changelog[1]: \"notes\": unknown field; known fields are version, date, changes",
                "deck.json:6:4: changelog[3]: must be an object with version, date and changes, not a string",
                "deck.json: version: empty; write it, e.g. \"1.2\", or leave the field out",
                "deck.json: author: must be one line; remove the line break",
                "deck.json: updated: \"2026/03/02\" is not a date; write it as YYYY-MM-DD, e.g. \"2026-03-02\"",
                "deck.json:3:4: changelog[0]: date: \"March\" is not a date; write it as YYYY-MM-DD, e.g."
                        + " \"2026-03-02\"",
                "deck.json:3:4: changelog[0]: changes: missing; say what changed, as a string or a list of strings",
                "deck.json:4:4: changelog[1]: version: \"1.3\" has an entry already, at changelog[0]; merge the two",
                "deck.json:5:4: changelog[2]: version: missing; say which version the entry is about, e.g."
                        + " \"version\": \"1.2\"",
                "deck.json:5:4: changelog[2]: changes[0]: empty; remove it or fill it in",
                "deck.json:6:4: changelog[3]: version: missing; say which version the entry is about, e.g."
                        + " \"version\": \"1.2\"",
                "deck.json:6:4: changelog[3]: changes: missing; say what changed, as a string or a list of strings");
    }

    @Test
    void anUnknownDeckFieldListsTheNewOnesAmongTheKnown() throws IOException {
        DeckReader.Reading reading = DeckReader.read(file("{\"format\": 1, \"id\": \"bio\", \"edition\": 2, " + TERMS
                + "}"));
        assertThat(problems(reading)).singleElement().asString().endsWith("\"edition\": unknown field; known fields are"
                + " format, id, name, description, version, author, updated, changelog, terms");
    }

    @Test
    void theWriterAndTheBinaryFormKeepThemWhole() throws IOException {
        Deck deck = DeckReader.load(file("""
                {"format": 1, "id": "bio", "version": "1.3", "author": "Ana", "updated": "2026-03-02",
                 "changelog": [{"version": "1.3", "date": "2026-03-02", "changes": "One change"}],
                """ + TERMS + "}"));

        byte[] json = DeckWriter.bytes(deck, null);
        Deck again = DeckReader.load("again.json", new ByteArrayInputStream(json));
        assertThat(again.metadata()).isEqualTo(deck.metadata());
        assertThat(new String(json, StandardCharsets.UTF_8))
                .containsSubsequence("\"version\" : \"1.3\"", "\"changes\" : [", "\"One change\"", "\"terms\"");

        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        DeckBinary.write(deck, binary);
        Deck fromBinary = DeckBinary.read("deck.bin", new ByteArrayInputStream(binary.toByteArray()));
        assertThat(fromBinary.metadata()).isEqualTo(deck.metadata());
        assertThat(fromBinary.terms()).isEqualTo(deck.terms());
    }

    @Test
    void aDeckWithAProblemInItsChangelogDoesNotLoad() throws IOException {
        Path bad = file("{\"format\": 1, \"id\": \"bio\", \"updated\": \"yesterday\", " + TERMS + "}");
        assertThatThrownBy(() -> DeckReader.load(bad)).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("updated: \"yesterday\" is not a date");
    }
}
