package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class SrsReplayCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static Path vectors() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SrsReplayCommandTest.class.getResource("/fsrs/vectors-a.json")).toURI());
    }

    @Test
    void replayingTheReferenceVectorsReproducesEveryStep() throws Exception {
        Cli.Result r = new Cli(home).run("srs", "replay", vectors().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(compare(JSON.readTree(vectors().toFile()).get("cases"), JSON.readTree(r.out()).get("cases")))
                .isEqualTo(4800);
    }

    /**
     * vectors-b.json holds histories under twelve settings; each setting's cases go to a file of their own,
     * replayed with that setting as {@code --params}, as a learner auditing their own settings would.
     */
    @Test
    void replayingTheReferenceVectorsOfOtherSettingsWithTheirParametersReproducesEveryStep() throws Exception {
        JsonNode vectors = JSON.readTree(Objects.requireNonNull(
                SrsReplayCommandTest.class.getResourceAsStream("/fsrs/vectors-b.json")));
        int compared = 0;
        for (Map.Entry<String, JsonNode> setting : vectors.get("meta").get("settings").properties()) {
            ArrayNode cases = JSON.createArrayNode();
            vectors.get("cases").forEach(c -> {
                if (c.get("setting").asText().equals(setting.getKey())) {
                    cases.add(c);
                }
            });
            Path file = home.resolve(setting.getKey() + ".json");
            Path params = home.resolve(setting.getKey() + "-params.json");
            JSON.writeValue(file.toFile(), JSON.createObjectNode().set("cases", cases));
            JSON.writeValue(params.toFile(), setting.getValue());
            Cli.Result r = new Cli(home).run("srs", "replay", file.toString(), "--params", params.toString());
            assertThat(r.exitCode()).as(setting.getKey() + ": " + r.err()).isZero();
            compared += compare(cases, JSON.readTree(r.out()).get("cases"));
        }
        assertThat(compared).isEqualTo(960 * 14);
    }

    private static int compare(JsonNode expected, JsonNode actual) {
        assertThat(actual).hasSize(expected.size());
        int compared = 0;
        for (int c = 0; c < expected.size(); c++) {
            JsonNode want = expected.get(c);
            JsonNode got = actual.get(c);
            assertThat(got.get("id").asInt()).isEqualTo(want.get("id").asInt());
            for (int s = 0; s < want.get("steps").size(); s++) {
                JsonNode w = want.get("steps").get(s);
                JsonNode g = got.get("steps").get(s);
                String at = "case " + want.get("id") + " step " + s;
                for (String field : new String[] {"state", "scheduled_days", "learning_steps", "reps", "lapses",
                        "elapsed_days"}) {
                    assertThat(g.get(field).asInt()).as(at + " " + field).isEqualTo(w.get(field).asInt());
                }
                assertThat(g.get("stability").asDouble()).as(at).isEqualTo(w.get("stability").asDouble());
                assertThat(g.get("difficulty").asDouble()).as(at).isEqualTo(w.get("difficulty").asDouble());
                assertThat(Instant.parse(g.get("due").asText())).as(at).isEqualTo(Instant.parse(w.get("due").asText()));
                compared++;
            }
        }
        return compared;
    }

    @Test
    void onlyTheInputFieldsAreNeeded() throws IOException {
        Path file = home.resolve("h.json");
        Files.writeString(file, "{\"cases\": [{\"id\": \"mine\", \"created\": \"2022-11-29T12:30:00Z\","
                + " \"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 4}]}]}");
        Cli.Result r = new Cli(home).run("srs", "replay", file.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode step = JSON.readTree(r.out()).get("cases").get(0).get("steps").get(0);
        assertThat(step.get("scheduled_days").asInt()).isEqualTo(8);
        assertThat(step.get("state").asInt()).isEqualTo(2);
        assertThat(step.get("due").asText()).isEqualTo("2022-12-07T12:30:00.000Z");
    }

    @Test
    void otherWeightsChangeTheSchedule() throws IOException {
        Path file = home.resolve("h.json");
        Files.writeString(file, "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\","
                + " \"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 4}]}]}");
        Path params = home.resolve("p.json");
        Files.writeString(params, "{\"w\": [0.212, 1.2931, 2.3065, 20.0, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,"
                + " 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]}");
        Cli.Result r = new Cli(home).run("srs", "replay", file.toString(), "--params", params.toString());
        assertThat(JSON.readTree(r.out()).get("cases").get(0).get("steps").get(0).get("scheduled_days").asInt())
                .isEqualTo(20);
    }

    @Test
    void aBadRatingNamesTheCaseAndStep() throws IOException {
        Path file = home.resolve("h.json");
        Files.writeString(file, "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\","
                + " \"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 7}]}]}");
        Cli.Result r = new Cli(home).run("srs", "replay", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("glossary: " + file + ": cases[0].steps[0].rating: must be 1 (again), 2 (hard),"
                + " 3 (good) or 4 (easy)\n");
    }

    @Test
    void aReviewBeforeThePreviousOneIsAClearError() throws IOException {
        Path file = home.resolve("h.json");
        Files.writeString(file, "{\"cases\": [{\"id\": 3, \"created\": \"2022-11-29T12:30:00Z\", \"steps\": ["
                + "{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 3},"
                + "{\"review\": \"2022-11-28T12:30:00Z\", \"rating\": 3}]}]}");
        Cli.Result r = new Cli(home).run("srs", "replay", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + file + ": case 3, steps[1]: review at");
    }

    private static final String ONE_CASE = "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\","
            + " \"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 4}]}]}";

    private Cli.Result replay(String cases, String params) throws IOException {
        Path file = home.resolve("h.json");
        Files.writeString(file, cases);
        if (params == null) {
            return new Cli(home).run("srs", "replay", file.toString());
        }
        Path p = home.resolve("p.json");
        Files.writeString(p, params);
        return new Cli(home).run("srs", "replay", file.toString(), "--params", p.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "3 | : expected FSRS parameters: {\"w\": [21 numbers]",
            "\"w\" | : expected FSRS parameters",
            "{\"weights\": [1, 2, 3]} | : weights: unknown parameter; expected {\"w\": [21 numbers]",
            "{\"w\": [1, 2, 3]} | : w: expected an array of 21 numbers (FSRS-6 weights; 17 or 19 older ones are migrated), not 3",
            "{\"w\": \"default\"} | : w: expected an array of 21 numbers",
            "[1, 2] | : expected an array of 21 numbers",
            "{\"meta\": {\"params\": {\"w\": [1]}}} | : meta.params.w: expected an array of 21 numbers",
            "{\"request_retention\": \"high\"} | : request_retention: must be a number between 0 and 1",
            "{\"request_retention\": 1.5} | : request_retention: request retention must be above 0 and at most 1",
            "{\"maximum_interval\": 365.5} | : maximum_interval: must be a whole number of days",
            "{\"enable_fuzz\": \"yes\"} | : enable_fuzz: must be true or false",
            "{\"learning_steps\": [\"99999999999999d\"]} | : learning_steps: learning steps must be at most 36500 days",
            "{\"relearning_steps\": [10]} | : relearning_steps[0]: must be a step such as \"10m\""})
    void parametersThatAreNotWhatTheyShouldBeAreRefusedNamingTheField(String params, String message) throws IOException {
        Cli.Result r = replay(ONE_CASE, params);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + home.resolve("p.json") + message).hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theVectorsFileItselfServesAsParameters() throws Exception {
        Cli.Result r = replay(ONE_CASE, Files.readString(vectors()));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | : the file is empty",
            "'  \n' | : the file is empty",
            "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\", \"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 2.7}]}]}"
                    + " | : cases[0].steps[0].rating: must be 1 (again), 2 (hard), 3 (good) or 4 (easy)",
            "{\"cases\": [{\"created\": \"+1000000000-01-01T00:00:00Z\", \"steps\": []}]}"
                    + " | : cases[0].created: +1000000000-01-01T00:00:00Z is not a time between the years 2000 and 9999",
            "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\", \"steps\": [{\"review\": \"+1000000000-01-01T00:00:00Z\", \"rating\": 3}]}]}"
                    + " | : cases[0].steps[0].review: +1000000000-01-01T00:00:00Z is not a time",
            "{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\", \"enable_short_term\": \"no\", \"steps\": []}]}"
                    + " | : cases[0].enable_short_term: must be true or false",
            "{\"cases\": [], \"cases\": []} | :1:22: the key \"cases\" appears twice",
            "{\"cases\": [{\"created\": | :1:23: the file ends in the middle of a value"})
    void historiesThatAreNotWhatTheyShouldBeAreRefusedWithThePlace(String cases, String message) throws IOException {
        Cli.Result r = replay(cases.replace("\\n", "\n"), null);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + home.resolve("h.json") + message).hasLineCount(1)
                .doesNotContain("internal error").doesNotContain("Source");
    }

    @Test
    void aCaseWithoutItsOwnShortTermSettingTakesTheParameters() throws IOException {
        String steps = "\"steps\": [{\"review\": \"2022-11-29T12:30:00Z\", \"rating\": 3}]";
        Cli.Result r = replay("{\"cases\": [{\"created\": \"2022-11-29T12:30:00Z\", " + steps + "},"
                + " {\"created\": \"2022-11-29T12:30:00Z\", \"enable_short_term\": true, " + steps + "}]}",
                "{\"enable_short_term\": false}");
        JsonNode cases = JSON.readTree(r.out()).get("cases");
        assertThat(cases.get(0).get("steps").get(0).get("state").asInt()).isEqualTo(2);
        assertThat(cases.get(1).get("steps").get(0).get("state").asInt()).isEqualTo(1);
    }
}
