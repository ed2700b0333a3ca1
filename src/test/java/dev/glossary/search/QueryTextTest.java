package dev.glossary.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {
    @Test
    void takesAQueryApartIntoFoldedWordsAndTheirRunTogetherKey() {
        QueryText query = QueryText.parse("  Server-Sent   ÉVENTS ");

        assertThat(query.words()).containsExactly("server", "sent", "events");
        assertThat(query.compact()).isEqualTo("serversentevents");
        assertThat(query.isEmpty()).isFalse();
    }

    @Test
    void aMissingOrBlankQueryIsEmpty() {
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
        assertThat(QueryText.parse(" ?! ").isEmpty()).isTrue();
    }

    @Test
    void aPastedParagraphIsCutToAFewWords() {
        QueryText query = QueryText.parse("word ".repeat(1_000));

        assertThat(query.words()).hasSize(QueryText.MAX_WORDS);
        assertThat(QueryText.parse("x".repeat(1_000)).compact()).hasSize(QueryText.MAX_CHARS);
    }
}
