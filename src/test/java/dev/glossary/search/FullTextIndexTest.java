package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextIndexTest {
    private final List<Term> terms = List.of(
            term("Backoff", "Wait longer before each retry of a failed request.", ""),
            term("Idempotency", "Safe to retry: doing it twice is like doing it once.", "Retrying a PUT is harmless."),
            term("Caching", "Keeping data close so reads are fast; caches need invalidation.", ""),
            term("Load Balancer", "Spreads each request across servers.", ""),
            term("Token Bucket", "An algorithm that caps the request rate.", ""),
            term("Sliding Window", "An algorithm that counts requests in a moving window.", ""));
    private final FullTextIndex index = build(terms);

    @Test
    void findsInflectionsThroughTheirStem() {
        assertThat(search("retries")).containsOnlyKeys("Backoff", "Idempotency");
        assertThat(search("cached")).containsOnlyKeys("Caching");
    }

    @Test
    void searchesExamplesAndNamesToo() {
        assertThat(search("put")).containsOnlyKeys("Idempotency");
        assertThat(search("bucket")).containsOnlyKeys("Token Bucket");
    }

    @Test
    void aTermUsingEveryQueryWordBeatsOneUsingSome() {
        Map<String, Double> found = search("algorithm moving");

        assertThat(found.get("Sliding Window")).isGreaterThan(found.get("Token Bucket"));
    }

    @Test
    void aRareWordCountsMoreThanACommonOne() {
        Map<String, Double> found = search("request invalidation");

        assertThat(found.get("Caching")).isGreaterThan(found.get("Load Balancer"));
    }

    @Test
    void aNameCountsMoreThanADefinition() {
        Map<String, Double> found = search("algorithm bucket");

        assertThat(found.keySet().iterator().next()).isEqualTo("Token Bucket");
        assertThat(found.get("Token Bucket")).isGreaterThan(found.get("Sliding Window"));
    }

    @Test
    void stopWordsAloneFindNothing() {
        assertThat(search("the of a")).isEmpty();
    }

    @Test
    void knowsTheWordsOfTheDeck() {
        assertThat(index.contains("retrying")).isTrue();
        assertThat(index.contains("bucket")).isTrue();
        assertThat(index.contains("retryng")).isFalse();
    }

    @Test
    void anEmptyDeckFindsNothing() {
        Map<Integer, Double> found = new LinkedHashMap<>();
        build(List.of()).search(List.of("retry"), new NameWordHits(0), found::put);

        assertThat(found).isEmpty();
    }

    @Test
    void partsBuiltOnTwoThreadsFindWhatOnePartFinds() {
        List<Term> many = new ArrayList<>();
        for (int copy = 0; copy < 100; copy++) {
            for (Term term : BackendDeck.terms()) {
                many.add(new Term(term.id() + copy, term.name() + " " + copy, term.level(), term.category(),
                        term.definition(), term.aliases(), List.of(), term.example(), term.tags()));
            }
        }
        FullTextIndex whole = build(many);
        FullTextIndex.Parts parts = new FullTextIndex.Parts(many, 1);
        CompletableFuture<FullTextIndex.Part> other = CompletableFuture.supplyAsync(parts::take);
        FullTextIndex.Part mine = parts.take();
        FullTextIndex merged = parts.merge(mine, other.join());

        for (String query : List.of("retries", "cache invalidation", "token bucket 42", "signature claims", "17")) {
            assertThat(results(merged, query)).as(query).isEqualTo(results(whole, query));
        }
        assertThat(merged.contains("jitter")).isTrue();
    }

    private static Map<Integer, Double> results(FullTextIndex index, String query) {
        Map<Integer, Double> found = new HashMap<>();
        index.search(Tokenizer.foldedWords(query), new NameWordHits(BackendDeck.terms().size() * 100), found::put);
        return found;
    }

    @Test
    void aQueryWordInANameCountsEvenWhenOnlyATypoOfItIs() {
        Map<String, Double> plain = search("bukcet request");
        NameWordHits names = new NameWordHits(terms.size());
        names.add(4, 0, false);
        Map<String, Double> found = new LinkedHashMap<>();
        index.search(List.of("bukcet", "request"), names, (term, score) -> found.put(terms.get(term).name(), score));

        assertThat(plain.keySet().iterator().next()).isNotEqualTo("Token Bucket");
        assertThat(found).containsKeys("Token Bucket", "Load Balancer");
        assertThat(found.get("Token Bucket")).isGreaterThan(found.get("Load Balancer"))
                .isGreaterThan(found.get("Backoff"));
    }

    @Test
    void aTermWhoseNameAloneHasAQueryWordIsFound() {
        NameWordHits names = new NameWordHits(terms.size());
        names.add(2, 0, false);
        Map<String, Double> found = new LinkedHashMap<>();
        index.search(List.of("cachng"), names, (term, score) -> found.put(terms.get(term).name(), score));

        assertThat(found).containsOnlyKeys("Caching");
    }

    private static FullTextIndex build(List<Term> terms) {
        FullTextIndex.Parts parts = new FullTextIndex.Parts(terms, FullTextIndex.Parts.CHUNK);
        return parts.merge(parts.take());
    }

    /** Term name to score, best first. */
    private Map<String, Double> search(String query) {
        Map<String, Double> found = new LinkedHashMap<>();
        index.search(Tokenizer.foldedWords(query), new NameWordHits(terms.size()),
                (term, score) -> found.put(terms.get(term).name(), score));
        Map<String, Double> sorted = new LinkedHashMap<>();
        found.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static Term term(String name, String definition, String example) {
        return new Term(name.toLowerCase(), name, Level.BEGINNER, "", definition, List.of(), List.of(), example, List.of());
    }
}
