package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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
        Path deck = deck();
        for (int seed = 1; seed <= 6; seed++) {
            // A learner of their own each time: a term answered today keeps its close terms out of today's sessions.
            Cli.Result r = new Cli(home.resolve("learner" + seed)).stdin("wrong\n").run("--deck", deck.toString(), "quiz",
                    "--mode", "typed", "--count", "1", "--seed", String.valueOf(seed));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out() + r.err()).contains("Not quite").doesNotContain("internal error");
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
        // A new term's card shows its definition as it is; the questions after it mask the term.
        String asked = choice.out() + choice.err();
        String questions = String.join("\n", Arrays.stream(asked.split("Which term is this\\?"))
                .skip(1).map(q -> q.substring(0, q.indexOf("Your answer"))).toList());
        assertThat(questions).as(asked).contains("as in a _____ b").doesNotContain("a && b");
        Cli.Result reverse = new Cli(home).stdin("1\n".repeat(30)).run("--deck", deck.toString(), "quiz", "--mode",
                "reverse", "--count", "6", "--seed", "5");
        assertThat(reverse.exitCode()).as(reverse.toString()).isZero();
    }
}
