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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads review histories in the format of the FSRS reference vectors ({@code {"cases": [{"id", "created",
 * "enable_short_term", "steps": [{"review", "rating"}]}]}}) and FSRS parameter files, for {@code srs replay}.
 */
public final class ReviewHistoryReader {
    private static final ObjectMapper JSON = JsonMapper.builder(JsonSyntax.STRICT).build();
    /** In the order they are applied: the weights last, as {@link FsrsParameters} advises, since they are clipped against the rest. */
    private static final List<String> PARAMETER_FIELDS = List.of("relearning_steps", "learning_steps",
            "enable_short_term", "enable_fuzz", "request_retention", "maximum_interval", "w");
    private static final String PARAMETER_SHAPE = "{\"w\": [21 numbers], \"request_retention\": 0.9,"
            + " \"maximum_interval\": 36500, \"learning_steps\": [\"1m\", \"10m\"], \"relearning_steps\": [\"10m\"],"
            + " \"enable_fuzz\": false, \"enable_short_term\": true}, any of them, or a bare array of 21 weights";

    private ReviewHistoryReader() {
    }

    public record Step(Instant review, Rating rating) {
    }

    /** @param enableShortTerm the case's own setting, or empty to use the parameters' */
    public record Case(JsonNode id, Optional<Boolean> enableShortTerm, Instant created, List<Step> steps) {
    }

    public static List<Case> readCases(Path file) {
        JsonNode cases = tree(file).get("cases");
        if (cases == null || !cases.isArray()) {
            throw bad(file, "cases", "missing; expected review histories, {\"cases\": [{\"created\": TIME,"
                    + " \"steps\": [{\"review\": TIME, \"rating\": 1-4}, …]}, …]}");
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String where = "cases[" + i + "]";
            if (!c.isObject()) {
                throw bad(file, where, "expected an object such as {\"created\": …, \"steps\": [ … ]}");
            }
            JsonNode id = c.has("id") ? c.get("id") : JSON.getNodeFactory().numberNode(i);
            Optional<Boolean> shortTerm = c.has("enable_short_term")
                    ? Optional.of(bool(file, where + ".enable_short_term", c.get("enable_short_term")))
                    : Optional.empty();
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
                // 2.7 is no rating: an integral number only, not one Jackson would round for us.
                if (rating == null || !rating.isIntegralNumber() || !rating.canConvertToInt()
                        || rating.asInt() < 1 || rating.asInt() > 4) {
                    throw bad(file, at + ".rating", "must be 1 (again), 2 (hard), 3 (good) or 4 (easy)");
                }
                list.add(new Step(instant(file, at + ".review", step.get("review")), Rating.of(rating.asInt())));
            }
            out.add(new Case(id, shortTerm, created, list));
        }
        return out;
    }

    /**
     * FSRS parameters: an object like the vectors' {@code meta.params}, a file holding one there (such as
     * the vectors themselves), or a bare weight array. Anything else is refused, so a typo never leaves the
     * defaults in place unnoticed.
     */
    public static FsrsParameters readParameters(Path file) {
        JsonNode root = tree(file);
        JsonNode meta = root.path("meta").path("params");
        JsonNode params = meta.isMissingNode() ? root : meta;
        String prefix = meta.isMissingNode() ? "" : "meta.params.";
        FsrsParameters p = FsrsParameters.defaults().withFuzz(false);
        if (params.isArray()) {
            return p.withWeights(weights(file, meta.isMissingNode() ? "" : "meta.params", params));
        }
        if (!params.isObject()) {
            throw bad(file, "", "expected FSRS parameters: " + PARAMETER_SHAPE);
        }
        for (String field : (Iterable<String>) params::fieldNames) {
            if (!PARAMETER_FIELDS.contains(field)) {
                throw bad(file, prefix + field, "unknown parameter; expected " + PARAMETER_SHAPE);
            }
        }
        for (String field : PARAMETER_FIELDS) {
            JsonNode value = params.get(field);
            if (value == null) {
                continue;
            }
            String at = prefix + field;
            try {
                p = switch (field) {
                    case "relearning_steps" -> p.withRelearningSteps(steps(file, at, value));
                    case "learning_steps" -> p.withLearningSteps(steps(file, at, value));
                    case "enable_short_term" -> p.withShortTerm(bool(file, at, value));
                    case "enable_fuzz" -> p.withFuzz(bool(file, at, value));
                    case "request_retention" -> p.withRequestRetention(number(file, at, value, "between 0 and 1, such as 0.9"));
                    case "maximum_interval" -> p.withMaximumInterval(days(file, at, value));
                    default -> p.withWeights(weights(file, at, value));
                };
            } catch (IllegalArgumentException e) {
                throw bad(file, at, e.getMessage());
            }
        }
        return p;
    }

    private static double number(Path file, String where, JsonNode node, String expected) {
        if (!node.isNumber()) {
            throw bad(file, where, "must be a number " + expected);
        }
        return node.asDouble();
    }

    private static int days(Path file, String where, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw bad(file, where, "must be a whole number of days, such as 36500");
        }
        return node.asInt();
    }

    private static List<Double> weights(Path file, String where, JsonNode w) {
        String expected = "expected an array of 21 numbers (FSRS-6 weights; 17 or 19 older ones are migrated)";
        if (!w.isArray()) {
            throw bad(file, where, expected);
        }
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.get(i).isNumber()) {
                throw bad(file, where + "[" + i + "]", "must be a number; " + expected);
            }
            weights.add(w.get(i).asDouble());
        }
        if (weights.size() != 17 && weights.size() != 19 && weights.size() != 21) {
            throw bad(file, where, expected + ", not " + weights.size());
        }
        return weights;
    }

    private static List<Duration> steps(Path file, String where, JsonNode node) {
        if (!node.isArray()) {
            throw bad(file, where, "expected an array of steps such as [\"1m\", \"10m\"]");
        }
        List<Duration> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw bad(file, where + "[" + i + "]", "must be a step such as \"10m\", \"1h\" or \"1d\"");
            }
            try {
                steps.add(FsrsParameters.parseStep(node.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw bad(file, where + "[" + i + "]", e.getMessage());
            }
        }
        return steps;
    }

    private static boolean bool(Path file, String where, JsonNode node) {
        if (!node.isBoolean()) {
            throw bad(file, where, "must be true or false");
        }
        return node.asBoolean();
    }

    private static JsonNode tree(Path file) {
        try {
            if (Files.size(file) > DeckReader.MAX_FILE_BYTES) {
                throw bad(file, "", "the file is over the 50 MB limit");
            }
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            // Jackson reads an empty file as a "missing" node rather than as an error.
            if (root == null || root.isMissingNode()) {
                throw bad(file, "", "the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw GlossaryException.badData(file + JsonSyntax.place(e) + ": " + JsonSyntax.problem(e));
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    private static Instant instant(Path file, String where, JsonNode node) {
        String example = " such as \"2025-01-26T21:48:22.000Z\"";
        if (node == null || !node.isTextual()) {
            throw bad(file, where, "missing; expected an ISO-8601 time" + example);
        }
        Instant at;
        try {
            at = Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw bad(file, where, "\"" + node.asText() + "\" is not an ISO-8601 time" + example);
        }
        // No "more than a day ahead" rule here: replay writes nothing, and the FSRS reference vectors it exists
        // to check simulate decades of reviews (to 2428).
        if (!TimeRange.containsReview(at)) {
            throw bad(file, where, node.asText() + " is not " + TimeRange.REVIEW_DESCRIPTION);
        }
        return at;
    }

    private static GlossaryException bad(Path file, String where, String message) {
        return GlossaryException.badData(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }
}
