package dev.glossary.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    @Test
    void foldsCaseAndAccentsAndSplitsOnPunctuation() {
        assertThat(Tokenizer.foldedWords("Server-Sent Events, Façade & CRÈME brûlée!"))
                .containsExactly("server", "sent", "events", "facade", "creme", "brulee");
    }

    @Test
    void keepsLettersOfOtherScriptsAndDigits() {
        assertThat(Tokenizer.foldedWords("HTTP/2 ответ 404 冪等")).containsExactly("http", "2", "ответ", "404", "冪等");
    }

    @Test
    void aSeparatelyWrittenAccentStaysWithItsLetter() {
        assertThat(Tokenizer.foldedWords("cafe\u0301 open")).containsExactly("cafe", "open");
    }

    @Test
    void anApostropheInsideAWordIsDropped() {
        assertThat(Tokenizer.foldedWords("the client's retry, 'quoted'"))
                .containsExactly("the", "clients", "retry", "quoted");
    }

    @Test
    void controlCharactersAndSymbolsSeparateWords() {
        assertThat(Tokenizer.foldedWords("a\u0000b\u001b[31mc 🙂d")).containsExactly("a", "b", "31mc", "d");
    }

    @Test
    void wordsRememberWhereTheyAreInTheOriginal() {
        String text = "Use an Idempotency-Key.";

        List<Tokenizer.Token> tokens = Tokenizer.wordsAndJoins(text);

        assertThat(tokens).extracting(token -> text.substring(token.start(), token.end()))
                .containsExactly("Use", "an", "Idempotency", "Key", "Idempotency-Key");
    }

    @Test
    void joinsWordsWrittenWithOneHyphenDotOrSlash() {
        assertThat(Tokenizer.wordsAndJoins("Node.js, e-mail and TCP/IP but not a - b"))
                .extracting(Tokenizer.Token::text)
                .contains("nodejs", "email", "tcpip")
                .doesNotContain("ab");
    }

    @Test
    void aBlankTextHasNoWords() {
        assertThat(Tokenizer.foldedWords(" \t\n…!")).isEmpty();
        assertThat(Tokenizer.wordsAndJoins("")).isEmpty();
    }

    @Test
    void aLoneSurrogateIsASeparator() {
        assertThat(Tokenizer.foldedWords("a\ud800b")).containsExactly("a", "b");
    }
}
