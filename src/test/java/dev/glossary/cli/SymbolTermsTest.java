package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deck of terms named with symbols only ({@code &&}, {@code ||}, {@code ->}, {@code ?}, {@code $}, {@code (}),
 * valid and usable everywhere (the hostile review's F6 and W9): typed mode once threw IndexOutOfBoundsException,
 * graded "&&" wrong for "&&", and search found nothing.
 */
class SymbolTermsTest {
    @TempDir
    Path home;

    private Path deck() throws IOException {
        try (InputStream in = SymbolTermsTest.class.getResourceAsStream("/hostile/ops.json")) {
            Path deck = home.resolve("ops.json");
            Files.copy(in, deck);
            return deck;
        }
    }

    @Test
    void aWrongTypedAnswerIsGradedWrongWithoutACrash() throws IOException {
        for (int seed = 1; seed <= 6; seed++) {
            // A home for each seed: after one symbol is answered, the others are close terms of it and wait a day.
            Cli.Result r = new Cli(home.resolve("seed" + seed)).stdin("wrong\n").run("--deck", deck().toString(), "quiz",
                    "--mode", "typed", "--count", "1", "--seed", String.valueOf(seed));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out() + r.err()).contains("Not quite").doesNotContain("internal error");
            Files.delete(home.resolve("ops.json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&&", "||", "->", "?", "$", "("})
    void theExactNameIsTheRightTypedAnswerAndSearchFindsIt(String name) throws IOException {
        Path deck = deck();
        Cli.Result quiz = new Cli(home).stdin(name + "\n").run("--deck", deck.toString(), "quiz", "--mode", "typed",
                "--term", name, "--json");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();
        assertThat(quiz.out()).contains("\"correct\" : true");
        Cli.Result search = new Cli(home).run("--deck", deck.toString(), "search", "--", name);
        assertThat(search.exitCode()).as(search.toString()).isZero();
        assertThat(search.out()).startsWith(" 1. " + name + "  ");
    }

    @Test
    void choiceAndReverseQuestionsAskSymbolTermsAndMaskThem() throws IOException {
        Path deck = deck();
        Cli.Result choice = new Cli(home).stdin("1\n".repeat(30)).run("--deck", deck.toString(), "quiz", "--mode",
                "choice", "--count", "6", "--seed", "5");
        assertThat(choice.exitCode()).as(choice.toString()).isZero();
        // The introduction shows the card as it is; the question masks it.
        String asked = choice.out() + choice.err();
        assertThat(asked).contains("as in a _____ b");
        String[] questions = asked.split("Which term is this\\?");
        assertThat(questions).hasSizeGreaterThan(1);
        for (int i = 1; i < questions.length; i++) {
            assertThat(questions[i].substring(0, questions[i].indexOf("Your answer"))).doesNotContain("a && b");
        }
        Cli.Result reverse = new Cli(home).stdin("1\n".repeat(30)).run("--deck", deck.toString(), "quiz", "--mode",
                "reverse", "--count", "6", "--seed", "5");
        assertThat(reverse.exitCode()).as(reverse.toString()).isZero();
    }
}
