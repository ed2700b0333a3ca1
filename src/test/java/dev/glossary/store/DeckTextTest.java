package dev.glossary.store;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deck's bytes as text (the hostile review's F12 and W10): overlong and other invalid UTF-8 is refused with its
 * byte offset, a NUL before the JSON is no UTF-16 guess, and a deck from a pipe has the 50 MB limit of a file.
 */
class DeckTextTest {
    private static final String DECK = "{\"format\": 1, \"id\": \"x\", \"terms\": [{\"id\": \"a\", \"term\": \"NAME\","
            + " \"level\": \"beginner\", \"definition\": \"Some words.\"}]}";

    @TempDir
    Path dir;

    private Path deckWithName(String hexName) throws IOException {
        String[] parts = DECK.split("NAME");
        byte[] name = HexFormat.of().parseHex(hexName);
        Path file = dir.resolve("deck.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(parts[0].getBytes(StandardCharsets.UTF_8));
            out.write(name);
            out.write(parts[1].getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            overlong slash,          41c0af42
            overlong three bytes,    41e080af
            overlong four bytes,     41f08080af
            a surrogate (CESU-8),    41eda080
            past U+10FFFF,           41f4908080
            a lone continuation,     4180
            a cut sequence,          41e282
            """)
    void invalidUtf8IsRefusedWithItsByteOffset(String what, String hexName) throws IOException {
        Path file = deckWithName(hexName);
        int offset = DECK.indexOf("NAME") + 1;
        assertThatThrownBy(() -> DeckReader.load(file))
                .as(what)
                .hasMessage(file + ": byte " + offset + " (line 1): the file is not UTF-8 text (an invalid or overlong"
                        + " sequence); save it as UTF-8")
                .matches(e -> ((GlossaryException) e).exitCode() == GlossaryException.BAD_DATA);
    }

    @Test
    void validMultiByteTextPasses() throws IOException {
        Path file = deckWithName(HexFormat.of().formatHex("Caf\u00e9 \u20ac \ud83d\ude80 \ud7ff \ue000".getBytes(StandardCharsets.UTF_8)));
        assertThat(DeckReader.load(file).terms().get(0).name()).isEqualTo("Caf\u00e9 \u20ac \ud83d\ude80 \ud7ff \ue000");
        assertThat(DeckText.firstInvalidUtf8(ByteBuffer.wrap("plain ascii, long enough to skip".getBytes()))).isEqualTo(-1);
    }

    @Test
    void aNulBeforeTheJsonIsNamedNotReadAsUtf16() throws IOException {
        Path file = dir.resolve("nul.json");
        Files.write(file, ("\u0000" + DECK).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DeckReader.load(file)).hasMessage(file + ": byte 0 (line 1): a NUL byte where the"
                + " deck's JSON should start; the file is damaged or is not a deck");
    }

    @Test
    void utf16AndUtf32DecksAreStillRead() throws IOException {
        for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            Path file = dir.resolve(charset + ".json");
            Files.write(file, DECK.replace("NAME", "Caf\u00e9").getBytes(charset));
            assertThat(DeckReader.load(file).terms().get(0).name()).as(charset).isEqualTo("Caf\u00e9");
        }
    }

    @Test
    void aDeckFromAPipeIsReadAndHasTheFiftyMegabyteLimit() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(fifo, DECK.replace("NAME", "Piped").getBytes()));
        assertThat(DeckReader.load(fifo).terms().get(0).name()).isEqualTo("Piped");
        writer.join();
        // Endless whitespace (<(yes '')) ends at the limit instead of spinning for ever.
        CompletableFuture.runAsync(() -> write(fifo, null));
        assertThatThrownBy(() -> DeckReader.load(fifo))
                .hasMessage(fifo + ": the input is over the 50 MB limit for a deck; split it into smaller decks");
    }

    /** Writes {@code bytes} to the FIFO, or blank lines without end (until the reader goes) when null. */
    private static void write(Path fifo, byte[] bytes) {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            if (bytes != null) {
                out.write(bytes);
                return;
            }
            byte[] lines = "\n".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(lines);
            }
        } catch (IOException e) {
            // The reader stopped reading: the end of this writer.
        }
    }

    @Test
    void readAtMostStopsAStreamThatNeverEnds() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThatThrownBy(() -> DeckText.readAtMost("stdin", endless, 1000)).hasMessageContaining("over the 50 MB limit");
    }
}
