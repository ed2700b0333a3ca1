package dev.glossary.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.glossary.GlossaryException;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns progress into the bytes of {@code progress.json} and back, refusing anything it cannot vouch for. */
final class ProgressCodec {
    static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProgressCodec() {
    }

    /** Thrown for a file that must not be used or overwritten; the message says what is wrong. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    static byte[] encode(Progress progress) {
        Map<String, Map<String, ProgressDocument.TermDocument>> decks = new TreeMap<>();
        progress.decks().forEach((deckId, terms) -> {
            Map<String, ProgressDocument.TermDocument> docs = new TreeMap<>();
            terms.forEach((termId, history) -> docs.put(termId, document(history)));
            decks.put(deckId, docs);
        });
        try {
            return JSON.writeValueAsBytes(new ProgressDocument(VERSION, decks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress could not be encoded", e);
        }
    }

    static Progress decode(byte[] bytes) throws UnreadableException {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new UnreadableException("the file is empty");
        }
        ProgressDocument doc;
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableException("not a progress file (expected a JSON object with \"version\")");
            }
            JsonNode version = tree.get("version");
            if (version == null || !version.canConvertToInt()) {
                throw new UnreadableException("not a progress file (no \"version\" number)");
            }
            if (version.asInt() > VERSION) {
                throw new UnreadableException("it was written by a newer glossary (file version " + version.asInt()
                        + ", this build reads up to " + VERSION + "); upgrade glossary to use it");
            }
            if (version.asInt() < 1) {
                throw new UnreadableException("version " + version.asInt() + " is not a progress file version");
            }
            doc = JSON.treeToValue(tree, ProgressDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new UnreadableException("unexpected field \"" + e.getPropertyName() + "\" at " + path(e));
        } catch (MismatchedInputException e) {
            throw new UnreadableException("wrong shape at " + path(e) + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UnreadableException("not valid JSON" + place + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage());
        }
        return progress(doc);
    }

    private static Progress progress(ProgressDocument doc) throws UnreadableException {
        Map<String, Map<String, TermHistory>> decks = new LinkedHashMap<>();
        if (doc.decks() == null) {
            return Progress.empty();
        }
        for (var deck : doc.decks().entrySet()) {
            Map<String, TermHistory> terms = new LinkedHashMap<>();
            for (var term : deck.getValue().entrySet()) {
                String where = "decks." + deck.getKey() + "." + term.getKey();
                terms.put(term.getKey(), history(where, term.getValue()));
            }
            decks.put(deck.getKey(), terms);
        }
        return Progress.of(decks);
    }

    private static TermHistory history(String where, ProgressDocument.TermDocument doc) throws UnreadableException {
        if (doc == null || doc.card() == null) {
            throw new UnreadableException("wrong shape at " + where + ": missing \"card\"");
        }
        List<Review> reviews = new ArrayList<>();
        List<ProgressDocument.ReviewDocument> docs = doc.reviews() == null ? List.of() : doc.reviews();
        for (int i = 0; i < docs.size(); i++) {
            var r = docs.get(i);
            String at = where + ".reviews[" + i + "]";
            Rating rating = Rating.parse(r.rating()).orElseThrow(() -> new UnreadableException(
                    "wrong shape at " + at + ".rating: \"" + r.rating() + "\" is not again, hard, good or easy"));
            try {
                reviews.add(new Review(instant(at + ".at", r.at()), rating, r.mode(), r.ms(), r.cram()));
            } catch (IllegalArgumentException e) {
                throw new UnreadableException("wrong shape at " + at + ": " + e.getMessage());
            }
        }
        return new TermHistory(card(where + ".card", doc.card()), reviews);
    }

    private static Card card(String where, ProgressDocument.CardDocument c) throws UnreadableException {
        CardState state;
        try {
            state = CardState.valueOf(String.valueOf(c.state()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("wrong shape at " + where + ".state: \"" + c.state()
                    + "\" is not new, learning, review or relearning");
        }
        try {
            return new Card(state, c.stability(), c.difficulty(), instant(where + ".due", c.due()),
                    c.lastReview() == null ? null : instant(where + ".lastReview", c.lastReview()),
                    c.learningSteps(), c.reps(), c.lapses(), c.scheduledDays(), c.elapsedDays());
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("wrong shape at " + where + ": " + e.getMessage());
        }
    }

    private static Instant instant(String where, String text) throws UnreadableException {
        if (text == null) {
            throw new UnreadableException("wrong shape at " + where + ": missing time");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnreadableException("wrong shape at " + where + ": \"" + text + "\" is not an ISO-8601 time");
        }
    }

    private static ProgressDocument.TermDocument document(TermHistory history) {
        Card c = history.card();
        var card = new ProgressDocument.CardDocument(c.state().name().toLowerCase(Locale.ROOT), c.stability(),
                c.difficulty(), c.due().toString(), c.lastReview() == null ? null : c.lastReview().toString(),
                c.learningSteps(), c.reps(), c.lapses(), c.scheduledDays(), c.elapsedDays());
        var reviews = history.reviews().stream().map(r -> new ProgressDocument.ReviewDocument(r.at().toString(),
                r.rating().id(), r.mode(), r.answerMillis(), r.cram())).toList();
        return new ProgressDocument.TermDocument(card, reviews);
    }

    private static String path(MismatchedInputException e) {
        String p = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return p.isEmpty() ? "the top level" : p;
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
