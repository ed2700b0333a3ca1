package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code exam}, and the exam in stats, quiz and due, through the real command line (today is 2 March 2026). */
class ExamCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Cli daysLater(int days) {
        return new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofDays(days)));
    }

    @Test
    void settingAnExamShowsItsFiguresAndKeepsItInConfigForTheDeck() throws IOException {
        Cli.Result set = cli().run("exam", "2026-03-14", "--level", "beginner");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("Exam on Sat 14 Mar 2026 in deck backend: 57 beginner terms.")
                // 57 unseen over the 10 days from today to 3 days before: 6 a day; the learner's own 20 stand.
                .contains("exam in 12 days · 57 unseen · 20 new/day · 0 % predicted recall");
        JsonNode config = JSON.readTree(Files.readString(home.resolve("config.json")));
        assertThat(config.get("exams").get("backend").get("date").asText()).isEqualTo("2026-03-14");
        assertThat(config.get("exams").get("backend").get("levels").toString()).isEqualTo("[\"beginner\"]");
        assertThat(cli().run("exam").out()).contains("exam in 12 days");
    }

    @Test
    void theDailyNewCountIsRaisedWhenTheLearnersOwnIsTooFewAndAQuizUsesIt() throws IOException {
        cli().run("config", "new-per-day", "2");
        Cli.Result set = cli().run("exam", "2026-03-14", "--level", "beginner");
        assertThat(set.out()).contains("57 unseen · 6 new/day")
                .contains("New terms come 6 a day instead of your 2");

        JsonNode quiz = JSON.readTree(cli().stdin("a\n".repeat(40)).run("quiz", "--level", "beginner", "--mode",
                "choice", "--json", "--seed", "1").out());
        assertThat(quiz.get("total").asInt()).isEqualTo(6);
    }

    @Test
    void statsShowsTheExamLineAndItsJsonObject() throws IOException {
        cli().run("config", "new-per-day", "5");
        cli().run("exam", "2026-03-14");
        cli().stdin("a\n").run("quiz", "--term", "GET", "--mode", "choice");

        assertThat(cli().run("stats").out()).contains("  exam in 12 days · 235 unseen · 24 new/day · ");
        JsonNode exam = JSON.readTree(cli().run("stats", "--json").out()).get("exam");
        assertThat(exam.properties()).extracting(e -> e.getKey())
                .containsExactly("date", "daysLeft", "unseen", "newPerDay", "predictedRecall");
        assertThat(exam.get("date").asText()).isEqualTo("2026-03-14");
        assertThat(exam.get("daysLeft").asInt()).isEqualTo(12);
        assertThat(exam.get("unseen").asInt()).isEqualTo(235);
        // 236 unseen as the day began, over 10 days.
        assertThat(exam.get("newPerDay").asInt()).isEqualTo(24);
        // One term of 236 studied once, so far from the day: a little recall, all of it from that term.
        assertThat(exam.get("predictedRecall").asDouble()).isBetween(0.0001, 1.0 / 236);
    }

    @Test
    void aReviewTheExamBringsForwardIsDueThenAndWhySaysWhy() throws IOException {
        // Easy on a new card: stability 8.2956 days, due in 8 days at a retention of 0.90.
        new Cli(home).stdin("\n4\n").run("quiz", "--term", "GET", "--mode", "flip");
        // Retention raised in config.json by hand (config writes the file first), so that the card keeps the
        // interval it got at 0.90: `config retention` would reschedule it from its log, due in 4 days anyway.
        cli().run("config", "new-per-day", "20");
        Path config = home.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"desiredRetention\" : 0.9,", "\"desiredRetention\" : 0.95,"));
        assertThat(cli().run("config", "retention").out()).isEqualTo("0.95\n");
        cli().run("exam", "2026-03-08");

        // 5 whole days to the exam: R(5) = 0.93090929; the first day under 0.95 is day 4, R(4) = 0.94205546.
        assertThat(cli().screen(Screen.plain(200)).run("why", "GET").out()).contains("For the exam on 2026-03-08 it is due 2026-03-06 09:00"
                + " (in 4d) instead: its recall odds on the day would be 93 %, under the 95 % you asked for.");
        assertThat(daysLater(3).run("due", "--count").out()).isEqualTo("0\n");
        assertThat(daysLater(4).run("due", "--count").out()).isEqualTo("1\n");
        cli().run("exam", "clear");
        assertThat(daysLater(4).run("due", "--count").out()).isEqualTo("0\n");
    }

    @Test
    void withoutAnExamStatsJsonSaysNull() throws IOException {
        assertThat(JSON.readTree(cli().run("stats", "--json").out()).get("exam").isNull()).isTrue();
        assertThat(cli().run("exam").out()).contains("No exam set for deck backend. Set one with: glossary exam 2026-04-01");
        assertThat(cli().run("exam", "--json").out().strip()).isEqualTo("null");
    }

    @Test
    void clearingTheExamBringsTheOrdinaryScheduleBack() throws IOException {
        cli().run("exam", "2026-03-14");
        Cli.Result clear = cli().run("exam", "clear");
        assertThat(clear.out()).contains("Exam of 2026-03-14 cleared");
        assertThat(JSON.readTree(Files.readString(home.resolve("config.json"))).has("exams")).isFalse();
        assertThat(cli().run("exam", "clear").out()).contains("No exam was set for deck backend.");
    }

    @Test
    void afterTheDayTheExamLapsesWithOneNoteAndIsGone() throws IOException {
        cli().run("exam", "2026-03-03");
        assertThat(daysLater(1).run("stats").out()).contains("exam today");

        Cli.Result after = daysLater(2).run("stats");
        assertThat(after.err()).isEqualTo("The exam of 2026-03-03 is over; the ordinary schedule is back.\n");
        assertThat(after.out()).doesNotContain("exam in").doesNotContain("exam today");
        assertThat(JSON.readTree(Files.readString(home.resolve("config.json"))).has("exams")).isFalse();
        assertThat(daysLater(2).run("stats").err()).isEmpty();
    }

    @Test
    void aBadOrPastDateIsAUsageErrorAndChangesNothing() {
        Cli.Result bad = cli().run("exam", "14/03/2026");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("glossary: \"14/03/2026\" is not a date; give it as YYYY-MM-DD, e.g. 2026-04-01,"
                + " or clear\n");
        Cli.Result past = cli().run("exam", "2026-03-01");
        assertThat(past.exitCode()).isEqualTo(2);
        assertThat(past.err()).contains("2026-03-01 has passed");
        assertThat(home.resolve("config.json")).doesNotExist();
    }

    @Test
    void anExamIsPerDeck() throws IOException {
        Path deck = home.resolve("course.json");
        Files.writeString(deck, """
                {"format": 1, "id": "course", "name": "Course", "terms": [
                  {"id": "a", "term": "Alpha", "level": "beginner", "definition": "The first letter of the Greek alphabet."},
                  {"id": "b", "term": "Beta", "level": "advanced", "definition": "The second letter of the Greek alphabet."}]}
                """);
        cli().run("exam", "2026-03-20", "--deck", deck.toString());
        assertThat(cli().run("exam").out()).contains("No exam set for deck backend");
        assertThat(cli().run("exam", "--deck", deck.toString()).out()).contains("exam in 18 days · 2 unseen");
        Cli.Result none = cli().run("exam", "2026-03-20", "--level", "intermediate", "--deck", deck.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("deck course has no intermediate terms");
    }
}
