package dev.glossary.search;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {
    private static final SearchIndex INDEX = SearchIndex.build(BackendDeck.deck());

    @ParameterizedTest(name = "\"{0}\" finds {1} first, as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            idempotency              | Idempotency                | EXACT
            IDEMPOTENCY!             | Idempotency                | EXACT
            jwt                      | JWT (JSON Web Token)       | EXACT
            json web token           | JWT (JSON Web Token)       | EXACT
            Json-Web-Token           | JWT (JSON Web Token)       | EXACT
            throttling               | Rate Limiting              | EXACT
            thundering herd          | Cache Stampede             | EXACT
            server sent events       | Server-Sent Events         | EXACT
            sse                      | Server-Sent Events         | EXACT
            ttl                      | Time to Live               | EXACT
            dlq                      | Dead Letter Queue          | EXACT
            nodejs                   | Node.js                    | EXACT
            node.js                  | Node.js                    | EXACT
            Node JS                  | Node.js                    | EXACT
            facade                   | Façade                     | EXACT
            cache                    | Caching                    | EXACT
            http 403                 | 403 Forbidden              | EXACT
            idempotency k            | Idempotency Key            | PREFIX
            rate lim                 | Rate Limiter               | PREFIX
            404                      | 404 Not Found              | PREFIX
            expo                     | Exponential Backoff        | PREFIX
            lim rate                 | Rate Limiter               | ALL_WORDS
            backoff retry            | Retry with Backoff         | ALL_WORDS
            pagination cursor        | Cursor Pagination          | ALL_WORDS
            retries                  | Retry with Backoff         | ALL_WORDS
            limits                   | Rate Limiter               | ALL_WORDS
            what is idempotency?     | Idempotency                | ALL_WORDS
            idempotncy               | Idempotency                | FUZZY
            idmepotency              | Idempotency                | FUZZY
            exponental               | Exponential Backoff        | FUZZY
            circut breaker           | Circuit Breaker            | FUZZY
            eventual consistancy     | Eventual Consistency       | FUZZY
            nodjs                    | Node.js                    | FUZZY
            serversentevnts          | Server-Sent Events         | FUZZY
            kafak                    | Apache Kafka               | FUZZY
            duplicate charges        | Idempotency Key            | FULL_TEXT
            jitter                   | Exponential Backoff        | FULL_TEXT
            claims signature         | JWT (JSON Web Token)       | FULL_TEXT
            reconnection             | Server-Sent Events         | FULL_TEXT
            handshake authentication | Connection Pool            | FULL_TEXT
            """)
    void findsTheTermALearnerMeantFirst(String query, String name, MatchKind kind) {
        List<SearchHit> hits = INDEX.search(query, 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).term().name()).isEqualTo(name);
        assertThat(hits.get(0).kind()).isEqualTo(kind);
    }

    @Test
    void findsADefinitionThatSaysRetryForRetries() {
        List<SearchHit> hits = INDEX.search("retries", 10);

        SearchHit backoff = hitFor(hits, "Exponential Backoff");
        assertThat(backoff.kind()).isEqualTo(MatchKind.FULL_TEXT);
        assertThat(highlighted(backoff.snippet())).containsExactly("retry");
    }

    @Test
    void highlightsPointAtTheMatchedWords() {
        SearchHit hit = INDEX.search("duplicate charges", 1).get(0);

        assertThat(highlighted(hit.snippet())).containsExactly("duplicate", "charges");
    }

    @Test
    void aNameMatchShowsTheStartOfTheDefinition() {
        SearchHit hit = INDEX.search("caching", 1).get(0);

        assertThat(hit.term().name()).isEqualTo("Caching");
        assertThat(hit.snippet().text()).startsWith("Keeping a copy of data");
    }

    @Test
    void ranksTiersInOrderAndListsEachTermOnce() {
        List<SearchHit> hits = INDEX.search("rate", 50);

        assertThat(hits).extracting(SearchHit::kind).isSorted();
        assertThat(hits).extracting(hit -> hit.term().id()).doesNotHaveDuplicates();
        assertThat(hits).extracting(hit -> hit.term().name())
                .startsWith("Rate Limiter", "Rate Limiting")
                .contains("Token Bucket");
    }

    @Test
    void honoursTheLimit() {
        assertThat(INDEX.search("rate", 1)).hasSize(1);
        assertThat(INDEX.search("the request", 3)).hasSize(3);
    }

    @Test
    void honoursTheFilterBeforeTheLimit() {
        List<SearchHit> hits = INDEX.search("rate", 2, term -> term.level() == Level.BEGINNER);

        assertThat(hits).extracting(hit -> hit.term().level()).containsOnly(Level.BEGINNER);
        assertThat(hits.get(0).term().name()).isEqualTo("Rate Limiting");
    }

    @Test
    void suggestsTheNearestNamesForANonsenseQuery() {
        assertThat(names(INDEX.suggest("kafak", 3))).startsWith("Apache Kafka");
        assertThat(names(INDEX.suggest("idempotncy kee", 3))).startsWith("Idempotency Key");
        assertThat(names(INDEX.suggest("websockt", 3))).containsExactly("WebSocket");
    }

    @Test
    void suggestsNothingWhenNothingIsNear() {
        assertThat(INDEX.suggest("qqqqqqqqqqqq", 5)).isEmpty();
    }

    @Test
    void suggestsOnlyNamesGenuinelyClose() {
        assertThat(INDEX.suggest("café", 5)).isEmpty();
        assertThat(names(INDEX.suggest("tokn", 5))).contains("Token Bucket");
    }

    @Test
    void suggestsFromTheStartOfAWordWhenTheEndIsTooFarOff() {
        assertThat(INDEX.search("exponentialish", 3)).isEmpty();
        assertThat(names(INDEX.suggest("exponentialish", 3))).containsExactly("Exponential Backoff");
    }

    @Test
    void suggestsWithinTheFilter() {
        assertThat(names(INDEX.suggest("kafak", 3))).contains("Apache Kafka");
        assertThat(names(INDEX.suggest("kafak", 3, term -> term.level() == Level.BEGINNER))).doesNotContain("Apache Kafka");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\t\n", "!!!", "…", "🙂🙂"})
    void aBlankQueryFindsNothing(String query) {
        assertThat(INDEX.search(query, 10)).isEmpty();
        assertThat(INDEX.suggest(query, 10)).isEmpty();
    }

    @Test
    void aMissingQueryOrNoRoomFindsNothing() {
        assertThat(INDEX.search(null, 10)).isEmpty();
        assertThat(INDEX.suggest(null, 10)).isEmpty();
        assertThat(INDEX.search("idempotency", 0)).isEmpty();
        assertThat(INDEX.search("idempotency", -1)).isEmpty();
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
            "ідемпотентність", "冪等性", "مفتاح", "e\u0301vent", "\u0000\u0007\u001b[31m", "\ud800", "a\udc00b",
            "((((", "%s%n", "' OR 1=1 --", "ǅemal", "İstanbul ß"})
    void oddInputIsSearchedWithoutFailing(String query) {
        assertThat(INDEX.search(query, 10)).hasSizeLessThanOrEqualTo(10);
        assertThat(INDEX.suggest(query, 10)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void aVeryLongQueryIsSearchedWithoutFailing() {
        String query = "idempotency ".repeat(10_000) + "x".repeat(100_000);

        assertThat(INDEX.search(query, 10)).hasSizeLessThanOrEqualTo(10);
        assertThat(INDEX.suggest(query, 10)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void controlCharactersSeparateWords() {
        assertThat(INDEX.search("server\u0000sent\u001bevents", 1))
                .extracting(hit -> hit.term().name()).containsExactly("Server-Sent Events");
    }

    @Test
    void anEmptyDeckFindsNothing() {
        SearchIndex empty = SearchIndex.build(Deck.of("empty", "Empty", "", List.of()));

        assertThat(empty.search("anything", 10)).isEmpty();
        assertThat(empty.suggest("anything", 10)).isEmpty();
    }

    private static SearchHit hitFor(List<SearchHit> hits, String name) {
        return hits.stream().filter(hit -> hit.term().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> highlighted(Snippet snippet) {
        return snippet.highlights().stream().map(span -> snippet.text().substring(span.start(), span.end())).toList();
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }

}
