package dev.glossary.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.glossary.GlossaryException;
import dev.glossary.deck.Level;
import dev.glossary.progress.Exam;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.NewOrder;
import dev.glossary.srs.FsrsParameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learner's {@code config.json}: desired retention, new terms per day, the scheduler's settings, the
 * order of new terms, the lapses that make a leech, the default deck and the exam set for each deck.
 * A missing file means the defaults; a file that cannot be read is an error, never silently replaced.
 */
public final class JsonConfigStore {
    static final int VERSION = 1;
    private static final String KNOWN = "version, desiredRetention, newPerDay, fuzz, shortTerm, learningSteps,"
            + " relearningSteps, maximumInterval, weights, newOrder, leechLapses, deck, exams";

    private final Path file;
    private final ConfigCache cache;

    public JsonConfigStore(LearnerFiles files) {
        this.file = files.config();
        this.cache = new ConfigCache(files.configCache());
    }

    public Path file() {
        return file;
    }

    /**
     * Jackson is touched only for a file it has not decoded before (see {@link ConfigCache}): setting it up
     * costs a cold JVM more than the rest of reading the settings.
     */
    public LearnerConfig load() {
        if (!Files.exists(file)) {
            return LearnerConfig.defaults();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            LearnerConfig kept = cache.read(bytes);
            if (kept != null) {
                return kept;
            }
            checkVersion(bytes);
            LearnerConfig read = settings(bytes);
            cache.write(bytes, read);
            return read;
        } catch (JsonProcessingException e) {
            throw GlossaryException.badData(file + JsonSyntax.place(e) + ": " + JsonSyntax.problem(e)
                    + "; fix it, or delete the file to use the defaults");
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    private LearnerConfig settings(byte[] bytes) throws IOException {
        LearnerConfig config = LearnerConfig.defaults();
        try (JsonParser p = JsonSyntax.STRICT.createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                config = switch (name) {
                    case "version" -> config;
                    case "desiredRetention" -> config.withDesiredRetention(number(p, value, name));
                    case "newPerDay" -> config.withNewPerDay(whole(p, value, name));
                    case "fuzz" -> config.withFuzz(bool(value, name));
                    case "shortTerm" -> config.withShortTerm(bool(value, name));
                    case "learningSteps" -> config.withLearningSteps(steps(p, value, name));
                    case "relearningSteps" -> config.withRelearningSteps(steps(p, value, name));
                    case "maximumInterval" -> config.withMaximumInterval(whole(p, value, name));
                    case "weights" -> config.withWeights(weights(p, value, name));
                    case "newOrder" -> config.withNewOrder(newOrder(p, value, name));
                    case "leechLapses" -> config.withLeechLapses(whole(p, value, name));
                    case "deck" -> config.withDeck(text(p, value, name));
                    case "exams" -> exams(p, value, config);
                    default -> throw bad("unknown setting \"" + name + "\"; known settings are " + KNOWN);
                };
            }
            if (p.nextToken() != null) {
                throw bad("unexpected content after the settings object");
            }
            return config;
        }
    }

    /**
     * Read first, wherever it stands in the file: a newer build may add settings this one does not know,
     * and the learner should hear "upgrade", not "unknown setting".
     */
    private void checkVersion(byte[] bytes) throws IOException {
        try (JsonParser p = JsonSyntax.STRICT.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad("expected a JSON object such as {\"desiredRetention\": 0.9}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("version")) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.VALUE_NUMBER_INT || p.getBigIntegerValue().signum() < 1) {
                    throw bad("\"version\" must be a whole number such as " + VERSION);
                }
                if (p.getBigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
                    throw GlossaryException.badData(file + ": it was written by a newer glossary (version "
                            + p.getBigIntegerValue() + ", this build reads up to " + VERSION
                            + "); upgrade glossary to use it");
                }
            }
        }
    }

