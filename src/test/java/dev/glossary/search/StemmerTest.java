package dev.glossary.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StemmerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "retry retries retried retrying retrier",
            "cache caches cached caching",
            "limit limits limited limiting limiter limiters",
            "index indexes indexed indexing",
            "process processes processed processing",
            "queue queues queued queuing queueing",
            "map maps mapped mapping mapper",
            "proxy proxies",
            "response responses",
            "message messages",
            "key keys",
            "cookie cookies",
            "buffer buffers buffered buffering",
            "rate rates rated rating",
            "code codes coded coding",
            "case cases",
            "core cores",
            "api apis",
            "serialize serializes serialized serializer serialization serialise serialised serialisation",
            "deserialize deserialization deserialise deserialisation",
            "paginate paginated pagination paginations",
            "acknowledge acknowledged acknowledgment acknowledgement acknowledgements",
            "idempotent idempotency idempotence",
            "validate validation",
            "deploy deployment deployments",
    })
    void inflectionsOfAWordMeet(String forms) {
        String[] words = forms.split(" ");

        assertThat(Arrays.stream(words).map(Stemmer::stem).distinct()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api", "jwt", "ttl", "status", "redis", "analysis", "access", "string", "user", "order", "http2",
            "ответ", "café"})
    void leavesShortWordsLookalikesAndForeignWordsAlone(String word) {
        assertThat(Stemmer.stem(word)).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"cache, cash", "limit, limb", "token, taken", "retry, retro", "cors, core", "state, statement",
            "payment, pay", "current, currency", "station, stats", "client, clien", "event, even"})
    void keepsDifferentWordsApart(String one, String other) {
        assertThat(Stemmer.stem(one)).isNotEqualTo(Stemmer.stem(other));
    }
}
