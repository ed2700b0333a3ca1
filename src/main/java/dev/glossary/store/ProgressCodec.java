package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.StudyFlags;
import dev.glossary.progress.TermHistory;
import dev.glossary.progress.UndoneAnswer;
import dev.glossary.quiz.Mode;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {"version": 2, "decks": {"backend": {"jwt": {
 *    "card": {"state": "review", "stability": 8.29, "difficulty": 1.0, "due": "…", "lastReview": "…",
 *             "learningSteps": 0, "reps": 1, "lapses": 0, "scheduledDays": 8, "elapsedDays": 0},
 *    "reviews": [{"at": "…", "rating": "easy", "mode": "flip", "ms": 2100, "cram": false},
 *                {"at": "…", "rating": "again", "mode": "choice", "ms": 3400, "cram": false, "confusedWith": "jws"}],
 *    "suspended": {"value": true, "at": "…"},
 *    "buried": {"until": "…", "at": "…"},
 *    "undone": [{"at": "…", "mode": "choice", "cram": false, "undoneAt": "…"}]}}}}
 * </pre>
 * Version 2 added the last three, each written only when there is something to say; version 3 a review's
 * {@code confusedWith} (the other term a wrong answer named) and {@code pairedWith} (the other term of a
 * "which is which?" card), written only when set, so that a build that knows neither refuses the file
 * instead of dropping them. Version 1 and 2 files are read as they are.
 */
final class ProgressCodec {
    static final int VERSION = 3;
    private static final JsonFactory JSON = JsonSyntax.STRICT;

    private ProgressCodec() {
    }

    /** Thrown for a file that must not be used or overwritten; the message says what is wrong. */
    static final class UnreadableException extends Exception {
        private final String place;

        UnreadableException(String message) {
            this("", message);
        }

        /** @param place {@code ":line:column"} for a syntax error, to follow the file name; else empty */
        UnreadableException(String place, String message) {
            super(message);
            this.place = place;
        }

        String place() {
            return place;
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
                        if (r.confusedWith() != null) {
                            g.writeStringField("confusedWith", r.confusedWith());
                        }
                        if (r.pairedWith() != null) {
                            g.writeStringField("pairedWith", r.pairedWith());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    writeFlags(g, term.getValue().flags());
                    writeUndone(g, term.getValue().undone());
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

    private static void writeFlags(JsonGenerator g, StudyFlags flags) throws IOException {
        if (flags.suspendSetAt() != null) {
            g.writeObjectFieldStart("suspended");
            g.writeBooleanField("value", flags.suspended());
            g.writeStringField("at", flags.suspendSetAt().toString());
            g.writeEndObject();
        }
        if (flags.burySetAt() != null) {
            g.writeObjectFieldStart("buried");
            g.writeStringField("until", flags.buriedUntil().toString());
            g.writeStringField("at", flags.burySetAt().toString());
            g.writeEndObject();
        }
    }

    private static void writeUndone(JsonGenerator g, List<UndoneAnswer> undone) throws IOException {
        if (undone.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("undone");
        for (UndoneAnswer u : undone) {
            g.writeStartObject();
            g.writeStringField("at", u.at().toString());
            g.writeStringField("mode", u.mode());
            g.writeBooleanField("cram", u.cram());
            g.writeStringField("undoneAt", u.undoneAt().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
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

    /** A progress file glossary wrote (the learner's own, a backup): reviews in the range any review may have. */
    static Progress decode(byte[] bytes) throws UnreadableException {
        return decode(bytes, null);
    }

    /**
     * A progress file, with every review given no later than {@code latestReview} when that is not null: a file
     * from elsewhere is read against this machine's clock, the learner's own is not (a clock that was ahead
     * once must not lock a learner out of their own history).
     */
    static Progress decode(byte[] bytes, Instant latestReview) throws UnreadableException {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new UnreadableException("the file is empty");
        }
        try {
            checkVersion(bytes);
            try (JsonParser p = JSON.createParser(bytes)) {
                return new Reader(p, latestReview).progress();
            }
        } catch (JsonProcessingException e) {
            throw new UnreadableException(JsonSyntax.place(e), JsonSyntax.problem(e));
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
            BigInteger version = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("version")) {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw new UnreadableException("version: must be a whole number such as " + VERSION);
                    }
                    // Read as a big number: a version too large for an int is still just a newer file.
                    version = p.getBigIntegerValue();
                } else {
                    p.skipChildren();
                }
            }
            if (version == null) {
                throw new UnreadableException("not a progress file (no \"version\" number)");
            }
            if (version.compareTo(BigInteger.valueOf(VERSION)) > 0) {
                throw new UnreadableException("it was written by a newer glossary (file version " + version
                        + ", this build reads up to " + VERSION + "); upgrade glossary to use it");
            }
            if (version.signum() < 1) {
                throw new UnreadableException("version " + version + " is not a progress file version");
            }
        }
    }

    /**
     * The full read, after the version check; every field is required, no other is allowed, and every
     * value must be one the scheduler can work from, so a bad file is refused here and not by a crash in
     * the middle of a quiz.
     */
    private static final class Reader {
        private final JsonParser p;
        private final Instant latestReview;

        Reader(JsonParser p, Instant latestReview) {
            this.p = p;
            this.latestReview = latestReview;
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
                throw new UnreadableException("the top level: missing \"decks\"");
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
            StudyFlags flags = StudyFlags.NONE;
            List<UndoneAnswer> undone = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "card" -> card = card(where + ".card");
                    case "reviews" -> reviews = reviews(where + ".reviews");
                    case "suspended" -> {
                        expect(JsonToken.START_OBJECT, where + ".suspended");
                        ProgressFields f = fields(where + ".suspended");
                        flags = flags.suspend(f.bool("value"), f.instant("at"));
                    }
                    case "buried" -> {
                        expect(JsonToken.START_OBJECT, where + ".buried");
                        ProgressFields f = fields(where + ".buried");
                        flags = flags.bury(f.instant("until"), f.instant("at"));
                    }
                    case "undone" -> undone = undone(where + ".undone");
                    default -> throw unexpected(field, where);
                }
            }
            if (card == null) {
                throw new UnreadableException(where + ": missing \"card\"");
            }
            List<Review> log = reviews == null ? List.of() : reviews;
            if (card.state() != CardState.NEW && log.stream().allMatch(Review::cram)) {
                // The log is what the card is made from: a studied card with no answer in it is not one glossary wrote.
                throw new UnreadableException(where + ".card: the card is " + card.state().name().toLowerCase(Locale.ROOT)
                        + ", but \"reviews\" holds no scheduled answer it could come from");
            }
            return new TermHistory(card, log, flags, undone);
        }

        private List<UndoneAnswer> undone(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_ARRAY, where);
            List<UndoneAnswer> undone = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String at = where + "[" + undone.size() + "]";
                expect(JsonToken.START_OBJECT, at);
                ProgressFields f = fields(at);
                undone.add(new UndoneAnswer(f.instant("at"), mode(f), f.bool("cram"), f.instant("undoneAt")));
            }
            return undone;
        }

