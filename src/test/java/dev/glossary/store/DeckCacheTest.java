package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckCacheTest {
    @TempDir
    Path tmp;

    /** A deck file just over the size from which copies are kept. */
    private Path largeDeck(String definitionStart) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; terms.size() * 600L < DeckCache.MIN_BYTES + 100_000; i++) {
            terms.add(new Term("term-" + i, "Term " + i, Level.values()[i % 3], "Cat",
                    definitionStart + " " + "Words that make the file large. ".repeat(18) + "Ünïcode " + i,
                    List.of("T" + i), i > 0 ? List.of("term-" + (i - 1)) : List.of(), "An example.", List.of("t")));
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
        Deck parsed = cache().load(file);
        assertThat(copies()).containsExactly(cache().copyOf(file));
        Deck fromCopy = cache().load(file);
        DeckBinaryTest.assertSameDeck(fromCopy, DeckReader.load(file));
        DeckBinaryTest.assertSameDeck(parsed, fromCopy);
    }

    @Test
    void theCopyIsUsedWhileSizeAndModificationTimeAreThoseItWasMadeFrom() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file);
        FileTime modified = Files.getLastModifiedTime(file);
        // Same length, same time: the check make and rsync rely on cannot see this edit, so the copy answers.
        String json = Files.readString(file).replace("\"First.", "\"Other.");
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, modified);
        assertThat(cache().load(file).terms().get(0).definition()).startsWith("First.");
    }

    @Test
    void anEditedDeckIsParsedAgainAndItsCopyReplaced() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file);
        Files.writeString(file, Files.readString(file).replace("\"First.", "\"Edited, longer."));
        assertThat(cache().load(file).terms().get(0).definition()).startsWith("Edited, longer.");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(cache().load(file).terms().get(0).definition()).startsWith("Edited, longer.");
        assertThat(copies()).hasSize(1);
    }

    @Test
    void aDamagedCopyIsIgnoredAndRewritten() throws IOException {
        Path file = largeDeck("First.");
        cache().load(file);
        Path copy = cache().copyOf(file);
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(copy, bytes);
        DeckBinaryTest.assertSameDeck(cache().load(file), DeckReader.load(file));
        assertThat(Files.readAllBytes(copy)).isNotEqualTo(bytes);

        Files.write(copy, "not a copy".getBytes(StandardCharsets.UTF_8));
        DeckBinaryTest.assertSameDeck(cache().load(file), DeckReader.load(file));
    }

    @Test
    void aSmallDeckIsNotCopied() throws IOException {
        Path file = tmp.resolve("small.json");
        DeckWriter.write(Deck.of("small", "Small", "", List.of(Term.of("a", "A", Level.BEGINNER, "Def."))), file);
        assertThat(cache().load(file).size()).isEqualTo(1);
        assertThat(copies()).isEmpty();
    }

    @Test
    void anInvalidLargeDeckIsReportedWithItsPlaceAndNotCopied() throws IOException {
        Path file = largeDeck("First.");
        Files.writeString(file, Files.readString(file).replace("\"level\" : \"beginner\"", "\"level\" : \"expert\""));
        assertThatThrownBy(() -> cache().load(file))
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
        DeckBinaryTest.assertSameDeck(cache().load(file), DeckReader.load(file));
    }
}
