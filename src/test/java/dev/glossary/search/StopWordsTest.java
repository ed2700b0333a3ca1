package dev.glossary.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {
    @Test
    void knowsCommonFunctionWordsButNoTermWords() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("what")).isTrue();
        assertThat(StopWords.contains("cache")).isFalse();
        assertThat(StopWords.contains("api")).isFalse();
    }

    @Test
    void isListedFolded() {
        assertThat(StopWords.ALL).allSatisfy(word -> assertThat(Tokenizer.foldedWords(word)).containsExactly(word));
    }
}
