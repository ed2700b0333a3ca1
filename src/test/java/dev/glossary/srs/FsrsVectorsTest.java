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
 * Replays the 400 review histories of {@code fsrs/vectors-a.json}, generated with ts-fsrs 5.4.2, and
 * expects every field after every review to match exactly: stability and difficulty too, bit for bit.
 * This includes the 67 steps where the interval ordering pushes scheduled_days to 36501 or 36502.
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
    Stream<DynamicTest> every_reference_case_matches_ts_fsrs_after_every_review() throws IOException {
        JsonNode vectors = read();
        JsonNode params = vectors.get("meta").get("params");
        return StreamSupport.stream(vectors.get("cases").spliterator(), false)
                .map(testCase -> DynamicTest.dynamicTest(
                        "case " + testCase.get("id").asInt() + " ("
                                + (testCase.get("enable_short_term").asBoolean() ? "short-term" : "long-term")
                                + ", " + testCase.get("profile").asText() + ")",
                        () -> replay(params, testCase)));
    }

    private static void replay(JsonNode params, JsonNode testCase) {
        Scheduler scheduler = new Scheduler(parameters(params, testCase.get("enable_short_term").asBoolean()));
        Card card = Card.newCard(Instant.parse(testCase.get("created").asText()));
        int stepNumber = 0;
        for (JsonNode step : testCase.get("steps")) {
            card = scheduler.review(card, Rating.of(step.get("rating").asInt()),
                    Instant.parse(step.get("review").asText()));
            assertThat(Observed.of(card))
                    .as("case %d, step %d (%s, rating %d)", testCase.get("id").asInt(), stepNumber,
                            step.get("timing").asText(), step.get("rating").asInt())
                    .isEqualTo(Observed.expected(step));
            stepNumber++;
        }
        assertThat(stepNumber).isEqualTo(12);
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

    private static JsonNode read() throws IOException {
        try (InputStream in = FsrsVectorsTest.class.getResourceAsStream("/fsrs/vectors-a.json")) {
            assertThat(in).as("fsrs/vectors-a.json on the test classpath").isNotNull();
            JsonNode vectors = new ObjectMapper().readTree(in);
            assertThat(vectors.get("cases")).hasSize(400);
            return vectors;
        }
    }
}
