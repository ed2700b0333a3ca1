package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelEvaluationTest {
    private static final Instant DAY_ONE = Instant.parse("2024-03-01T09:00:00Z");

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ModelEvaluationTest.class.getResourceAsStream("/fsrs/" + name)) {
            assertThat(in).as("fsrs/" + name + " on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The fixed log of src/test/fsrs-gen/gen-evaluation.mjs, one list of answers per card. */
    private static TrainingData fixedLog() throws IOException {
        List<List<ReviewEvent>> cards = new ArrayList<>();
        for (JsonNode c : resource("evaluation-log.json").get("cases")) {
            List<ReviewEvent> card = new ArrayList<>();
            for (JsonNode step : c.get("steps")) {
                card.add(new ReviewEvent(Instant.parse(step.get("review").asText()), Rating.of(step.get("rating").asInt())));
            }
            cards.add(card);
        }
        return TrainingData.of(cards);
    }

    private static List<Double> weights(JsonNode array) {
        List<Double> w = new ArrayList<>();
        array.forEach(x -> w.add(x.asDouble()));
        return w;
    }

    @Test
    void logLossAndRmseBinsAreFsrsRsEvaluatesOnAFixedLog() throws IOException {
        TrainingData data = fixedLog();
        JsonNode expected = resource("evaluation-expected.json");
        assertThat(data.reviews()).isEqualTo(expected.get("meta").get("reviews").asInt());
        assertThat(data.predictions()).isEqualTo(expected.get("meta").get("predictions").asInt());
        // The outlier filter drops some of the log but not most of it, so both halves of the rule are at work.
        assertThat(data.withoutOutliers().predictions()).isBetween(data.predictions() / 2, data.predictions() - 20);

        for (Map.Entry<String, JsonNode> set : expected.get("evaluate").properties()) {
            ModelEvaluation ours = ModelEvaluation.of(weights(set.getValue().get("weights")), data);
            // fsrs-rs computes in single precision and sums its bins in hash order (the last digit varies from run to
            // run): agreement to about six significant figures is all there is.
            double logLoss = set.getValue().get("logLoss").asDouble();
            double rmse = set.getValue().get("rmseBins").asDouble();
            assertThat(ours.logLoss()).as(set.getKey() + " log loss").isCloseTo(logLoss, within(logLoss * 1e-5));
            assertThat(ours.rmseBins()).as(set.getKey() + " RMSE (bins)").isCloseTo(rmse, within(rmse * 1e-5));
        }
    }

    /** Twenty cards answered "good" and checked a day later, a minute apart, the one at {@code missed} forgotten. */
    private static TrainingData twentyCardsOneForgotten(int missed) {
        List<List<ReviewEvent>> cards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Instant first = DAY_ONE.plusSeconds(60L * i);
            cards.add(List.of(new ReviewEvent(first, Rating.GOOD),
                    new ReviewEvent(first.plusSeconds(86_400), i == missed ? Rating.AGAIN : Rating.GOOD)));
        }
        return TrainingData.of(cards);
    }

    @Test
    void aLaterMissCostsMoreThanTheSameMissEarlierAndRmseBinsComparesPlainMeans() {
        ModelEvaluation early = ModelEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, twentyCardsOneForgotten(0));
        ModelEvaluation late = ModelEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, twentyCardsOneForgotten(19));

        // Every prediction is R(1 day) after a first "good" (S = w2); the weights rise from 0.25 to 1 as the cube
        // of the place in time.
        double r = ModelCurve.recall(ReviewSimulator.array(FsrsParameters.DEFAULT_WEIGHTS), 1,
                FsrsParameters.DEFAULT_WEIGHTS.get(2));
        double total = 0;
        for (int k = 0; k < 20; k++) {
            total += 0.25 + 0.75 * Math.pow(k / 19.0, 3);
        }
        assertThat(early.logLoss()).isCloseTo((0.25 * -Math.log(1 - r) + (total - 0.25) * -Math.log(r)) / total, within(1e-12));
        assertThat(late.logLoss()).isCloseTo((1 * -Math.log(1 - r) + (total - 1) * -Math.log(r)) / total, within(1e-12));
        assertThat(late.logLoss()).isGreaterThan(early.logLoss());
        // One bin (a day, one review before, no lapse): predicted r against 19 recalled of 20, whichever was missed.
        assertThat(early.rmseBins()).isCloseTo(Math.abs(r - 0.95), within(1e-12));
        assertThat(late.rmseBins()).isCloseTo(Math.abs(r - 0.95), within(1e-12));
    }

    @Test
    void aLogWhoseEveryFirstIntervalIsRareHasNothingFsrsRsWouldEvaluate() {
        TrainingData data = twentyCardsOneForgotten(0).first(19);

        assertThat(data.withoutOutliers().predictions()).isZero();
        assertThatThrownBy(() -> ModelEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outliers");
    }
}
