package dev.glossary.store;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deck read in two halves must be exactly the deck read whole, down to each term's line and column. */
class DeckHalvesTest {
    @TempDir
    Path dir;

    private static String pretty(int terms, String newline) {
        StringBuilder json = new StringBuilder("{" + newline + "  \"format\" : 1," + newline
                + "  \"id\" : \"big\"," + newline + "  \"name\" : \"Big deck\"," + newline + "  \"terms\" : [ ");
        for (int i = 0; i < terms; i++) {
            json.append(i == 0 ? "" : ", ").append("{").append(newline)
                    .append("    \"id\" : \"t").append(i).append("\",").append(newline)
                    .append("    \"term\" : \"Term ").append(i).append("\",").append(newline)
                    .append("    \"level\" : \"beginner\",").append(newline)
                    .append("    \"definition\" : \"Caf\u00e9 number ").append(i).append(", with \\\"quotes\\\" {and braces}.\",")
                    .append(newline)
                    .append("    \"tags\" : [ \"x\", \"y").append(i % 3).append("\" ]").append(newline)
                    .append("  }");
        }
        return json.append(" ]").append(newline).append("}").append(newline).toString();
    }

    private static String oneTermPerLine(int terms) {
        StringBuilder json = new StringBuilder("{\"format\": 1, \"id\": \"big\", \"terms\": [\n");
        for (int i = 0; i < terms; i++) {
            json.append(i == 0 ? "" : ",\n").append("  {\"id\": \"t").append(i).append("\", \"term\": \"Term ")
                    .append(i).append("\", \"level\": \"advanced\", \"definition\": \"Number ").append(i).append(".\"}");
        }
        return json.append("\n]}").toString();
    }

    private static DeckReader.Reading halves(String json) {
        return DeckHalves.read("deck.json", ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static DeckReader.Reading whole(String json) {
        return DeckReader.read("deck.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void aPrettyPrintedDeckReadsTheSameInHalvesAsWhole(String newline) {
        String json = pretty(501, newline);
        DeckReader.Reading halves = halves(json);
        assertThat(halves).isNotNull();
        assertThat(halves.problems()).isEmpty();
        assertThat(halves.draft()).isEqualTo(whole(json).draft());
        assertThat(halves.draft().terms()).hasSize(501);
    }

    @Test
    void aDeckWithOneTermALineReadsTheSameInHalves() {
        String json = oneTermPerLine(300);
        DeckReader.Reading halves = halves(json);
        assertThat(halves).isNotNull();
        assertThat(halves.draft()).isEqualTo(whole(json).draft());
        assertThat(halves.draft().terms().get(299).line()).isEqualTo(301);
    }

    @Test
    void aDeckOnOneLineIsLeftToTheWholeReading() {
        assertThat(halves(oneTermPerLine(50).replace("\n", ""))).isNull();
    }

    @Test
    void deckFieldsAfterTheTermsAreLeftToTheWholeReading() {
        String json = oneTermPerLine(50).replace("\n]}", "\n], \"description\": \"after\"}");
        assertThat(halves(json)).isNull();
        assertThat(whole(json).draft().description()).isEqualTo("after");
    }

    @Test
    void aProblemInTheSecondHalfIsLeftToTheWholeReading() {
        String json = oneTermPerLine(50).replace("\"id\": \"t40\"", "\"id\": \"t40\", \"colour\": 1");
        assertThat(halves(json)).isNull();
        assertThat(whole(json).problems()).singleElement()
                .satisfies(p -> assertThat(p.where()).isEqualTo("terms[40] \"t40\": \"colour\""));
    }

    @Test
    void aLineBreakInsideAStringIsLeftToTheWholeReading() {
        // Invalid JSON, but a cut found there must not split the string and read both halves as fine.
        String json = oneTermPerLine(50).replace("Number 30.", "Number 30.\n  {\"id\": \"fake\"},");
        assertThat(halves(json)).isNull();
    }

    @Test
    void aTruncatedFileIsLeftToTheWholeReading() {
        String json = oneTermPerLine(50);
        assertThat(halves(json.substring(0, json.length() - 2))).isNull();
    }

    /** Through the file path a teacher's deck takes: big enough to be mapped and read in halves. */
    @Test
    void aLargeDeckFileLoadsAndReportsItsProblemsAsWhenReadWhole() throws IOException {
        String json = pretty(40_000, "\n");
        assertThat((long) json.length()).isGreaterThan(DeckHalves.MIN_BYTES);
        Path file = dir.resolve("big.json");
        Files.writeString(file, json);
        assertThat(DeckReader.read(file).draft()).isEqualTo(whole(json).draft());

        Files.writeString(file, json.replace("\"level\" : \"beginner\",\n    \"definition\" : \"Caf\u00e9 number 39000,",
                "\"level\" : \"expert\",\n    \"definition\" : \"Caf\u00e9 number 39000,"));
        assertThatThrownBy(() -> DeckReader.load(file)).isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith(file + ":" + (5 + 6 * 39_000) + ":6: ")
                .hasMessageContaining("terms[39000] \"t39000\": level");
    }
}
