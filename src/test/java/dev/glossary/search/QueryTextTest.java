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
    void keywordsLeaveOutStopWordsUnlessThatLeavesNothing() {
        assertThat(QueryText.parse("What is the Time to Live?").keywords()).containsExactly("time", "live");
        assertThat(QueryText.parse("to be or not to be").keywords()).containsExactly("to", "be", "or", "not", "to", "be");
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
