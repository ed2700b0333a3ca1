package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckDraft.TermDraft;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads deck files with Jackson's streaming parser: fast at start-up, and every value comes with its
 * line and column, so a teacher is told exactly where a file is wrong. Use {@link #load(Path)} for a
 * validated deck, or {@link #read} for every problem at once.
 */
public final class DeckReader {
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Deck, terms array, term object, list field: nothing legitimate nests deeper. */
    private static final int MAX_DEPTH = 4;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(DeckValidator.MAX_FIELD_LENGTH)
                    .maxNumberLength(20)
                    .build())
            .build();

    private DeckReader() {
    }

    /** What reading a deck file gave: a draft and the problems found while reading it. */
    public record Reading(String file, DeckDraft draft, List<DeckProblem> problems) {
    }

    /** Loads and validates a deck; any problem is a {@link GlossaryException} naming the file and place. */
    public static Deck load(Path path) {
        return validated(read(path));
    }

    /** Loads and validates a deck from a stream (the bundled deck in the jar). */
    public static Deck load(String name, InputStream in) {
        return validated(read(name, in));
    }

    private static Deck validated(Reading reading) {
        List<DeckProblem> problems = new ArrayList<>(reading.problems());
        DeckValidator.Result result = DeckValidator.validate(reading.draft());
        problems.addAll(result.problems());
        if (!problems.isEmpty()) {
            String first = problems.get(0).format(reading.file());
            String more = problems.size() > 1
                    ? " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "")
                    + "; run: glossary deck validate " + reading.file() + ")"
                    : "";
            throw GlossaryException.badData(first + more);
        }
        return result.deck();
    }

    /**
     * Reads a deck file without judging its rules. A file that is too large, missing or not JSON is a
     * {@link GlossaryException}; type errors and unknown fields come back as problems.
     */
    public static Reading read(Path path) {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw GlossaryException.badData(file + ": the file is " + size / (1024 * 1024)
                        + " MB, over the 50 MB limit for a deck; split it into smaller decks");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(file, in);
            }
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file; check the path");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + e.getMessage());
        }
    }

    public static Reading read(String file, InputStream in) {
        List<DeckProblem> problems = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            DeckDraft draft = new DraftParser(file, p, problems).deck();
            return new Reading(file, draft, problems);
        } catch (StreamConstraintsException e) {
            throw GlossaryException.badData(place(file, e.getLocation()) + constraintMessage(e));
        } catch (JsonParseException e) {
            throw GlossaryException.badData(place(file, e.getLocation()) + syntaxMessage(e));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + e.getMessage());
        }
    }

    private static String place(String file, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return file + ": ";
        }
        return file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("String value length")) {
            return "a value is longer than " + DeckValidator.MAX_FIELD_LENGTH + " characters; shorten it";
        }
        if (m.contains("nesting depth")) {
            return "values nest deeper than a deck needs (deck > terms > term > list); flatten them";
        }
        if (m.contains("Number value length")) {
            return "a number is too long; \"format\" takes a small whole number";
        }
        return m;
    }

    private static String syntaxMessage(JsonParseException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (" + m + "); check for a missing ] or }";
        }
        return "not valid JSON: " + m;
    }

    /**
     * Walks the token stream of one deck document. A problem's place ({@code terms[12] "zed": level}) is put
     * together only when there is a problem: a large deck has millions of values and usually no problem, and
     * building a place for each value cost more than parsing it.
     */
    private static final class DraftParser {
        private final String file;
        private final JsonParser p;
        private final List<DeckProblem> problems;
        /** The term being read, as its place names it: its index (-1 outside the terms) and its id once read. */
        private int termIndex = -1;
        private String termId;

        DraftParser(String file, JsonParser p, List<DeckProblem> problems) {
            this.file = file;
            this.p = p;
            this.problems = problems;
        }

        DeckDraft deck() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problemAsError("", "a deck file must be one JSON object, { \"format\": 1, … }");
            }
            Integer format = null;
            String id = null;
            String name = null;
            String description = null;
            List<TermDraft> terms = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = integer(field, value);
                    case "id" -> id = string(field, value);
                    case "name" -> name = string(field, value);
                    case "description" -> description = string(field, value);
                    case "terms" -> terms = terms(value);
                    case "$schema" -> string(field, value);
                    default -> unknown(field, "format, id, name, description, terms");
                }
            }
            if (p.nextToken() != null) {
                throw problemAsError("", "unexpected content after the deck object; remove it");
            }
            return new DeckDraft(format, id, name, description, terms);
        }

        private List<TermDraft> terms(JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                problem("terms", "must be an array of term objects");
                p.skipChildren();
                return null;
            }
            List<TermDraft> terms = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    problem("terms[" + terms.size() + "]", "must be an object with id, term, level, definition");
                    p.skipChildren();
                    terms.add(new TermDraft(null, null, null, null, null, null, null, null, null, line(), column()));
                    continue;
                }
                termIndex = terms.size();
                terms.add(term());
                termIndex = -1;
                termId = null;
            }
            return terms;
        }

        private TermDraft term() throws IOException {
            // One location for both: each call to currentTokenLocation makes a new one.
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            String id = null;
            String term = null;
            String level = null;
            String category = null;
            String definition = null;
            String example = null;
            List<String> aliases = null;
            List<String> related = null;
            List<String> tags = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    // A problem in a later field names the term by this id; one in the id itself does not.
                    case "id" -> termId = id = string(field, value);
                    case "term" -> term = string(field, value);
                    case "level" -> level = string(field, value);
                    case "category" -> category = string(field, value);
                    case "definition" -> definition = string(field, value);
                    case "example" -> example = string(field, value);
                    case "aliases" -> aliases = strings(field, value);
                    case "related" -> related = strings(field, value);
                    case "tags" -> tags = strings(field, value);
                    default -> unknown(field, "id, term, level, category, definition, aliases, related, example, tags");
                }
            }
            return new TermDraft(id, term, level, category, definition, aliases, related, example, tags, line, column);
        }

        private String string(String field, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            problem(place(field), "must be a string (in double quotes), not " + describe(value));
            p.skipChildren();
            return null;
        }

        private Integer integer(String field, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
            problem(place(field), "must be a whole number such as 1, not " + describe(value));
            p.skipChildren();
            return null;
        }

        private List<String> strings(String field, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.START_ARRAY) {
                problem(place(field), "must be an array of strings, such as [\"a\", \"b\"], not " + describe(value));
                p.skipChildren();
                return null;
            }
            List<String> items = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_STRING) {
                    items.add(p.getText());
                } else {
                    problem(place(field) + "[" + items.size() + "]", "must be a string, not " + describe(t));
                    p.skipChildren();
                    items.add(null);
                }
            }
            return items;
        }

        private void unknown(String field, String known) throws IOException {
            problem(place("\"" + field + "\""), "unknown field; known fields are " + known);
            p.skipChildren();
        }

        /** A field's place: {@code id} in the deck, {@code terms[3] "zed": level} in a term. */
        private String place(String field) {
            if (termIndex < 0) {
                return field;
            }
            return "terms[" + termIndex + "]" + (termId == null ? "" : " \"" + termId + "\"") + ": " + field;
        }

        private void problem(String where, String message) {
            problems.add(new DeckProblem(where, message, line(), column()));
        }

        private GlossaryException problemAsError(String where, String message) {
            return GlossaryException.badData(new DeckProblem(where, message, line(), column()).format(file));
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private int column() {
            return p.currentTokenLocation().getColumnNr();
        }

        private static String describe(JsonToken t) {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                case VALUE_NULL -> "null";
                default -> t.asString();
            };
        }
    }
}
