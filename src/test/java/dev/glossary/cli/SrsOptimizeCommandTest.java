package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.ReviewEvent;
import dev.glossary.srs.ReviewSimulator;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SrsOptimizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Double> LEARNER = List.of(
            0.9, 2.2, 5.5, 14.0, 6.8, 0.6, 1.9, 0.01, 1.5, 0.18,
            1.1, 1.8, 0.08, 0.35, 1.9, 0.45, 2.4, 0.6, 0.25, 0.1, 0.35);

    @TempDir
    Path home;

    private Path histories(int reviews) throws IOException {
        List<List<ReviewEvent>> cards = new ReviewSimulator(LEARNER, new SplittableRandom(5))
                .simulate(reviews, Instant.parse("2023-01-01T08:00:00Z"));
        ArrayNode cases = JSON.createArrayNode();
        for (List<ReviewEvent> card : cards) {
            ObjectNode c = cases.addObject();
            c.put("created", card.get(0).at().toString());
            ArrayNode steps = c.putArray("steps");
            card.forEach(e -> steps.addObject().put("review", e.at().toString()).put("rating", e.rating().value()));
        }
        Path file = home.resolve("histories.json");
        JSON.writeValue(file.toFile(), JSON.createObjectNode().set("cases", cases));
        return file;
    }

    @Test
    void jsonGivesTheFittedAndTheCurrentWeightsWithTheirFigures() throws IOException {
        Cli.Result r = new Cli(home).run("srs", "optimize", "--reviews", histories(3000).toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("reviews", "cards", "weights", "logLoss", "rmseBins", "current");
        assertThat(doc.get("reviews").asInt()).isEqualTo(3000);
        assertThat(doc.get("weights")).hasSize(21);
        assertThat(doc.get("current").get("weights")).hasSize(21);
        assertThat(doc.get("current").get("weights").get(0).asDouble()).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS.get(0));
        assertThat(doc.get("logLoss").asDouble()).isLessThan(doc.get("current").get("logLoss").asDouble());
    }

    @Test
    void applySavesTheWeightsThatConfigThenShowsAndEveryCommandUses() throws IOException {
        Cli cli = new Cli(home);
        Cli.Result fit = cli.run("srs", "optimize", "--reviews", histories(1500).toString(), "--apply");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(fit.out()).contains("fitted weights").contains("default weights").contains("Saved");

        Cli.Result shown = cli.run("config", "weights");
        assertThat(shown.out().trim()).isNotEqualTo("default").contains(",");
        assertThat(shown.out().trim().split(",")).hasSize(21);
        assertThat(cli.run("config").out()).contains("weights           " + shown.out().trim());

        assertThat(cli.run("config", "weights", "default").exitCode()).isZero();
        assertThat(cli.run("config", "weights").out().trim()).isEqualTo("default");
    }

    @Test
    void tooFewReviewsIsOneClearLine() throws IOException {
        Path file = histories(120);
        Cli.Result r = new Cli(home).run("srs", "optimize", "--reviews", file.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("glossary: " + file + ": 120 reviews are too few to fit weights to:"
                + " the optimizer needs at least 400\n");
    }

    @Test
    void aNewLearnerHasNoReviewsToFit() {
        Cli.Result r = new Cli(home).run("srs", "optimize");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("glossary: 0 reviews are too few to fit weights to: the optimizer needs at"
                + " least 400; keep reviewing and try again later\n");
    }

    @Test
    void theFiguresOfTheCurrentWeightsAreFsrsRsOwnOnAFixedLog() throws IOException, URISyntaxException {
        Path log = Path.of(getClass().getResource("/fsrs/evaluation-log.json").toURI());
        JsonNode expected = JSON.readTree(getClass().getResource("/fsrs/evaluation-expected.json"))
                .get("evaluate").get("defaults");

        Cli.Result r = new Cli(home).run("srs", "optimize", "--reviews", log.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode current = JSON.readTree(r.out()).get("current");
        assertThat(current.get("logLoss").asDouble())
                .isEqualTo(Math.round(expected.get("logLoss").asDouble() * 10_000) / 10_000.0);
        assertThat(current.get("rmseBins").asDouble())
                .isEqualTo(Math.round(expected.get("rmseBins").asDouble() * 10_000) / 10_000.0);
    }

    @Test
    void theTextSaysWhichWeightsPredictBetterAndFitsANarrowTerminal() throws URISyntaxException {
        String log = Path.of(getClass().getResource("/fsrs/evaluation-log.json").toURI()).toString();
        Cli cli = new Cli(home).screen(new Screen(40, false, true));

        Cli.Result first = cli.run("srs", "optimize", "--reviews", log);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(first.out().replace("\n  ", " ")).contains("The fitted weights predict your recall better: log loss")
                .contains("\nweights ").contains("To schedule with them: glossary srs");

        assertThat(cli.run("srs", "optimize", "--reviews", log, "--apply").out()).contains("Saved: every command");
        Cli.Result again = cli.run("srs", "optimize", "--reviews", log);
        assertThat(again.out()).contains("current weights").contains("The fitted weights are the ones you")
                .doesNotContain("To schedule with them");
    }

    @Test
    void configListsOwnWeightsOnOneLineWhenPipedAndWrappedAfterCommasOnATerminal() {
        String weights = "0.4072,1.1829,3.1262,15.4722,7.2102,0.5316,1.0651,0.0234,1.616,0.1544,1.0824,1.9813,0.0953,"
                + "0.2975,2.2042,0.2407,2.9466,0.5034,0.6567,0.1,0.35";
        assertThat(new Cli(home).run("config", "weights", weights).exitCode()).isZero();

        assertThat(new Cli(home).run("config").out()).contains("\nweights           " + weights + "\n");
        String listing = new Cli(home).screen(new Screen(40, false, true)).run("config").out();
        assertThat(listing).contains("\nweights           0.4072, 1.1829,\n                  3.1262, 15.4722,");
        assertThat(listing.lines().filter(line -> !line.startsWith("(in ")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    }

    @Test
    void aFileThatIsNotReviewHistoriesIsOneLineNamingTheFileThePlaceAndTheShape() throws IOException {
        Cli cli = new Cli(home);
        Path notJson = Files.writeString(home.resolve("notes.txt"), "# my notes\n");
        Path progress = Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"decks\": {}}");
        Path badRating = Files.writeString(home.resolve("bad.json"), "{\"cases\": [{\"created\": \"2024-01-01T09:00:00Z\","
                + " \"steps\": [{\"review\": \"2024-01-01T09:00:00Z\", \"rating\": \"good\"}]}]}");

        Cli.Result r = cli.run("srs", "optimize", "--reviews", notJson.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + notJson + ":1:1: ").hasLineCount(1);

        r = cli.run("srs", "optimize", "--reviews", progress.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("glossary: " + progress + ": cases: missing; expected review histories,"
                + " {\"cases\": [{\"created\": TIME, \"steps\": [{\"review\": TIME, \"rating\": 1-4}, …]}, …]}\n");

        r = cli.run("srs", "optimize", "--reviews", badRating.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("glossary: " + badRating + ": cases[0].steps[0].rating: must be 1 (again),"
                + " 2 (hard), 3 (good) or 4 (easy)\n");

        r = cli.run("srs", "optimize", "--reviews", home.resolve("missing.json").toString());
        assertThat(r.exitCode()).isEqualTo(74);
        assertThat(r.err()).isEqualTo("glossary: " + home.resolve("missing.json") + ": no such file\n");
    }

    @Test
    void schedulerSettingsAreValidatedAsTsFsrsValidatesThem() {
        Cli cli = new Cli(home);
        assertThat(cli.run("config", "learning-steps", "1m,10m,1h").exitCode()).isZero();
        assertThat(cli.run("config", "relearning-steps", "none").exitCode()).isZero();
        assertThat(cli.run("config", "maximum-interval", "365").exitCode()).isZero();
        assertThat(cli.run("config").out()).contains("learning-steps    1m,10m,1h")
                .contains("relearning-steps  none").contains("maximum-interval  365");

        Cli.Result badStep = cli.run("config", "learning-steps", "1m,10s");
        assertThat(badStep.exitCode()).isEqualTo(2);
        assertThat(badStep.err()).startsWith("glossary: learning-steps: ").hasLineCount(1);
        Cli.Result badWeights = cli.run("config", "weights", "1,2,3");
        assertThat(badWeights.exitCode()).isEqualTo(2);
        assertThat(badWeights.err()).contains("expected 21 numbers").hasLineCount(1);
        Cli.Result badMax = cli.run("config", "maximum-interval", "0");
        assertThat(badMax.exitCode()).isEqualTo(2);

        Cli.Result clipped = cli.run("config", "weights", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.9,1.8722,"
                + "0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542");
        assertThat(clipped.exitCode()).isZero();
        assertThat(clipped.out()).contains("clips these").contains(",0.75,");
    }

    @Test
    void statsShowsCalibrationRowsWhenPipedAndInJson() throws IOException {
        Cli cli = new Cli(home);
        Cli.Result stats = cli.run("stats");
        assertThat(stats.out()).contains("Calibration").contains("no reviews a day or more after the one before yet")
                .contains("With 0 reviews logged there is too little to fit the schedule to you yet");
        JsonNode doc = JSON.readTree(cli.run("stats", "--json").out());
        assertThat(doc.get("calibration").isArray()).isTrue();
    }
}
