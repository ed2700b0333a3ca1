package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.GlossaryException;
import dev.glossary.deck.DeckValidator;
import dev.glossary.report.LearnerReport;
import dev.glossary.report.LearnerReport.Confusion;
import dev.glossary.report.LearnerReport.TermSummary;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A learner's report as a file: {@code ReportFiles.bytes(report)} to write one, {@code ReportFiles.read(path)} to
 * read one a learner sent. The file is small JSON with one term per line, so that the learner can read all of
 * what they hand over. A file from a learner is untrusted: every field is checked, and a problem names the file
 * and the field.
 */
public final class ReportFiles {
    public static final int FORMAT = 1;
    /** The field that tells a report from any other JSON file. */
    public static final String MARKER = "glossaryReport";
    private static final Set<String> STATES = Set.of("new", "learning", "review", "relearning");
    private static final Set<String> MASTERY = Set.of("new", "learning", "known");
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build());

    private ReportFiles() {
    }

    public static byte[] bytes(LearnerReport report) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"").append(MARKER).append("\": ").append(FORMAT);
        field(json, "deck", report.deckId());
        field(json, "deckVersion", report.deckVersion());
        if (report.learner() != null) {
            field(json, "learner", report.learner());
        }
        field(json, "date", report.date().toString());
        json.append(",\n  \"terms\": [");
        for (int i = 0; i < report.terms().size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(term(report.terms().get(i)));
        }
        json.append(report.terms().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A top-level field on a line of its own; each term is one line, written by Jackson. */
    private static void field(StringBuilder json, String name, String value) {
        json.append(",\n  \"").append(name).append("\": ");
        if (value == null) {
            json.append("null");
        } else {
            json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
        }
    }

    private static String term(TermSummary t) {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.setPrettyPrinter(new OneLine());
            term(g, t);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return line.toString();
    }

    private static void term(JsonGenerator g, TermSummary t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("term", t.term());
        g.writeNumberField("answers", t.answers());
        g.writeNumberField("firstTries", t.firstTries());
        g.writeNumberField("firstTriesRight", t.firstTriesRight());
        g.writeNumberField("lapses", t.lapses());
        g.writeStringField("state", t.state());
        g.writeStringField("mastery", t.mastery());
        g.writeBooleanField("due", t.due());
        g.writeFieldName("retrievability");
        if (t.retrievability() == null) {
            g.writeNull();
        } else {
            g.writeNumber(Math.round(t.retrievability() * 1000) / 1000.0);
        }
        g.writeArrayFieldStart("confusions");
        for (Confusion c : t.confusions()) {
            g.writeStartObject();
            g.writeStringField("with", c.with());
            g.writeNumberField("times", c.times());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Reads a report a learner wrote with {@code glossary report}; anything else is a one-line error. */
    public static LearnerReport read(Path file) {
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > DeckReader.MAX_FILE_BYTES) {
                throw bad(file, "", "the file is " + size / (1024 * 1024) + " MB, far more than a report of any deck");
            }
            root = READER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file; check the path");
        } catch (JsonProcessingException e) {
            throw GlossaryException.badData(file + JsonSyntax.place(e) + ": " + JsonSyntax.problem(e)
                    + "; this is not a report written by: glossary report");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
        if (root == null || !root.isObject() || !root.has(MARKER)) {
            throw bad(file, "", "not a class report; a learner writes one with: glossary report --deck ID -o FILE");
        }
        JsonNode format = root.get(MARKER);
        if (!format.canConvertToInt() || format.asInt() != FORMAT) {
            throw bad(file, MARKER, "this report is of format " + format + ", and this glossary reads format "
                    + FORMAT + "; update glossary");
        }
        String deck = text(file, root, "deck", true);
        if (!DeckValidator.isSlug(deck)) {
            throw bad(file, "deck", "\"" + deck + "\" is not a deck id");
        }
        String version = text(file, root, "deckVersion", false);
        String learner = text(file, root, "learner", false);
        LocalDate date;
        try {
            date = LocalDate.parse(text(file, root, "date", true));
        } catch (DateTimeParseException e) {
            throw bad(file, "date", "must be a date such as 2026-03-02");
        }
        JsonNode terms = root.get("terms");
        if (terms == null || !terms.isArray()) {
            throw bad(file, "terms", "must be an array of terms");
        }
        List<TermSummary> summaries = new ArrayList<>(terms.size());
        Iterator<JsonNode> items = terms.elements();
        for (int i = 0; items.hasNext(); i++) {
            summaries.add(term(file, "terms[" + i + "]", items.next()));
        }
        return new LearnerReport(deck, version, learner, date, summaries);
    }

    private static TermSummary term(Path file, String where, JsonNode node) {
        if (!node.isObject()) {
            throw bad(file, where, "must be an object");
        }
        String id = text(file, node, where, "id", true);
        if (!DeckValidator.isSlug(id)) {
            throw bad(file, where + ": id", "\"" + id + "\" is not a term id");
        }
        String place = where + " \"" + id + "\"";
        int firstTries = count(file, node, place, "firstTries");
        int right = count(file, node, place, "firstTriesRight");
        if (right > firstTries) {
            throw bad(file, place + ": firstTriesRight", "is more than firstTries");
        }
        String state = text(file, node, place, "state", true);
        if (!STATES.contains(state)) {
            throw bad(file, place + ": state", "must be one of new, learning, review, relearning");
        }
        String mastery = text(file, node, place, "mastery", true);
        if (!MASTERY.contains(mastery)) {
            throw bad(file, place + ": mastery", "must be one of new, learning, known");
        }
        JsonNode due = node.get("due");
        if (due == null || !due.isBoolean()) {
            throw bad(file, place + ": due", "must be true or false");
        }
        JsonNode recall = node.get("retrievability");
        if (recall != null && !recall.isNull() && (!recall.isNumber() || recall.asDouble() < 0 || recall.asDouble() > 1)) {
            throw bad(file, place + ": retrievability", "must be a number from 0 to 1, or null");
        }
        List<Confusion> confusions = new ArrayList<>();
        JsonNode confused = node.get("confusions");
        if (confused != null && !confused.isNull()) {
            if (!confused.isArray()) {
                throw bad(file, place + ": confusions", "must be an array");
            }
            for (int i = 0; i < confused.size(); i++) {
                String at = place + ": confusions[" + i + "]";
                JsonNode c = confused.get(i);
                if (!c.isObject()) {
                    throw bad(file, at, "must be an object");
                }
                String with = text(file, c, at, "with", true);
                if (!DeckValidator.isSlug(with)) {
                    throw bad(file, at + ": with", "\"" + with + "\" is not a term id");
                }
                confusions.add(new Confusion(with, count(file, c, at, "times")));
            }
        }
        return new TermSummary(id, text(file, node, place, "term", false), count(file, node, place, "answers"),
                firstTries, right, count(file, node, place, "lapses"), state, mastery, due.asBoolean(),
                recall == null || recall.isNull() ? null : recall.asDouble(), confusions);
    }

    private static String text(Path file, JsonNode node, String field, boolean required) {
        return text(file, node, "", field, required);
    }

    private static String text(Path file, JsonNode node, String where, String field, boolean required) {
        JsonNode value = node.get(field);
        String place = where.isEmpty() ? field : where + ": " + field;
        if (value == null || value.isNull()) {
            if (required) {
                throw bad(file, place, "is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw bad(file, place, "must be a string");
        }
        return value.asText();
    }

    private static int count(Path file, JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw bad(file, where + ": " + field, "must be a whole number, 0 or more");
        }
        return value.asInt();
    }

    private static GlossaryException bad(Path file, String where, String message) {
        return GlossaryException.badData(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    /** JSON on one line, with the spaces a reader expects after colons and commas. */
    private static final class OneLine extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
