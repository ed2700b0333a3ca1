package dev.glossary.search;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordIndexTest {
    private final List<Term> terms = new ArrayList<>();
    private NameTable table;
    private final WordIndex index = build("Rate Limiter", "Rate Limiting", "Idempotency Key", "Idempotency",
            "Node.js Runtime", "Exponential Backoff", "Bulkhead Bulkhead", "Correlation ID", "API Gateway",
            "Serialization", "Idea Board");

    @Test
    void matchesEveryQueryWordAsAWordOrWordPrefixInAnyOrder() {
        assertThat(matches(List.of("lim", "rate"), 0)).containsOnlyKeys("Rate Limiter", "Rate Limiting");
        assertThat(matches(List.of("key", "idempotency"), 0)).containsOnlyKeys("Idempotency Key");
    }

    @Test
    void matchesByStem() {
        assertThat(matches(List.of("limits"), 0)).containsOnlyKeys("Rate Limiter", "Rate Limiting");
    }

    @Test
    void aPluralMatchesItsSingularEvenWhenTooShortToStem() {
        assertThat(matches(List.of("correlation", "ids"), 0)).containsOnlyKeys("Correlation ID");
        assertThat(matches(List.of("apis"), 0)).containsOnlyKeys("API Gateway");
    }

    @Test
    void anotherFormOfANameWordMatchesIt() {
        assertThat(matches(List.of("serialize"), 0)).containsOnlyKeys("Serialization");
        assertThat(matches(List.of("idempotent"), 0)).containsOnlyKeys("Idempotency", "Idempotency Key");
    }

    @Test
    void reportsWhichQueryWordsEachNameUsesAndWhetherAsTyped() {
        Map<String, List<String>> used = new LinkedHashMap<>();
        List<String> query = List.of("the", "ratelimit", "idempotncy", "id", "limits");
        index.wordsInNames(query, word -> word.equals("idempotncy") ? 1 : 0, index.lookups(), (variant, word, exact) ->
                used.computeIfAbsent(nameOf(variant), n -> new ArrayList<>()).add(word + (exact ? "=" : "~")));

        assertThat(used).containsOnlyKeys("Idempotency", "Idempotency Key", "Correlation ID", "Rate Limiter",
                "Rate Limiting");
        assertThat(used.get("Idempotency")).containsOnly("2~");
        assertThat(used.get("Correlation ID")).containsOnly("3=");
        assertThat(used.get("Rate Limiter")).containsOnly("4~");
    }

    @Test
    void findsNamesWithAWordSharingTheQuerysStart() {
        Map<String, Integer> unshared = new LinkedHashMap<>();
        index.sharingStart("serializr", 6, (variant, quality, left) -> unshared.put(nameOf(variant), left));

        assertThat(unshared).containsExactly(Map.entry("Serialization", 1));
    }

    @Test
    void aQueryWordThatMatchesNothingMeansNoMatch() {
        assertThat(matches(List.of("rate", "bucket"), 0)).isEmpty();
        assertThat(matches(List.of("rate", "limiter", "key"), 0)).isEmpty();
    }

    @Test
    void ranksAWholeNameMatchAboveAPartialOne() {
        Map<String, Double> found = matches(List.of("idempotency"), 0);

        assertThat(found.get("Idempotency")).isGreaterThan(found.get("Idempotency Key"));
    }

    @Test
    void ranksAWholeWordAboveAPrefix() {
        Map<String, Double> found = matches(List.of("rate", "limiter"), 0);

        assertThat(found.get("Rate Limiter")).isGreaterThan(found.get("Rate Limiting"));
    }

    @Test
    void allowsTyposOnlyWhenAskedAndCountsThem() {
        assertThat(matches(List.of("exponental"), 0)).isEmpty();

        List<Integer> edits = new ArrayList<>();
        index.match(List.of("exponental", "backof"), word -> EditDistance.allowedEdits(word.length()),
                (variant, quality, e) -> edits.add(e));

        assertThat(edits).containsExactly(1);
    }

    @Test
    void aTranspositionIsOneTypo() {
        assertThat(matches(List.of("idmepotency"), 1)).containsOnlyKeys("Idempotency", "Idempotency Key");
    }

    @Test
    void findsNamesThatStartWithAKeyAcrossWordBreaks() {
        assertThat(prefixed("ratelim")).containsOnlyKeys("Rate Limiter", "Rate Limiting");
        assertThat(prefixed("nodejsrun")).containsOnlyKeys("Node.js Runtime");
        assertThat(prefixed("idempotency")).containsOnlyKeys("Idempotency Key");
        assertThat(prefixed("limiter")).isEmpty();
    }

    @Test
    void ranksTheShorterOfTwoPrefixedNamesHigher() {
        Map<String, Double> found = prefixed("rate");

        assertThat(found.get("Rate Limiter")).isGreaterThan(found.get("Rate Limiting"));
    }

    @Test
    void aRepeatedWordIsListedOnce() {
        List<Integer> found = new ArrayList<>();
        index.match(List.of("bulkhead"), word -> 0, (variant, quality, edits) -> found.add(variant));

        assertThat(found).hasSize(1);
        assertThat(index.wordCount(found.get(0))).isEqualTo(2);
    }

    private Map<String, Double> matches(List<String> words, int edits) {
        Map<String, Double> found = new LinkedHashMap<>();
        index.match(words, word -> edits, (variant, quality, e) -> found.merge(nameOf(variant), quality, Math::max));
        return found;
    }

    private Map<String, Double> prefixed(String key) {
        Map<String, Double> found = new LinkedHashMap<>();
        index.prefixed(key, (variant, score) -> found.merge(nameOf(variant), score, Math::max));
        return found;
    }

    private String nameOf(int variant) {
        return terms.get(table.terms()[variant]).name();
    }

    private WordIndex build(String... names) {
        for (String name : names) {
            terms.add(Term.of("t" + terms.size(), name, Level.BEGINNER, ""));
        }
        table = NameTable.of(terms);
        return WordIndex.build(table);
    }
}