        private static String mode(ProgressFields f) throws UnreadableException {
            String mode = f.text("mode");
            if (!mode.isEmpty() && Mode.parse(mode).filter(m -> m.id().equals(mode)).isEmpty()) {
                throw f.bad("mode", "\"" + mode + "\" is not one of " + Mode.ids());
            }
            return mode;
        }

        private Card card(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_OBJECT, where);
            ProgressFields f = fields(where);
            String stateText = f.text("state");
            CardState state = Arrays.stream(CardState.values())
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(stateText)).findFirst()
                    .orElseThrow(() -> f.bad("state", "\"" + stateText + "\" is not new, learning, review or relearning"));
            boolean reviewed = state != CardState.NEW;
            double stability = f.number("stability");
            double difficulty = f.number("difficulty");
            if (reviewed && !(stability >= Card.MIN_STABILITY && stability <= Card.MAX_STABILITY)) {
                throw f.bad("stability", stability + " is out of range; a reviewed card's stability is "
                        + Card.MIN_STABILITY + " to " + (int) Card.MAX_STABILITY + " days");
            }
            if (reviewed && !(difficulty >= Card.MIN_DIFFICULTY && difficulty <= Card.MAX_DIFFICULTY)) {
                throw f.bad("difficulty", difficulty + " is out of range; a reviewed card's difficulty is "
                        + (int) Card.MIN_DIFFICULTY + " to " + (int) Card.MAX_DIFFICULTY);
            }
            if (!reviewed && (stability != 0 || difficulty != 0)) {
                throw f.bad(stability != 0 ? "stability" : "difficulty", "must be 0 for a new card");
            }
            Instant due = f.instant("due");
            Instant last = f.has("lastReview") ? f.instant("lastReview") : null;
            if (reviewed && last == null) {
                throw f.bad("lastReview", "missing; a " + stateText + " card has been reviewed");
            }
            if (last != null && due.isBefore(last)) {
                throw f.bad("due", due + " is before the card's last review at " + last);
            }
            return new Card(state, stability, difficulty, due, last, f.count("learningSteps"), f.count("reps"),
                    f.count("lapses"), f.count("scheduledDays"), f.count("elapsedDays"));
        }

        private List<Review> reviews(String where) throws IOException, UnreadableException {
            expect(JsonToken.START_ARRAY, where);
            List<Review> reviews = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String at = where + "[" + reviews.size() + "]";
                expect(JsonToken.START_OBJECT, at);
                ProgressFields f = fields(at);
                String ratingText = f.text("rating");
                Rating rating = Rating.parse(ratingText).orElseThrow(() ->
                        f.bad("rating", "\"" + ratingText + "\" is not again, hard, good or easy"));
                reviews.add(new Review(f.reviewTime("at", latestReview), rating, mode(f), f.whole("ms", Long.MAX_VALUE),
                        f.bool("cram"), termId(f, "confusedWith"), termId(f, "pairedWith")));
            }
            return reviews;
        }

        /** An optional term id: absent or null for none, else a string that is not blank. */
        private static String termId(ProgressFields f, String name) throws UnreadableException {
            if (!f.has(name)) {
                return null;
            }
            String id = f.text(name);
            if (id.isBlank()) {
                throw f.bad(name, "must be a term id, or left out");
            }
            return id;
        }

        /** The scalar fields of a flat object: strings, numbers, booleans and nulls. */
        private ProgressFields fields(String where) throws IOException, UnreadableException {
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
                    default -> throw new UnreadableException(where + "." + name + ": expected a plain value");
                });
            }
            return new ProgressFields(where, f);
        }

        private void expect(JsonToken token, String where) throws UnreadableException {
            if (p.currentToken() != token) {
                throw new UnreadableException(where + ": expected "
                        + (token == JsonToken.START_ARRAY ? "an array" : "an object"));
            }
        }

        private UnreadableException unexpected(String field, String where) {
            return new UnreadableException("unexpected field \"" + field + "\" at " + where);
        }
    }
}
