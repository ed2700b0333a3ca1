package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.ReviewEvent;
import dev.glossary.srs.ReviewSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
        Cli.Result r = new Cli(home).run("srs", "optimize", "--reviews", histories(120).toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("glossary: 120 reviews are too few to fit weights to; the optimizer needs at"
                + " least 400, so keep reviewing and try again later\n");
    }

    @Test
    void aNewLearnerHasNoReviewsToFit() {
        Cli.Result r = new Cli(home).run("srs", "optimize");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("glossary: 0 reviews are too few").hasLineCount(1);
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
        assertThat(stats.out()).contains("Calibration").contains("`glossary srs optimize` has too little to go on yet");
        JsonNode doc = JSON.readTree(cli.run("stats", "--json").out());
        assertThat(doc.get("calibration").isArray()).isTrue();
    }
}
