package dev.glossary.store;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.search.SearchIndex;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search index built into the jar must answer every query exactly as one built at run time would. */
class BundledIndexTest {
    private static final Deck BUNDLED = DeckSource.bundled();

    /** Every name and alias, as typed, in lower case, cut short and with a typo; words of definitions; nonsense. */
    private static List<String> queries(Deck deck) {
        List<String> queries = new ArrayList<>(List.of("jwt", "json web token", "retries", "rate limiting work",
                "idempotncy", "kafak", "circuit breaker", "zzzqqq", "the", "cache invalidation", "REST API"));
        for (Term term : deck.terms()) {
            for (String name : term.names()) {
                queries.add(name);
                queries.add(name.toLowerCase());
                queries.add(name.substring(0, Math.max(1, name.length() / 2)));
                if (name.length() > 5) {
                    queries.add(name.substring(0, 2) + name.charAt(3) + name.charAt(2) + name.substring(4));
                }
            }
            String[] words = term.definition().split("\\W+");
            queries.add(String.join(" ", Arrays.copyOfRange(words, 0, Math.min(3, words.length))));
        }
        return queries;
    }

    private static void assertAnswersAlike(SearchIndex read, SearchIndex built, Deck deck) {
        for (String query : queries(deck)) {
            assertThat(read.search(query, 10)).as(query).isEqualTo(built.search(query, 10));
            assertThat(read.search(query, 5, term -> term.level() == Level.ADVANCED)).as(query)
                    .isEqualTo(built.search(query, 5, term -> term.level() == Level.ADVANCED));
            assertThat(read.suggest(query, 3)).as(query).isEqualTo(built.suggest(query, 3));
        }
    }

    private static byte[] written(SearchIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            index.write(out);
        }
        return bytes.toByteArray();
    }

    @Test
    void theIndexInTheJarAnswersAsOneBuiltNow() {
        SearchIndex fromJar = DeckSource.loadedBundled().searchIndex();
        assertThat(fromJar).isNotNull();
        assertAnswersAlike(fromJar, SearchIndex.build(BUNDLED), BUNDLED);
    }

    @Test
    void theIndexInTheJarIsReadNotBuilt() throws IOException {
        try (var in = DeckSource.class.getResourceAsStream(DeckSource.BUNDLED_INDEX)) {
            assertThat(in).as("the build writes the bundled deck's index").isNotNull();
            assertThat(SearchIndex.read(BUNDLED, ByteBuffer.wrap(in.readAllBytes()))).isNotNull();
        }
    }

    @Test
    void anIndexWrittenAndReadBackAnswersAlikeAndKnowsItsDeck() throws IOException {
        Deck small = Deck.of("small", "Small", "", BUNDLED.terms().subList(0, 40));
        SearchIndex built = SearchIndex.build(small);
        byte[] bytes = written(built);

        assertAnswersAlike(SearchIndex.read(small, ByteBuffer.wrap(bytes)), built, small);
        assertThatThrownBy(() -> SearchIndex.read(BUNDLED, ByteBuffer.wrap(bytes)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another deck");
        assertThatThrownBy(() -> SearchIndex.read(small, ByteBuffer.wrap(Arrays.copyOf(bytes, bytes.length / 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchIndex.read(small, ByteBuffer.wrap("not an index".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a search index");
    }
}
