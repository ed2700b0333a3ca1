package dev.glossary.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.glossary.GlossaryException;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads review histories in the format of the FSRS reference vectors ({@code {"cases": [{"id", "created",
 * "enable_short_term", "steps": [{"review", "rating"}]}]}}) and FSRS parameter files, for {@code srs replay}.
 */
public final class ReviewHistoryReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReviewHistoryReader() {
    }

    public record Step(Instant review, Rating rating) {
    }

    public record Case(JsonNode id, boolean enableShortTerm, Instant created, List<Step> steps) {
    }

    public static List<Case> readCases(Path file) {
        JsonNode root = tree(file);
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray()) {
            throw bad(file, "cases", "missing; expected {\"cases\": [ … ]}");
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String where = "cases[" + i + "]";
            JsonNode id = c.has("id") ? c.get("id") : JSON.getNodeFactory().numberNode(i);
            boolean shortTerm = !c.has("enable_short_term") || c.get("enable_short_term").asBoolean(true);
            Instant created = instant(file, where + ".created", c.get("created"));
            JsonNode steps = c.get("steps");
            if (steps == null || !steps.isArray()) {
                throw bad(file, where + ".steps", "missing; expected an array of {\"review\", \"rating\"}");
            }
            List<Step> list = new ArrayList<>();
            for (int s = 0; s < steps.size(); s++) {
                String at = where + ".steps[" + s + "]";
                JsonNode step = steps.get(s);
                JsonNode rating = step.get("rating");
                if (rating == null || !rating.canConvertToInt() || rating.asInt() < 1 || rating.asInt() > 4) {
                    throw bad(file, at + ".rating", "must be 1 (again), 2 (hard), 3 (good) or 4 (easy)");
                }
                list.add(new Step(instant(file, at + ".review", step.get("review")), Rating.of(rating.asInt())));
            }
            out.add(new Case(id, shortTerm, created, list));
        }
        return out;
    }

    /** FSRS parameters: an object like the vectors' {@code meta.params}, a file holding one, or a bare weight array. */
    public static FsrsParameters readParameters(Path file) {
        JsonNode root = tree(file);
        JsonNode params = root.path("meta").path("params");
        if (params.isMissingNode()) {
            params = root;
        }
        FsrsParameters p = FsrsParameters.defaults().withFuzz(false);
        try {
            JsonNode w = params.isArray() ? params : params.get("w");
            if (w != null) {
                List<Double> weights = new ArrayList<>();
                w.forEach(n -> weights.add(n.asDouble()));
                p = p.withWeights(weights);
            }
            if (params.has("request_retention")) {
                p = p.withRequestRetention(params.get("request_retention").asDouble());
            }
            if (params.has("maximum_interval")) {
                p = p.withMaximumInterval(params.get("maximum_interval").asInt());
            }
            if (params.has("learning_steps")) {
                p = p.withLearningSteps(steps(params.get("learning_steps")));
            }
            if (params.has("relearning_steps")) {
                p = p.withRelearningSteps(steps(params.get("relearning_steps")));
            }
            if (params.has("enable_fuzz")) {
                p = p.withFuzz(params.get("enable_fuzz").asBoolean());
            }
        } catch (IllegalArgumentException e) {
            throw bad(file, "params", e.getMessage());
        }
        return p;
    }

    private static List<Duration> steps(JsonNode node) {
        List<Duration> steps = new ArrayList<>();
        node.forEach(n -> steps.add(FsrsParameters.parseStep(n.asText())));
        return steps;
    }

    private static JsonNode tree(Path file) {
        try {
            if (Files.size(file) > DeckReader.MAX_FILE_BYTES) {
                throw bad(file, "", "the file is over the 50 MB limit");
            }
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null) {
                throw bad(file, "", "the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String place = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            String m = e.getOriginalMessage();
            throw GlossaryException.badData(place + ": not valid JSON: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + e.getMessage());
        }
    }

    private static Instant instant(Path file, String where, JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw bad(file, where, "missing; expected an ISO-8601 time such as \"2025-01-26T21:48:22.000Z\"");
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw bad(file, where, "\"" + node.asText() + "\" is not an ISO-8601 time such as \"2025-01-26T21:48:22.000Z\"");
        }
    }

    private static GlossaryException bad(Path file, String where, String message) {
        return GlossaryException.badData(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }
}
