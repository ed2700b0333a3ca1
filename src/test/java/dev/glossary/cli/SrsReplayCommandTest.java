package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
        JsonNode expected = JSON.readTree(vectors().toFile());
        JsonNode actual = JSON.readTree(r.out());
        assertThat(actual.get("cases")).hasSize(400);
        int compared = 0;
        for (int c = 0; c < 400; c++) {
            JsonNode want = expected.get("cases").get(c);
            JsonNode got = actual.get("cases").get(c);
            assertThat(got.get("id").asInt()).isEqualTo(want.get("id").asInt());
            for (int s = 0; s < want.get("steps").size(); s++) {
                JsonNode w = want.get("steps").get(s);
                JsonNode g = got.get("steps").get(s);
                String at = "case " + c + " step " + s;
                for (String field : new String[] {"state", "scheduled_days", "learning_steps", "reps", "lapses"}) {
                    assertThat(g.get(field).asInt()).as(at + " " + field).isEqualTo(w.get(field).asInt());
                }
                assertThat(g.get("stability").asDouble()).as(at).isEqualTo(w.get("stability").asDouble());
                assertThat(g.get("difficulty").asDouble()).as(at).isEqualTo(w.get("difficulty").asDouble());
                assertThat(Instant.parse(g.get("due").asText())).as(at).isEqualTo(Instant.parse(w.get("due").asText()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(4800);
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
}
