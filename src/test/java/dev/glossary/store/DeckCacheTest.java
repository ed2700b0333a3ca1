package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckCacheTest {
    @TempDir
    Path tmp;

    /** A deck file just over the size from which copies are kept; terms 0 and 1 are twins. */
    private Path largeDeck(String definitionStart) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; terms.size() * 600L < DeckCache.MIN_BYTES + 100_000; i++) {
            terms.add(new Term("term-" + i, "Term " + i, Level.values()[i % 3], "Cat",
                    definitionStart + " " + "Words that make the file large. ".repeat(18) + "Ünïcode " + i,
                    List.of("T" + i), i > 0 ? List.of("term-" + (i - 1)) : List.of(),
                    i < 2 ? List.of("term-" + (1 - i)) : List.of(), "An example.", List.of("t")));
        }
        Path file = tmp.resolve("big.json");
        DeckWriter.write(Deck.of("big", "Big", "A large deck.", terms), file);
        return file;
    }

    private DeckCache cache() {
        return new DeckCache(tmp.resolve("home/cache/decks"), Runnable::run);
    }

    private List<Path> copies() throws IOException {
        Path dir = tmp.resolve("home/cache/decks");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aLargeDeckIsKeptAsACopyThatLoadsToTheSameDeck() throws IOException {
        Path file = largeDeck("First.");
        assertThat(Files.size(file)).isGreaterThan(DeckCache.MIN_BYTES);
        Deck parsed = cache().load(file).deck();
        assertThat(copies()).containsExactly(cache().copyOf(file));
        Deck fromCopy = cache().load(file).deck();
        DeckBinaryTest.assertSameDeck(fromCopy, DeckReader.load(file));
        DeckBinaryTest.assertSameDeck(parsed, fromCopy);
    }

    @Test
    void anEditOfTheSameLengthAndTimeIsSeenAsCpPAndRsyncTKeepBoth() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file).deck();
        FileTime modified = Files.getLastModifiedTime(file);
        String json = Files.readString(file).replace("\"First.", "\"Other.");
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, modified);
        assertThat(cache().load(file).deck().terms().get(0).definition()).startsWith("Other.");
    }

    @Test
    void anEditedDeckIsParsedAgainAndItsCopyReplaced() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file).deck();
        Files.writeString(file, Files.readString(file).replace("\"First.", "\"Edited, longer."));
        assertThat(cache().load(file).deck().terms().get(0).definition()).startsWith("Edited, longer.");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(cache().load(file).deck().terms().get(0).definition()).startsWith("Edited, longer.");
        assertThat(copies()).hasSize(1);
    }

    @Test
    void aCopyMadeByAnEarlierVersionIsMadeAgainWithTheTwinsItLacked() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file);
        Path copy = cache().copyOf(file);
        byte[] bytes = Files.readAllBytes(copy);
        // The copy's own version follows its magic number; an intact file of another version, checksum and all.
        ByteBuffer.wrap(bytes).putInt(4, ByteBuffer.wrap(bytes).getInt(4) - 1);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
        Files.write(copy, bytes);

        Deck reloaded = cache().load(file).deck();
        assertThat(reloaded.same(reloaded.terms().get(0))).extracting(Term::id).containsExactly("term-1");
        assertThat(Files.readAllBytes(copy)).isNotEqualTo(bytes);
        Deck fromNewCopy = cache().load(file).deck();
        assertThat(fromNewCopy.terms().get(1).same()).containsExactly("term-0");
    }

    @Test
    void aDamagedCopyIsIgnoredAndRewritten() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file).deck();
        Path copy = cache().copyOf(file);
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(copy, bytes);
        DeckBinaryTest.assertSameDeck(cache().load(file).deck(), DeckReader.load(file));
        assertThat(Files.readAllBytes(copy)).isNotEqualTo(bytes);

        Files.write(copy, "not a copy".getBytes(StandardCharsets.UTF_8));
        DeckBinaryTest.assertSameDeck(cache().load(file).deck(), DeckReader.load(file));
    }

    @Test
    void aSmallDeckIsNotCopied() throws IOException {
        Path file = tmp.resolve("small.json");
        DeckWriter.write(Deck.of("small", "Small", "", List.of(Term.of("a", "A", Level.BEGINNER, "Def."))), file);
        assertThat(cache().load(file).deck().size()).isEqualTo(1);
        assertThat(copies()).isEmpty();
    }

    @Test
    void anInvalidLargeDeckIsReportedWithItsPlaceAndNotCopied() throws IOException {
        Path file = largeDeck("First.");
        Files.writeString(file, Files.readString(file).replace("\"level\" : \"beginner\"", "\"level\" : \"expert\""));
        assertThatThrownBy(() -> cache().load(file).deck())
                .isInstanceOfSatisfying(GlossaryException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(GlossaryException.BAD_DATA))
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("level \"expert\"");
        assertThat(copies()).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMeansParsingAgain() throws IOException {
        Path file = largeDeck("First.");
        Files.createDirectories(tmp.resolve("home/cache"));
        Files.writeString(tmp.resolve("home/cache/decks"), "a file where the directory should be");
        DeckBinaryTest.assertSameDeck(cache().load(file).deck(), DeckReader.load(file));
    }

    private Path indexFile() throws IOException {
        return copies().stream().filter(f -> f.toString().endsWith(".index")).findFirst().orElseThrow();
    }

    private static List<String> answers(SearchIndex index) {
        List<String> answers = new ArrayList<>();
        for (String query : List.of("term 7", "t12", "words large", "unicode 30", "trm 9", "nothing like it")) {
            answers.add(query + " -> " + index.search(query, 5));
            answers.add(query + " ~> " + index.suggest(query, 3));
        }
        return answers;
    }

    @Test
    void aLargeDecksSearchIndexIsKeptBesideItsCopyAndReadOnTheNextOpen() throws IOException {
        Path file = largeDeck("First.");
        SearchIndex built = cache().load(file).searchIndex();
        Path index = indexFile();
        byte[] kept = Files.readAllBytes(index);
        FileTime keptAt = Files.getLastModifiedTime(index);

        SearchIndex read = cache().load(file).searchIndex();

        assertThat(answers(read)).isEqualTo(answers(built));
        assertThat(Files.readAllBytes(index)).as("read, not built and written again").isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(index)).isEqualTo(keptAt);
    }

    @Test
    void aDamagedOrStaleIndexIsBuiltAgainAndReplaced() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file).searchIndex();
        Path index = indexFile();
        byte[] good = Files.readAllBytes(index);
        byte[] damaged = good.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(index, damaged);

        SearchIndex rebuilt = cache().load(file).searchIndex();
        assertThat(rebuilt.search("term 7", 1)).extracting(hit -> hit.term().id()).containsExactly("term-7");
        assertThat(Files.readAllBytes(index)).isEqualTo(good);

        Files.writeString(file, Files.readString(file).replace("\"First.", "\"Zanzibar, then."));
        SearchIndex fresh = cache().load(file).searchIndex();
        assertThat(fresh.search("zanzibar", 3)).isNotEmpty();
    }
}
