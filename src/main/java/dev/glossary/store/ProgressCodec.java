package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns progress into the bytes of {@code progress.json} and back, refusing anything it cannot vouch for.
 * It uses Jackson's streaming API, as the deck reader does: every one-shot reads this file, and the
 * streaming parser starts far faster than an object mapper.
 *
 * <pre>
 * {"version": 1, "decks": {"backend": {"jwt": {
 *    "card": {"state": "review", "stability": 8.29, "difficulty": 1.0, "due": "…", "lastReview": "…",
 *             "learningSteps": 0, "reps": 1, "lapses": 0, "scheduledDays": 8, "elapsedDays": 0},
 *    "reviews": [{"at": "…", "rating": "easy", "mode": "flip", "ms": 2100, "cram": false}]}}}}
 * </pre>
 */
final class ProgressCodec {
    static final int VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private ProgressCodec() {
    }

    /** Thrown for a file that must not be used or overwritten; the message says what is wrong. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    static byte[] encode(Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeObjectFieldStart("decks");
            for (var deck : progress.decks().entrySet()) {
                g.writeObjectFieldStart(deck.getKey());
                for (var term : deck.getValue().entrySet()) {
                    g.writeObjectFieldStart(term.getKey());
                    writeCard(g, term.getValue().card());
                    g.writeArrayFieldStart("reviews");
                    for (Review r : term.getValue().reviews()) {
                        g.writeStartObject();
                        g.writeStringField("at", r.at().toString());
                        g.writeStringField("rating", r.rating().id());
                        g.writeStringField("mode", r.mode());
                        g.writeNumberField("ms", r.answerMillis());
                        g.writeBooleanField("cram", r.cram());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("progress could not be encoded", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeCard(JsonGenerator g, Card c) throws IOException {
        g.writeObjectFieldStart("card");
        g.writeStringField("state", c.state().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("stability", c.stability());
        g.writeNumberField("difficulty", c.difficulty());
        g.writeStringField("due", c.due().toString());
        if (c.lastReview() == null) {
            g.writeNullField("lastReview");
        } else {
            g.writeStringField("lastReview", c.lastReview().toString());
        }
        g.writeNumberField("learningSteps", c.learningSteps());
        g.writeNumberField("reps", c.reps());
        g.writeNumberField("lapses", c.lapses());
        g.writeNumberField("scheduledDays", c.scheduledDays());
        g.writeNumberField("elapsedDays", c.elapsedDays());
        g.writeEndObject();
    }

    static Progress decode(byte[] bytes) throws UnreadableException {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new UnreadableException("the file is empty");
        }
        try {
            checkVersion(bytes);
            try (JsonParser p = JSON.createParser(bytes)) {
                return new Reader(p).progress();
            }
        } catch (JsonParseException e) {
            var at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String m = e.getOriginalMessage();
            throw new UnreadableException("not valid JSON" + place + ": " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage());
        }
    }

    /** Reads only the top-level "version" first, so a newer file says "upgrade" rather than "wrong shape". */
    private static void checkVersion(byte[] bytes) throws IOException, UnreadableException {
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableException("not a progress file (expected a JSON object with \"version\")");
            }
            Integer version = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            if (version == null) {
                throw new UnreadableException("not a progress file (no \"version\" number)");
            }
            if (version > VERSION) {
                throw new UnreadableException("it was written by a newer glossary (file version " + version
                        + ", this build reads up to " + VERSION + "); upgrade glossary to use it");
            }
            if (version < 1) {
                throw new UnreadableException("version " + version + " is not a progress file version");
            }
        }
    }

    /** The full read, after the version check; every field is required and no other is allowed. */
    private static final class Reader {
        private final JsonParser p;

        Reader(JsonParser p) {
            this.p = p;
        }

        Progress progress() throws IOException, UnreadableException {
            p.nextToken();
            Map<String, Map<String, TermHistory>> decks = new LinkedHashMap<>();
            boolean sawDecks = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "version" -> { }
                    case "decks" -> {
                        sawDecks = true;
                        expect(JsonToken.START_OBJECT, "decks");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String deckId = p.currentName();
                            p.nextToken();
                            decks.put(deckId, terms("decks." + deckId));
                        }
                    }
                    default -> throw unexpected(field, "the top level");
                }
            }
            if (p.nextToken() != null) {
                throw new UnreadableException("unexpected content after the progress object");
            }
            if (!sawDecks) {
                throw new UnreadableException("wrong shape at the top level: missing \"decks\"");
            }
            return Progress.of(decks);
        }

        private Map<String, TermHistory> terms(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_OBJECT, where);
            Map<String, TermHistory> terms = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String termId = p.currentName();
                p.nextToken();
                terms.put(termId, history(where + "." + termId));
            }
            return terms;
        }

        private TermHistory history(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_OBJECT, where);
            Card card = null;
            List<Review> reviews = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "card" -> card = card(where + ".card");
                    case "reviews" -> reviews = reviews(where + ".reviews");
                    default -> throw unexpected(field, where);
                }
            }
            if (card == null) {
                throw new UnreadableException("wrong shape at " + where + ": missing \"card\"");
            }
            return new TermHistory(card, reviews == null ? List.of() : reviews);
        }

        private Card card(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_OBJECT, where);
            Map<String, Object> f = fields(where);
            String stateText = text(f, "state", where);
            CardState state;
            try {
                state = CardState.valueOf(stateText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UnreadableException("wrong shape at " + where + ".state: \"" + stateText
                        + "\" is not new, learning, review or relearning");
            }
            try {
                Object last = f.get("lastReview");
                return new Card(state, number(f, "stability", where), number(f, "difficulty", where),
                        instant(where + ".due", text(f, "due", where)),
                        last == null ? null : instant(where + ".lastReview", text(f, "lastReview", where)),
                        whole(f, "learningSteps", where), whole(f, "reps", where), whole(f, "lapses", where),
                        whole(f, "scheduledDays", where), whole(f, "elapsedDays", where));
            } catch (IllegalArgumentException e) {
                throw new UnreadableException("wrong shape at " + where + ": " + e.getMessage());
            }
        }

        private List<Review> reviews(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_ARRAY, where);
            List<Review> reviews = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String at = where + "[" + reviews.size() + "]";
                expect(JsonToken.START_OBJECT, at);
                Map<String, Object> f = fields(at);
                String ratingText = text(f, "rating", at);
                Rating rating = Rating.parse(ratingText).orElseThrow(() -> new UnreadableException(
                        "wrong shape at " + at + ".rating: \"" + ratingText + "\" is not again, hard, good or easy"));
                Object cram = require(f, "cram", at);
                if (!(cram instanceof Boolean)) {
                    throw new UnreadableException("wrong shape at " + at + ".cram: must be true or false");
                }
                try {
                    reviews.add(new Review(instant(at + ".at", text(f, "at", at)), rating,
                            text(f, "mode", at), (long) number(f, "ms", at), (Boolean) cram));
                } catch (IllegalArgumentException e) {
                    throw new UnreadableException("wrong shape at " + at + ": " + e.getMessage());
                }
            }
            return reviews;
        }

        /** The scalar fields of a flat object: strings, numbers, booleans and nulls. */
        private Map<String, Object> fields(String where) throws IOException, UnreadableException {
            Map<String, Object> f = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                f.put(name, switch (t) {
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> throw new UnreadableException("wrong shape at " + where + "." + name
                            + ": expected a plain value");
                });
            }
            return f;
        }

        private void expect(JsonToken token, String where) throws UnreadableException {
            if (p.currentToken() != token) {
                throw new UnreadableException("wrong shape at " + where + ": expected "
                        + (token == JsonToken.START_ARRAY ? "an array" : "an object"));
            }
        }

        private static Object require(Map<String, Object> f, String name, String where) throws UnreadableException {
            Object v = f.get(name);
            if (v == null) {
                throw new UnreadableException("wrong shape at " + where + ": missing \"" + name + "\"");
            }
            return v;
        }

        private static String text(Map<String, Object> f, String name, String where) throws UnreadableException {
            if (!(require(f, name, where) instanceof String text)) {
                throw new UnreadableException("wrong shape at " + where + "." + name + ": must be a string");
            }
            return text;
        }

        private static double number(Map<String, Object> f, String name, String where) throws UnreadableException {
            if (!(require(f, name, where) instanceof Number n)) {
                throw new UnreadableException("wrong shape at " + where + "." + name + ": must be a number");
            }
            return n.doubleValue();
        }

        private static int whole(Map<String, Object> f, String name, String where) throws UnreadableException {
            Object v = require(f, name, where);
            if (!(v instanceof Integer || v instanceof Long)) {
                throw new UnreadableException("wrong shape at " + where + "." + name + ": must be a whole number");
            }
            return ((Number) v).intValue();
        }

        private static Instant instant(String where, String text) throws UnreadableException {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new UnreadableException("wrong shape at " + where + ": \"" + text + "\" is not an ISO-8601 time");
            }
        }

        private UnreadableException unexpected(String field, String where) {
            return new UnreadableException("unexpected field \"" + field + "\" at " + where);
        }
    }
}
