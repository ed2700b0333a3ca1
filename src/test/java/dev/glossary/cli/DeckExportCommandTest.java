package dev.glossary.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code deck export --to html}: the handout, through the real command line. */
class DeckExportCommandTest {
    @TempDir
    Path home;

    @Test
    void aHandoutWithAQuizSheetIsWrittenAndSaysWhatItHolds() throws IOException {
        Path page = home.resolve("handout.html");
        Cli.Result r = new Cli(home).run("deck", "export", "--to", "html", "--questions", "10", "--order", "alphabetical",
                "-o", page.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + page + ": 236 terms as html, with a quiz sheet of 10 questions and"
                + " its answer key\n");
        Document html = Jsoup.parse(Files.readString(page));
        assertThat(html.select("main.alphabetical article.term")).hasSize(236);
        assertThat(html.select("section.quiz li")).hasSize(10);
    }

    @Test
    void theQuizSheetAsksEveryTermUnlessToldHowMany() throws IOException {
        Path deck = home.resolve("mini.json");
        Files.writeString(deck, """
                {"format": 1, "id": "mini", "name": "Mini", "terms": [
                  {"id": "a", "term": "Alpha", "level": "beginner", "definition": "The first letter of the Greek alphabet."},
                  {"id": "b", "term": "Beta", "level": "advanced", "definition": "The second letter, after the first."}
                ]}
                """);
        Cli.Result r = new Cli(home).run("deck", "export", "--quiz", deck.toString(), "--to", "html");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        Document html = Jsoup.parse(r.out());
        assertThat(html.title()).isEqualTo("Mini");
        assertThat(html.select("section.quiz li")).hasSize(2);
        assertThat(html.select("section.answers li").eachText()).containsExactlyInAnyOrder("Alpha", "Beta");
    }

    @Test
    void theHandoutOptionsAreAUsageErrorForOtherFormats() {
        Cli.Result quiz = new Cli(home).run("deck", "export", "--to", "markdown", "--quiz");
        assertThat(quiz.exitCode()).isEqualTo(2);
        assertThat(quiz.err()).isEqualTo("glossary: --quiz makes sense for a page to print only; add --to html\n");
        Cli.Result none = new Cli(home).run("deck", "export", "--to", "html", "--questions", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--questions takes a number of questions, 1 or more, not 0");
        Cli.Result order = new Cli(home).run("deck", "export", "--to", "csv", "--order", "alphabetical");
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("--order");
    }
}
