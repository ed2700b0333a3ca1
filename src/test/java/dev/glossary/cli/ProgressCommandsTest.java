package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
        Cli.Result r = new Cli(home).run("stats", "--level", "beginner");
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

    @Test
    void configSetsRetentionWithinItsRange() {
        assertThat(new Cli(home).run("config", "retention", "0.85").exitCode()).isZero();
        assertThat(new Cli(home).run("config", "retention").out()).isEqualTo("0.85\n");
        Cli.Result bad = new Cli(home).run("config", "retention", "0.99");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("between 0.70 and 0.97");
        assertThat(new Cli(home).run("config", "new-per-day", "5").exitCode()).isZero();
        assertThat(new Cli(home).run("config").out()).contains("new-per-day  5");
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
        assertThat(broken.err()).startsWith("glossary: " + progress + ":1:26: the file ends before the object")
                .contains("looks cut short").contains("glossary progress restore");
        assertThat(Files.readString(progress)).isEqualTo("{\"version\": 1, \"decks\": {");
        assertThat(new Cli(home).run("progress", "restore", "--list").out()).contains("progress-2026-03-03.json");
        Cli.Result restored = new Cli(home).clock(at(Duration.ofDays(1))).run("progress", "restore");
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("restored progress-2026-03-03.json").contains("kept as");
        assertThat(new Cli(home).run("stats", "--json").out()).contains("\"totalReviews\" : 1");
    }
}
