package dev.glossary.deck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    @Test
    void aLongSentenceFullOfCommasAndColonsIsOneSentence() {
        assertThat(Sentences.count("A four-step ladder, introduced in a 2008 talk, that ranks web APIs: level 0 is RPC"
                + " over one URL (like SOAP), level 1 adds resources, and level 3 adds hypermedia controls.")).isEqualTo(1);
    }

    @Test
    void sentencesEndAtAStopFollowedByACapitalADigitOrAQuote() {
        assertThat(Sentences.split("It waits. Then it retries! Why? 42 is the answer. \"Quoted\" starts one too."))
                .containsExactly("It waits.", "Then it retries!", "Why?", "42 is the answer.",
                        "\"Quoted\" starts one too.");
    }

    @Test
    void abbreviationsVersionNumbersAndFileNamesDoNotEndASentence() {
        assertThat(Sentences.count("Runs e.g. Express, i.e. A framework, vs. Koa on Node.js 2.0 from index.js and"
                + " server.ts. It is fast.")).isEqualTo(2);
    }

    @Test
    void aClosingQuoteOrBracketAfterTheStopBelongsToTheSentence() {
        assertThat(Sentences.split("He said \"stop.\" Then (as usual.) It ended."))
                .containsExactly("He said \"stop.\"", "Then (as usual.)", "It ended.");
    }

    @Test
    void anEllipsisInsideASentenceDoesNotSplitIt() {
        assertThat(Sentences.count("Wait 1s, 2s, 4s, 8s... and then give up. Report the error.")).isEqualTo(2);
    }

    @Test
    void aSentenceThatStartsWithEgIsSplitOffBeforeIt() {
        assertThat(Sentences.split("A piece of code around another. E.g. a small module.")).containsExactly(
                "A piece of code around another.", "E.g. a small module.");
    }
}
