package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckBinaryTest {
    /** Every field set, text beyond ASCII, and a term with only the required fields. */
    private static Deck fullDeck() {
        Term full = new Term("cafe", "Café crème", Level.ADVANCED, "Caching – naïve", "Ça coûte 5 € à Zürich.",
                List.of("キャッシュ", "😀 emoji"), List.of("plain"), List.of("middle"), "Ex: \"quoted\"\n\ttabbed",
                List.of("a", "ß"));
        Term plain = Term.of("plain", "Plain", Level.BEGINNER, "Only the required fields.");
        Term middle = new Term("middle", "Middle", Level.INTERMEDIATE, "", "Unpaired \uD800 surrogate kept.",
                List.of(), List.of("cafe", "plain"), List.of("cafe"), "", List.of());
        DeckMetadata metadata = new DeckMetadata("2.0-β", "Zoë", LocalDate.of(2026, 3, 2), List.of(
                new DeckMetadata.ChangelogEntry("2.0-β", LocalDate.of(2026, 3, 2), List.of("Café added", "☕")),
                new DeckMetadata.ChangelogEntry("1.0", null, List.of("First"))));
        return Deck.of("mixed-deck", "Mixed ☕ deck", "A description with\nnew lines.", metadata,
                List.of(full, plain, middle));
    }

    private static byte[] bytes(Deck deck) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeckBinary.write(deck, out);
        return out.toByteArray();
    }

    private static Deck read(byte[] bytes) {
        return DeckBinary.read("test.bin", new ByteArrayInputStream(bytes));
    }

    static void assertSameDeck(Deck actual, Deck expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.metadata()).isEqualTo(expected.metadata());
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Term a = actual.terms().get(i);
            Term e = expected.terms().get(i);
            String as = "terms[" + i + "] " + e.id();
            assertThat(a.id()).as(as).isEqualTo(e.id());
            assertThat(a.name()).as(as).isEqualTo(e.name());
            assertThat(a.level()).as(as).isEqualTo(e.level());
            assertThat(a.category()).as(as).isEqualTo(e.category());
            assertThat(a.definition()).as(as).isEqualTo(e.definition());
            assertThat(a.aliases()).as(as).isEqualTo(e.aliases());
            assertThat(a.related()).as(as).isEqualTo(e.related());
            assertThat(a.same()).as(as).isEqualTo(e.same());
            assertThat(a.example()).as(as).isEqualTo(e.example());
            assertThat(a.tags()).as(as).isEqualTo(e.tags());
            for (String name : e.names()) {
                assertThat(actual.byName(name).map(Term::id)).as(as + " by " + name).isEqualTo(expected.byName(name).map(Term::id));
            }
            assertThat(actual.related(a)).as(as).isEqualTo(expected.related(e));
        }
    }

    @Test
    void aDeckWithEveryKindOfFieldComesBackEqual() throws IOException {
        Deck deck = fullDeck();
        Deck back = read(bytes(deck));
        assertSameDeck(back, deck);
        assertThat(back.terms()).isEqualTo(deck.terms());
        assertThat(back.terms().get(1).aliases()).isEmpty();
        assertThat(back.terms().get(1).category()).isEmpty();
        assertThat(back.terms().get(2).definition()).contains("\uD800");
        assertThat(back.same(back.terms().get(0))).extracting(Term::id).containsExactly("middle");
        assertThat(back.terms().get(1).same()).isEmpty();
    }

    @Test
    void aDeckWithoutNameOrDescriptionComesBackAsTheDeckReaderWouldGiveIt() throws IOException {
        Deck deck = Deck.of("bare", null, null, List.of(Term.of("t", "T", Level.BEGINNER, "Defined.")));
        Deck back = read(bytes(deck));
        assertThat(back.name()).isEqualTo("bare");
        assertThat(back.description()).isEmpty();
    }

    @Test
    void theLongestFieldTheDeckReaderAcceptsComesBackWholeInAnyScript() throws IOException {
        String longest = "日".repeat(DeckValidator.MAX_FIELD_LENGTH);
        Deck deck = Deck.of("long", "Long", "", List.of(Term.of("t", "T", Level.BEGINNER, longest)));
        assertThat(read(bytes(deck)).terms().get(0).definition()).isEqualTo(longest);
    }

    @Test
    void aStringBeyondModifiedUtf8sLimitComesBackWhole() throws IOException {
        String huge = "日".repeat(30_000);
        Deck deck = Deck.of("long", "Long", "", List.of(Term.of("t", "T", Level.BEGINNER, huge)));
        assertThat(read(bytes(deck)).terms().get(0).definition()).isEqualTo(huge);
    }

    @Test
    void theBundledBinaryFromTheBuildHoldsExactlyTheDeckInTheDataFile() throws IOException {
        Path binary = Path.of("target/classes" + DeckSource.BUNDLED_BINARY);
        assertThat(binary).as("written by the build's bundled-deck step").isRegularFile();
        Deck fromBinary;
        try (InputStream in = Files.newInputStream(binary)) {
            fromBinary = DeckBinary.read(binary.toString(), in);
        }
        Deck fromJson = DeckReader.load(Path.of("data/terms.json"));
        assertThat(fromBinary.size()).isEqualTo(236);
        assertSameDeck(fromBinary, fromJson);
        assertSameDeck(DeckSource.bundled(), fromJson);
    }

    @Test
    void withoutTheBinaryTheBundledDeckComesFromTheJson() {
        Deck fromJson = DeckSource.bundled("/glossary/no-such.bin", DeckSource.BUNDLED);
        assertSameDeck(fromJson, DeckSource.bundled());
        assertThatThrownBy(() -> DeckSource.bundled("/glossary/no-such.bin", "/glossary/no-such.json"))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("missing from this build");
    }

    @Test
    void everyTruncationIsAClearErrorNamingTheFile() throws IOException {
        byte[] whole = bytes(fullDeck());
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> read(cut)).as("cut at " + length)
                    .isInstanceOfSatisfying(GlossaryException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(GlossaryException.BAD_DATA))
                    .hasMessageStartingWith("test.bin: ")
                    .hasMessageEndingWith("; rebuild with mvn package");
        }
    }

    @Test
    void aStreamThatIsNotABinaryDeckIsRefused() {
        assertThatThrownBy(() -> read("{\"format\": 1, \"id\": \"x\"}".getBytes()))
                .isInstanceOf(GlossaryException.class)
                .hasMessage("test.bin: not a binary deck; rebuild with mvn package");
    }

    @Test
    void anotherVersionOfTheLayoutIsRefused() throws IOException {
        byte[] bytes = bytes(fullDeck());
        ByteBuffer.wrap(bytes).putInt(4, DeckBinary.VERSION + 1);
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("binary deck version " + (DeckBinary.VERSION + 1));
    }

    @Test
    void bytesAfterTheLastTermAreRefused() throws IOException {
        byte[] whole = bytes(fullDeck());
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> read(longer))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("1 bytes after the last term");
    }

    /** A deck whose every string is one character, so the places of its fields are easy to count. */
    private static final Deck ONE_TERM = Deck.of("d", "D", "", List.of(Term.of("t", "T", Level.BEGINNER, "x")));
    /**
     * Magic and version, then id, name and description (each a 4-byte length and its bytes), then no version,
     * author or date (a 0 byte each) and a changelog of 0 entries.
     */
    private static final int TERM_COUNT_AT = 8 + (4 + 1) + (4 + 1) + 4 + 3 + 4;
    /** The term count, then the term's id and name. */
    private static final int LEVEL_AT = TERM_COUNT_AT + 4 + (4 + 1) + (4 + 1);

    @Test
    void aHugeTermCountIsRefusedBeforeAnythingIsAllocatedForIt() throws IOException {
        byte[] bytes = bytes(ONE_TERM);
        assertThat(ByteBuffer.wrap(bytes).getInt(TERM_COUNT_AT)).isEqualTo(1);
        ByteBuffer.wrap(bytes).putInt(TERM_COUNT_AT, Integer.MAX_VALUE);
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("a count of " + Integer.MAX_VALUE + " does not fit");
    }

    @Test
    void anUnknownLevelIsRefused() throws IOException {
        byte[] bytes = bytes(ONE_TERM);
        assertThat(bytes[LEVEL_AT]).isEqualTo((byte) Level.BEGINNER.ordinal());
        bytes[LEVEL_AT] = 7;
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("term t has an unknown level 7");
    }

    @Test
    void aMalformedStringIsRefused() throws IOException {
        byte[] bytes = bytes(ONE_TERM);
        // The id "d" as a 2-byte sequence's first byte with no second: not UTF-8.
        bytes[8 + 4] = (byte) 0xC3;
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("a malformed string");
    }
}
