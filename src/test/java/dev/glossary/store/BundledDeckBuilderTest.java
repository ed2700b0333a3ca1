package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledDeckBuilderTest {
    @TempDir
    Path dir;

    private Path deckFile(String terms) throws IOException {
        return Files.writeString(dir.resolve("terms.json"),
                "{\"format\": 1, \"id\": \"course\", \"name\": \"Course\", \"terms\": [" + terms + "]}");
    }

    @Test
    void writesTheDeckAsTheBinaryTheAppReads() throws IOException {
        Path json = deckFile("{\"id\": \"a\", \"term\": \"Alpha\", \"level\": \"beginner\", \"definition\": \" First. \","
                + " \"aliases\": [\"A\"]}");
        Path out = dir.resolve("classes/glossary/terms.bin");
        Path index = dir.resolve("classes/glossary/terms.index");

        BundledDeckBuilder.main(new String[] {json.toString(), out.toString(), index.toString()});

        Deck deck;
        try (InputStream in = Files.newInputStream(out)) {
            deck = DeckBinary.read(out.toString(), in);
        }
        DeckBinaryTest.assertSameDeck(deck, DeckReader.load(json));
        assertThat(deck.terms().get(0).definition()).as("as the reader strips it").isEqualTo("First.");
        SearchIndex read = SearchIndex.read(deck, ByteBuffer.wrap(Files.readAllBytes(index)));
        assertThat(read.search("alpha", 5)).extracting(hit -> hit.term().id()).containsExactly("a");
    }

    @Test
    void anInvalidDeckFailsWithTheReadersMessageAndLeavesNoBinaryBehind() throws IOException {
        Path json = deckFile("{\"id\": \"a\", \"term\": \"Alpha\", \"level\": \"expert\", \"definition\": \"First.\"}");
        Path out = Files.writeString(dir.resolve("terms.bin"), "from an earlier build");
        Path index = Files.writeString(dir.resolve("terms.index"), "from an earlier build");

        assertThatThrownBy(() -> BundledDeckBuilder.main(new String[] {json.toString(), out.toString(),
                index.toString()}))
                .isInstanceOf(GlossaryException.class)
                .hasMessage(json + ":1:59: terms[0] \"a\": level: level \"expert\" is not one of beginner, intermediate,"
                        + " advanced");
        assertThat(out).doesNotExist();
        assertThat(index).doesNotExist();
    }
}
