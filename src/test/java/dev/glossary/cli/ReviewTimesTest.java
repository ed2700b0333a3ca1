package dev.glossary.cli;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review times are range-checked wherever they come in (the hostile review's F2): an import of a review dated
 * 9999-12-31 once wrote a progress.json that glossary itself then refused.
 */
class ReviewTimesTest {
    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private Path export(String at) throws IOException {
        return Files.writeString(elsewhere.resolve("export.json"), """
                {"version": 1, "decks": {"backend": {"jwt": {
                  "card": {"state": "new", "stability": 0, "difficulty": 0, "due": "2026-01-01T00:00:00Z",
                           "lastReview": null, "learningSteps": 0, "reps": 0, "lapses": 0, "scheduledDays": 0,
                           "elapsedDays": 0},
                  "reviews": [{"at": "AT", "rating": "good", "mode": "flip", "ms": 1000, "cram": false}]}}}}
                """.replace("AT", at));
    }

    private void answerOnce() {
        Cli.Result r = new Cli(home).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void anImportedReviewFromTheYear9999IsRefusedAndNothingIsWritten() throws IOException {
        answerOnce();
        byte[] before = Files.readAllBytes(home.resolve("progress.json"));
        Path file = export("9999-12-31T00:00:00Z");
        Cli.Result r = new Cli(home).run("progress", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).isEqualTo("glossary: " + file + ": decks.backend.jwt.reviews[0].at: 9999-12-31T00:00:00Z is"
                + " more than a day after this machine's clock (" + Cli.NOW + "); a review cannot come from the future."
                + " Nothing was imported; import a file written by: glossary progress export FILE\n");
        assertThat(Files.readAllBytes(home.resolve("progress.json"))).isEqualTo(before);
        assertThat(new Cli(home).run("due", "--count").exitCode()).isZero();
    }

    @Test
    void aReviewUpToADayAheadIsAnotherTimeZoneAndIsKept() throws IOException {
        Path file = export(Cli.NOW.plus(Duration.ofHours(23)).toString());
        Cli.Result r = new Cli(home).run("progress", "import", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 new reviews");
        assertThat(new Cli(home).run("why", "jwt").exitCode()).isZero();
    }

    @Test
    void anImportedReviewBefore2000IsRefused() throws IOException {
        Path file = export("1999-12-31T23:59:59Z");
        Cli.Result r = new Cli(home).run("progress", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).contains("decks.backend.jwt.reviews[0].at: 1999-12-31T23:59:59Z is not a time between the"
                + " years 2000 and 9999");
        assertThat(home.resolve("progress.json")).doesNotExist();
    }

    @Test
    void aLearnersOwnReviewFromAClockThatWasAheadStillOpens() throws IOException {
        new Cli(home).clock(Clock.fixed(Cli.NOW.plus(Duration.ofDays(30)), ZoneOffset.UTC)).stdin("\n3\n")
                .run("quiz", "--term", "Redis", "--mode", "flip");
        Cli.Result r = new Cli(home).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(new Cli(home).run("stats", "--json").out()).contains("\"totalReviews\" : 2");
    }

    @Test
    void aLearnersOwnReviewBefore2000IsRefusedWithTheField() throws IOException {
        answerOnce();
        Path progress = home.resolve("progress.json");
        Files.writeString(progress, Files.readString(progress).replaceFirst("\"at\" : \"2026", "\"at\" : \"1996"));
        Files.deleteIfExists(home.resolve("cache").resolve("progress.bin"));
        Cli.Result r = new Cli(home).run("due", "--count");
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).contains("decks.backend.redis.reviews[0].at: 1996");
    }

    @Test
    void aClockBefore2000SavesNothingAndSaysWhy() {
        Instant wrong = Instant.parse("1970-01-01T00:00:05Z");
        Cli.Result r = new Cli(home).clock(Clock.fixed(wrong, ZoneOffset.UTC)).stdin("\n3\n")
                .run("quiz", "--term", "Redis", "--mode", "flip");
        assertThat(r.err()).contains("this machine's clock says 1970-01-01T00:00:05Z").contains("nothing was saved");
        assertThat(home.resolve("progress.json")).doesNotExist();
    }

    @Test
    void srsReplayTakesTheReferenceVectorsFutureButNotBefore2000() throws IOException {
        Path history = Files.writeString(elsewhere.resolve("h.json"), """
                {"cases": [{"id": 1, "created": "2400-01-01T00:00:00Z",
                            "steps": [{"review": "2400-01-01T00:00:00Z", "rating": 3}]}]}
                """);
        assertThat(new Cli(home).run("srs", "replay", history.toString()).exitCode()).isZero();
        Files.writeString(history, Files.readString(history).replace("2400-01-01", "1999-01-01"));
        Cli.Result old = new Cli(home).run("srs", "replay", history.toString());
        assertThat(old.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(old.err()).contains("1999-01-01T00:00:00Z is not a time between the years 2000 and 9999");
    }

    /** The hostile review's W7: such a card was accepted, and why said "never reviewed" of a learning card. */
    @Test
    void aStudiedCardWithNoAnswerInItsLogIsRefusedNotContradicted() throws IOException {
        Path file = Files.writeString(elsewhere.resolve("export.json"), """
                {"version": 1, "decks": {"backend": {"jwt": {
                  "card": {"state": "learning", "stability": 2.3, "difficulty": 5, "due": "2026-03-02T09:10:00Z",
                           "lastReview": "2026-03-02T09:00:00Z", "learningSteps": 1, "reps": 1, "lapses": 0,
                           "scheduledDays": 0, "elapsedDays": 0},
                  "reviews": []}}}}
                """);
        Cli.Result r = new Cli(home).run("progress", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).contains("decks.backend.jwt.card: the card is learning, but \"reviews\" holds no scheduled"
                + " answer it could come from");
    }
}