    public void save(LearnerConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            try (JsonGenerator g = JsonSyntax.STRICT.createGenerator(out)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
                g.writeStartObject();
                g.writeNumberField("version", VERSION);
                g.writeNumberField("desiredRetention", config.desiredRetention());
                g.writeNumberField("newPerDay", config.newPerDay());
                g.writeBooleanField("fuzz", config.fuzz());
                g.writeBooleanField("shortTerm", config.shortTerm());
                g.writeStringField("learningSteps", stepsText(config.learningSteps()));
                g.writeStringField("relearningSteps", stepsText(config.relearningSteps()));
                g.writeNumberField("maximumInterval", config.maximumInterval());
                if (!config.defaultWeights()) {
                    g.writeArrayFieldStart("weights");
                    for (double w : config.weights()) {
                        g.writeNumber(w);
                    }
                    g.writeEndArray();
                }
                g.writeStringField("newOrder", config.newOrder().id());
                g.writeNumberField("leechLapses", config.leechLapses());
                if (config.deck() != null) {
                    g.writeStringField("deck", config.deck());
                }
                if (!config.exams().isEmpty()) {
                    g.writeObjectFieldStart("exams");
                    for (Map.Entry<String, Exam> exam : config.exams().entrySet()) {
                        g.writeObjectFieldStart(exam.getKey());
                        g.writeStringField("date", exam.getValue().date().toString());
                        g.writeArrayFieldStart("levels");
                        for (Level level : exam.getValue().levels()) {
                            g.writeString(level.id());
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            out.write('\n');
            byte[] bytes = out.toByteArray();
            AtomicFiles.write(file, bytes);
            cache.write(bytes, config);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot write: " + IoReason.of(e));
        }
    }

    private static double number(JsonParser p, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return p.getDoubleValue();
    }

    private static int whole(JsonParser p, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number, not " + p.getText());
        }
        BigInteger n = p.getBigIntegerValue();
        // Out of int range is out of the setting's range too; the record's own check says what the range is.
        return n.bitLength() < Integer.SIZE ? n.intValue() : n.signum() * Integer.MAX_VALUE;
    }

    /** Steps are kept as a learner types them, "1m,10m"; "" for none. */
    private static String stepsText(List<Duration> steps) {
        return steps.isEmpty() ? "" : FsrsParameters.formatSteps(steps);
    }

    private static List<Duration> steps(JsonParser p, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("\"" + field + "\" must be steps such as \"1m,10m\"");
        }
        try {
            return FsrsParameters.parseSteps(p.getText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + field + "\": " + e.getMessage());
        }
    }

    private static List<Double> weights(JsonParser p, JsonToken value, String field) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of 21 numbers");
        }
        List<Double> weights = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            weights.add(number(p, t, field));
        }
        return weights;
    }

    /** {@code "exams": {"backend": {"date": "2026-07-14", "levels": ["beginner"]}}}: one exam per deck id. */
    private static LearnerConfig exams(JsonParser p, JsonToken value, LearnerConfig config) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("\"exams\" must be an object of deck ids, each"
                    + " {\"date\": \"2026-07-14\", \"levels\": [\"beginner\"]}");
        }
        LearnerConfig with = config;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String deck = p.currentName();
            String where = "\"exams\": \"" + deck + "\"";
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(where + " must be {\"date\": \"2026-07-14\", \"levels\": [\"beginner\"]}");
            }
            LocalDate date = null;
            Set<Level> levels = EnumSet.noneOf(Level.class);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "date" -> date = date(p, v, where);
                    case "levels" -> levels = levels(p, v, where);
                    default -> throw new IllegalArgumentException(where + ": unknown field \"" + field
                            + "\"; an exam has a date and levels");
                }
            }
            if (date == null || levels.isEmpty()) {
                throw new IllegalArgumentException(where + " needs a date and at least one level");
            }
            with = with.withExam(deck, new Exam(date, levels));
        }
        return with;
    }

    private static LocalDate date(JsonParser p, JsonToken value, String where) throws IOException {
        try {
            if (value == JsonToken.VALUE_STRING) {
                return LocalDate.parse(p.getText());
            }
        } catch (DateTimeParseException e) {
            // Said below, with the form a date takes.
        }
        throw new IllegalArgumentException(where + ": \"date\" must be a date such as \"2026-07-14\"");
    }

    private static Set<Level> levels(JsonParser p, JsonToken value, String where) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(where + ": \"levels\" must be an array such as [\"beginner\"]");
        }
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String text = p.getText();
            levels.add(Level.parse(t == JsonToken.VALUE_STRING ? text : null).orElseThrow(() ->
                    new IllegalArgumentException(where + ": \"" + text + "\" is not a level; use beginner,"
                            + " intermediate or advanced")));
        }
        return levels;
    }

    private static NewOrder newOrder(JsonParser p, JsonToken value, String field) throws IOException {
        String text = text(p, value, field);
        return NewOrder.parse(text).orElseThrow(() -> new IllegalArgumentException("\"" + field + "\" must be "
                + NewOrder.ids() + ", not \"" + text + "\""));
    }

    private static String text(JsonParser p, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return p.getText();
    }

    private static boolean bool(JsonToken value, String field) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false");
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private GlossaryException bad(String problem) {
        return GlossaryException.badData(file + ": " + problem + "; fix it, or delete the file to use the defaults");
    }
}
