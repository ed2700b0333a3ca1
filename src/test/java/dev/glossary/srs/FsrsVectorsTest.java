package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the review histories of {@code fsrs/vectors-a.json} (400 cases, ts-fsrs's default settings) and
 * {@code fsrs/vectors-b.json} (960 cases under twelve other settings: other and out-of-range weights, FSRS-5
 * and FSRS-4.5 weights, retention 0.7 to 1, one to three (re)learning steps, none, zero-minute and day-long
 * ones, small maximum intervals, fuzz on), all generated with ts-fsrs 5.4.2, and expects every field after
 * every review to match exactly: stability and difficulty too, bit for bit. With fuzz on, each review takes
 * ts-fsrs's own draw ({@link TsFsrsFuzz}).
 */
class FsrsVectorsTest {

    /** The fields the vectors record after a review, so a failure shows expected and actual side by side. */
    record Observed(int state, int learningSteps, int scheduledDays, Instant due, int reps, int lapses,
            int elapsedDays, double stability, double difficulty) {

        static Observed of(Card card) {
            return new Observed(card.state().code(), card.learningSteps(), card.scheduledDays(), card.due(),
                    card.reps(), card.lapses(), card.elapsedDays(), card.stability(), card.difficulty());
        }

        static Observed expected(JsonNode step) {
            return new Observed(step.get("state").asInt(), step.get("learning_steps").asInt(),
                    step.get("scheduled_days").asInt(), Instant.parse(step.get("due").asText()),
                    step.get("reps").asInt(), step.get("lapses").asInt(), step.get("elapsed_days").asInt(),
                    step.get("stability").asDouble(), step.get("difficulty").asDouble());
        }
    }

    @TestFactory
    Stream<DynamicTest> every_default_settings_case_matches_ts_fsrs_after_every_review() throws IOException {
        return cases("vectors-a.json", 400);
    }

    @TestFactory
    Stream<DynamicTest> every_case_under_other_settings_matches_ts_fsrs_after_every_review() throws IOException {
        return cases("vectors-b.json", 960);
    }

    private static Stream<DynamicTest> cases(String file, int count) throws IOException {
        JsonNode vectors = read(file, count);
        JsonNode meta = vectors.get("meta");
        int reviews = meta.get("reviews_per_case").asInt();
        return StreamSupport.stream(vectors.get("cases").spliterator(), false)
                .map(testCase -> {
                    JsonNode params = testCase.has("setting")
                            ? meta.get("settings").get(testCase.get("setting").asText())
                            : meta.get("params");
                    return DynamicTest.dynamicTest(
                            "case " + testCase.get("id").asInt() + " ("
                                    + (testCase.has("setting") ? testCase.get("setting").asText() + ", " : "")
                                    + (testCase.get("enable_short_term").asBoolean() ? "short-term" : "long-term")
                                    + ", " + testCase.get("profile").asText() + ")",
                            () -> replay(params, testCase, reviews));
                });
    }

    private static void replay(JsonNode params, JsonNode testCase, int reviews) {
        Scheduler scheduler = new Scheduler(parameters(params, testCase.get("enable_short_term").asBoolean()));
        Card card = Card.newCard(Instant.parse(testCase.get("created").asText()));
        int stepNumber = 0;
        for (JsonNode step : testCase.get("steps")) {
            Instant at = Instant.parse(step.get("review").asText());
            card = scheduler.review(card, Rating.of(step.get("rating").asInt()), at, TsFsrsFuzz.draw(card, at));
            assertThat(Observed.of(card))
                    .as("case %d, step %d (%s, rating %d)", testCase.get("id").asInt(), stepNumber,
                            step.get("timing").asText(), step.get("rating").asInt())
                    .isEqualTo(Observed.expected(step));
            stepNumber++;
        }
        assertThat(stepNumber).isEqualTo(reviews);
    }

    private static FsrsParameters parameters(JsonNode params, boolean shortTerm) {
        List<Double> w = new ArrayList<>();
        params.get("w").forEach(weight -> w.add(weight.asDouble()));
        return new FsrsParameters(w, params.get("request_retention").asDouble(),
                params.get("maximum_interval").asInt(), steps(params.get("learning_steps")),
                steps(params.get("relearning_steps")), shortTerm, params.get("enable_fuzz").asBoolean());
    }

    private static List<Duration> steps(JsonNode steps) {
        List<Duration> durations = new ArrayList<>();
        steps.forEach(step -> durations.add(FsrsParameters.parseStep(step.asText())));
        return durations;
    }

    private static JsonNode read(String file, int count) throws IOException {
        try (InputStream in = FsrsVectorsTest.class.getResourceAsStream("/fsrs/" + file)) {
            assertThat(in).as("fsrs/" + file + " on the test classpath").isNotNull();
            JsonNode vectors = new ObjectMapper().readTree(in);
            assertThat(vectors.get("cases")).hasSize(count);
            return vectors;
        }
    }
}
