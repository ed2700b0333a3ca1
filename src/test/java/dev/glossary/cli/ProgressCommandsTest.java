package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Review;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import dev.glossary.store.JsonProgressStore;
import dev.glossary.store.LearnerFiles;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** stats, why, config and progress export/import/restore through the real command line. */
class ProgressCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static Clock at(Duration later) {
        return Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), later);
    }

    private void review(Path where, String term, String rating) {
        new Cli(where).stdin("\n" + rating + "\n").run("quiz", "--term", term, "--mode", "flip");
    }

    @Test
    void statsJsonCountsReviewsDueAndTermsByLevel() throws IOException {
        review(home, "Redis", "1");
        review(home, "GET", "4");
        Cli.Result r = new Cli(home).clock(at(Duration.ofMinutes(5))).run("stats", "--json");
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("totalReviews").asInt()).isEqualTo(2);
        assertThat(s.get("due").asInt()).isEqualTo(1);
        assertThat(s.get("byLevel").get("intermediate").get("learning").asInt()).isEqualTo(1);
        assertThat(s.get("byLevel").get("beginner").get("young").asInt()).isEqualTo(1);
        assertThat(s.get("byLevel").get("advanced").get("new").asInt()).isEqualTo(46);
        assertThat(s.get("forecast")).hasSize(14);
        assertThat(s.get("streakDays").asInt()).isEqualTo(1);
    }

    @Test
    void statsOnATerminalDrawsTheForecastAndTheHeatmap() {
        review(home, "GET", "3");
        Cli.Result r = new Cli(home).screen(new Screen(80, false, true)).run("stats", "--level", "beginner");
        assertThat(r.out()).contains("beginner").doesNotContain("advanced")
                .contains("Due in the next 14 days").contains("█")
                .contains("Reviews, last 16 weeks").contains("Mon");
    }

    @Test
    void whyExplainsTheSchedule() {
        review(home, "Redis", "3");
        Cli.Result r = new Cli(home).run("why", "redis");
        assertThat(r.out()).contains("Reviews:").contains("good").contains("flip")
                .contains("State: learning").contains("learning step");
    }

    /** The hostile review's C4: the text typed was echoed, not the value kept. */
    @Test
    void configEchoesTheValueItKeptNotTheTextTyped() {
        Cli.Result r = new Cli(home).run("config", "retention", "0.8500000000000000001");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("retention = 0.85\n");
    }

    @Test
    void newSchedulerSettingsRescheduleStudiedCardsFromTheirLogsAndGoingBackGivesTheSameCards() throws IOException {
        review(home, "Redis", "3");
        new Cli(home).clock(at(Duration.ofDays(1))).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
        JsonNode first = JSON.readTree(new Cli(home).run("why", "Redis", "--json").out());

        Cli.Result lower = new Cli(home).run("config", "retention", "0.8");
        assertThat(lower.out()).contains("Rescheduled 1 card from its review log under the new settings.");
        JsonNode later = JSON.readTree(new Cli(home).run("why", "Redis", "--json").out());
        assertThat(Instant.parse(later.get("due").asText())).isAfter(Instant.parse(first.get("due").asText()));

        assertThat(new Cli(home).run("config", "retention", "0.9").out()).contains("Rescheduled 1 card");
        JsonNode back = JSON.readTree(new Cli(home).run("why", "Redis", "--json").out());
        assertThat(back.get("due")).isEqualTo(first.get("due"));
        assertThat(back.get("stability")).isEqualTo(first.get("stability"));

        assertThat(new Cli(home).run("config", "new-per-day", "5").out()).doesNotContain("Rescheduled");
    }

    @Test
    void newSchedulerSettingsForALearnerWithNoProgressWriteNoProgressFile() {
        assertThat(new Cli(home).run("config", "learning-steps", "5m").out()).isEqualTo("learning-steps = 5m\n");
        assertThat(home.resolve("progress.json")).doesNotExist();
    }

    @Test
    void configSetsRetentionWithinItsRange() {
        assertThat(new Cli(home).run("config", "retention", "0.85").exitCode()).isZero();
        assertThat(new Cli(home).run("config", "retention").out()).isEqualTo("0.85\n");
        Cli.Result bad = new Cli(home).run("config", "retention", "0.99");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("between 0.70 and 0.97");
        assertThat(new Cli(home).run("config", "new-per-day", "5").exitCode()).isZero();
        assertThat(new Cli(home).run("config").out()).contains("new-per-day       5");
    }

    @Test
    void exportThenImportMovesProgressBetweenMachines(@TempDir Path other) throws IOException {
        review(home, "Redis", "3");
        Path file = other.resolve("moving.json");
        assertThat(new Cli(home).run("progress", "export", file.toString()).out()).contains("exported 1 reviews");
        Path laptop = other.resolve("laptop");
        review(laptop, "GET", "3");
        Cli.Result r = new Cli(laptop).run("progress", "import", file.toString());
        assertThat(r.out()).contains("1 new reviews, 2 in all");
        assertThat(new Cli(laptop).run("progress", "import", file.toString()).out()).contains("0 new reviews");
    }

    @Test
    void aCorruptProgressFileIsRefusedUntouchedAndRestoreBringsBackABackup() throws IOException {
        review(home, "Redis", "3");
        new Cli(home).clock(at(Duration.ofDays(1))).stdin("\n3\n").run("quiz", "--term", "GET", "--mode", "flip");
        Path progress = home.resolve("progress.json");
        Files.writeString(progress, "{\"version\": 1, \"decks\": {");
        Cli.Result broken = new Cli(home).run("stats");
        assertThat(broken.exitCode()).isEqualTo(65);
        assertThat(broken.err()).startsWith("glossary: " + progress + ":1:26: the file ends before the object opened at line 1, column 25")
                .contains("glossary progress restore");
        assertThat(Files.readString(progress)).isEqualTo("{\"version\": 1, \"decks\": {");
        assertThat(new Cli(home).run("progress", "restore", "--list").out()).contains("progress-2026-03-03.json");
        Cli.Result restored = new Cli(home).clock(at(Duration.ofDays(1))).run("progress", "restore");
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("restored progress-2026-03-03.json").contains("kept as");
        assertThat(new Cli(home).run("stats", "--json").out()).contains("\"totalReviews\" : 1");
    }

    /** Logs one answer through the real store, as a quiz at {@code at} would. */
    private void log(String termId, Instant at, Rating rating, long ms, boolean cram) {
        new JsonProgressStore(new LearnerFiles(home), () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())),
                Clock.fixed(at, ZoneOffset.UTC)).record("backend", termId, new Review(at, rating, "flip", ms, cram));
    }

    private static Instant daysAgo(double days) {
        return Cli.NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    void trueRetentionCountsOnlyAnswersToCardsInReviewLikeAnki() throws IOException {
        // redis: two learning steps, then a lapse (counted, failed), a relearning step, and a pass (counted).
        log("redis", daysAgo(10), Rating.GOOD, 1000, false);
        log("redis", daysAgo(10).plus(Duration.ofMinutes(10)), Rating.GOOD, 2000, false);
        log("redis", daysAgo(5), Rating.AGAIN, 3000, false);
        log("redis", daysAgo(5).plus(Duration.ofMinutes(10)), Rating.GOOD, 4000, false);
        log("redis", daysAgo(2), Rating.GOOD, 5000, false);
        // get: straight to review; a pass 35 days ago (too old), a pass yesterday (counted), then cram.
        log("get", daysAgo(40), Rating.EASY, 6000, false);
        log("get", daysAgo(35), Rating.GOOD, 0, false);
        log("get", daysAgo(1), Rating.HARD, 2000, false);
        log("get", daysAgo(1).plus(Duration.ofMinutes(1)), Rating.AGAIN, 8000, true);
        JsonNode s = JSON.readTree(new Cli(home).run("stats", "--json").out());
        assertThat(s.get("retentionSample").asInt()).isEqualTo(3);
        assertThat(s.get("retention30d").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        // Answers logged without a time (0 ms) are left out of the average.
        assertThat(s.get("averageAnswerMs").asLong()).isEqualTo((1000 + 2000 + 3000 + 4000 + 5000 + 6000 + 2000 + 8000) / 8);
    }

    @Test
    void totalReviewsCountsEveryReviewLoggedForTheDeckEvenOfTermsThatLeftIt() throws IOException {
        log("redis", daysAgo(1), Rating.GOOD, 1000, false);
        log("a-term-since-removed", daysAgo(2), Rating.GOOD, 1000, false);
        log("a-term-since-removed", daysAgo(1), Rating.GOOD, 1000, true);
        JsonNode all = JSON.readTree(new Cli(home).run("stats", "--json").out());
        assertThat(all.get("totalReviews").asInt()).isEqualTo(3);
        JsonNode level = JSON.readTree(new Cli(home).run("stats", "--json", "--level", "intermediate").out());
        assertThat(level.get("totalReviews").asInt()).isEqualTo(1);
    }

    @Test
    void reviewsTodayAreCountedInTheLearnersOwnCalendarDay() throws IOException {
        // Cli.NOW is 09:00 UTC, 22:00 in Auckland (UTC+13): Auckland's day began at 11:00 UTC yesterday.
        log("redis", Instant.parse("2026-03-01T10:30:00Z"), Rating.GOOD, 1000, false);
        log("get", Instant.parse("2026-03-01T11:30:00Z"), Rating.GOOD, 1000, false);
        log("get", Instant.parse("2026-03-02T08:00:00Z"), Rating.GOOD, 1000, true);
        JsonNode utc = JSON.readTree(new Cli(home).run("stats", "--json").out());
        assertThat(utc.get("reviewsToday").asInt()).isEqualTo(1);
        JsonNode auckland = JSON.readTree(new Cli(home).clock(Clock.fixed(Cli.NOW, ZoneId.of("Pacific/Auckland")))
                .run("stats", "--json").out());
        assertThat(auckland.get("reviewsToday").asInt()).isEqualTo(2);
    }

    @Test
    void statsPipedPrintsTheFiguresAsPlainRowsWithoutCharts() {
        review(home, "GET", "3");
        Cli.Result r = new Cli(home).run("stats");
        assertThat(r.out()).contains("Due in the next 14 days\n  today      1\n  Tue 3      0\n")
                .contains("Reviews per week, last 16 weeks\n").contains("  week of 2026-03-02     1\n")
                .doesNotContain("█").doesNotContain("░").doesNotContain("·\n").doesNotContain("\u001b");
        assertThat(r.out().chars().allMatch(c -> c < 128 || c == '·')).as(r.out()).isTrue();
    }

    @Test
    void aCardTheSchedulerCannotUseIsRefusedNamingItsFieldBeforeAnyQuestion() throws IOException {
        review(home, "Redis", "4");
        Path progress = home.resolve("progress.json");
        String broken = Files.readString(progress).replaceFirst("\"difficulty\" : [0-9.]+", "\"difficulty\" : 0.5");
        Files.writeString(progress, broken);
        Cli.Result r = new Cli(home).clock(at(Duration.ofDays(30))).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + progress + ": decks.backend.redis.card.difficulty: 0.5 is out of range")
                .doesNotContain("internal error").hasLineCount(1);
        assertThat(Files.readString(progress)).isEqualTo(broken);
    }

    @Test
    void aFileWithADuplicateKeyIsRefusedUntouched() throws IOException {
        review(home, "Redis", "3");
        Path progress = home.resolve("progress.json");
        String twice = Files.readString(progress).replaceFirst("\"decks\" : \\{", "\"decks\" : { \"backend\" : { },");
        Files.writeString(progress, twice);
        Cli.Result r = new Cli(home).stdin("\n3\n").run("quiz", "--term", "GET", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(65);
        assertThat(r.err()).contains(progress + ":").contains("the key \"backend\" appears twice").hasLineCount(1);
        assertThat(Files.readString(progress)).isEqualTo(twice);
    }

    @Test
    void importingABadFileSaysNothingWasImported(@TempDir Path other) throws IOException {
        Path file = other.resolve("export.json");
        Files.writeString(file, "{\"version\": 1, \"decks\": {\"backend\": {\"redis\": {}}}}");
        Cli.Result r = new Cli(home).run("progress", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("glossary: " + file + ": decks.backend.redis: missing \"card\". Nothing was"
                + " imported; import a file written by: glossary progress export FILE\n");
    }

    @Test
    void exportIntoAMissingDirectoryIsRefusedAndCreatesNothing() {
        review(home, "Redis", "3");
        Path target = home.resolve("nonexistdir").resolve("x.json");
        Cli.Result r = new Cli(home).run("progress", "export", target.toString());
        assertThat(r.exitCode()).isEqualTo(74);
        assertThat(r.err()).hasLineCount(1).contains("there is no directory");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void restoreWithSomethingOtherThanADateIsAUsageError() {
        review(home, "Redis", "3");
        Cli.Result r = new Cli(home).run("progress", "restore", "notadate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("glossary: \"notadate\" is not a date; give one as YYYY-MM-DD,"
                + " as listed by: glossary progress restore --list\n");
    }

    @Test
    void aConfigFromANewerVersionOrWithAFractionalCountIsRefused() throws IOException {
        Path config = home.resolve("config.json");
        Files.createDirectories(home);
        Files.writeString(config, "{\"newPerDay\": 5, \"futureSetting\": 1, \"version\": 7}");
        Cli.Result newer = new Cli(home).run("stats");
        assertThat(newer.exitCode()).isEqualTo(65);
        assertThat(newer.err()).isEqualTo("glossary: " + config + ": it was written by a newer glossary (version 7,"
                + " this build reads up to 1); upgrade glossary to use it\n");
        Files.writeString(config, "{\"version\": 1, \"newPerDay\": 5.9}");
        Cli.Result fraction = new Cli(home).run("stats");
        assertThat(fraction.exitCode()).isEqualTo(65);
        assertThat(fraction.err()).contains(config + ": \"newPerDay\" must be a whole number, not 5.9");
        Files.writeString(config, "{\"version\": 1, \"fuzz\": true, \"fuzz\": false}");
        assertThat(new Cli(home).run("stats").err()).contains("the key \"fuzz\" appears twice");
    }
}
