package dev.glossary.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft.TermDraft;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckDraft.ChangelogDraft;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads deck files with Jackson's streaming parser: fast at start-up, and every value comes with its
 * line and column, so a teacher is told exactly where a file is wrong. Use {@link #load(Path)} for a
 * validated deck, or {@link #read} for every problem at once.
 */
public final class DeckReader {
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Deck, terms array, term object, list field (or changelog, entry, changes): nothing legitimate nests deeper. */
    private static final int MAX_DEPTH = 4;
    private static final String DECK_FIELDS = "format, id, name, description, version, author, updated, changelog,"
            + " terms";

    static final JsonFactory JSON = JsonFactory.builder()
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
        /**
         * Checks the draft's rules and returns those problems after the reader's. A field the reader already
         * reported (a "format" that is a string, a term that is not an object) is read as missing, and saying
         * so again would only be noise, so the rules' problems about that field are left out.
         */
        public DeckValidator.Result validate() {
            DeckValidator.Result result = DeckValidator.validate(draft);
            if (problems.isEmpty()) {
                return result;
            }
            Set<String> reported = new HashSet<>();
            for (DeckProblem problem : problems) {
                reported.add(FieldKey.of(problem.where()));
            }
            List<DeckProblem> all = new ArrayList<>(problems);
            for (DeckProblem problem : result.problems()) {
                String key = FieldKey.of(problem.where());
                if (!reported.contains(key) && !reported.contains(FieldKey.term(key))) {
                    all.add(problem);
                }
            }
            return new DeckValidator.Result(null, List.copyOf(all));
        }
    }

    /** Loads and validates a deck; any problem is a {@link GlossaryException} naming the file and place. */
    public static Deck load(Path path) {
        return validated(read(path));
    }

    /** Loads and validates a deck from a stream (the bundled deck in the jar). */
    public static Deck load(String name, InputStream in) {
        return validated(read(name, in));
    }

    /** The deck a reading holds once its rules are checked; the first problem (and their count) is the error. */
    public static Deck validated(Reading reading) {
        DeckValidator.Result result = reading.validate();
        List<DeckProblem> problems = result.problems();
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
        try {
            return readDeck(path);
        } catch (GlossaryException e) {
            // A pipe cannot be read a second time: opening it again would wait for a writer that never comes.
            if (e.exitCode() != GlossaryException.BAD_DATA || !Files.isRegularFile(path)) {
                throw e;
            }
            String other = ForeignFile.describe(path);
            if (other == null) {
                throw e;
            }
            throw GlossaryException.badData(path + ": " + other);
        }
    }

    private static Reading readDeck(Path path) {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw GlossaryException.badData(file + ": the file is " + size / (1024 * 1024)
                        + " MB, over the 50 MB limit for a deck; split it into smaller decks");
            }
            ByteBuffer bytes;
            if (Files.isRegularFile(path)) {
                bytes = ByteBuffer.wrap(Files.readAllBytes(path));
            } else {
                // A pipe or a device has no size to check first: read whole, up to the limit.
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = DeckText.readAtMost(file, in, MAX_FILE_BYTES);
                }
            }
            DeckText.check(file, bytes);
            return read(file, JSON.createParser(bytes.array(), 0, bytes.limit()));
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file; check the path");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    public static Reading read(String file, InputStream in) {
        try {
            return read(file, JSON.createParser(in));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    private static Reading read(String file, JsonParser tokens) {
        List<DeckProblem> problems = new ArrayList<>();
        try (JsonParser p = tokens) {
            DraftParser parser = new DraftParser(file, p, problems);
            try {
                return new Reading(file, parser.deck(), problems);
            } catch (StreamConstraintsException e) {
                // Jackson gives these no location: the parser still knows which value it was reading.
                String where = parser.placeOfLimit(e);
                throw GlossaryException.badData(new DeckProblem(where, constraintMessage(e), parser.limitLine(),
                        parser.limitColumn()).format(file));
            } catch (StreamReadException e) {
                throw GlossaryException.badData(place(file, e.getLocation()) + JsonSyntax.describe(e));
            }
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
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
        if (m.contains("Name length")) {
            return "a field name is longer than " + DeckValidator.MAX_FIELD_LENGTH + " characters; a deck's field"
                    + " names are short words such as \"definition\"";
        }
        if (m.contains("String value length")) {
            return "longer than " + DeckValidator.MAX_FIELD_LENGTH + " characters, the most a deck value may hold;"
                    + " shorten it";
        }
        if (m.contains("nesting depth")) {
            return "nests deeper than a deck needs (deck > terms > term > list of strings); flatten it";
        }
        if (m.contains("Number value length")) {
            return "the number is too long; \"format\" takes a small whole number";
        }
        return JsonSyntax.clean(m);
    }

    /**
     * Walks the token stream of one deck document. A problem's place ({@code terms[12] "zed": level}) is put
     * together only when there is a problem: a large deck has millions of values and usually no problem, and
     * building a place for each value cost more than parsing it.
     */
    static final class DraftParser {
        private final String file;
        private final JsonParser p;
        private final List<DeckProblem> problems;
        /** The term being read, as its place names it: its index (-1 outside the terms) and its id once read. */
        private int termIndex = -1;
        private String termId;
        /** The field whose value is being read, for a limit error, which Jackson reports without a place. */
        private String currentField;

        DraftParser(String file, JsonParser p, List<DeckProblem> problems) {
            this.file = file;
            this.p = p;
            this.problems = problems;
        }

        DeckDraft deck() throws IOException {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw GlossaryException.badData(file + ": the file is empty; a deck is one JSON object,"
                        + " { \"format\": 1, \"id\": …, \"terms\": [ … ] }");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problemAsError("", "a deck file must be one JSON object, { \"format\": 1, … }");
            }
            Integer format = null;
            String id = null;
            String name = null;
            String description = null;
            String version = null;
            String author = null;
            String updated = null;
            List<ChangelogDraft> changelog = null;
            List<TermDraft> terms = null;
            int seen = 0;
            while (nextName() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                currentField = field;
                JsonToken value = p.nextToken();
                int bit = deckFieldBit(field);
                if ((seen & bit) != 0) {
                    repeated(field, field.equals("terms") ? "put every term in the one \"terms\" array"
                            : "keep one of them");
                    continue;
                }
                seen |= bit;
                switch (field) {
                    case "format" -> format = integer(field, value);
                    case "id" -> id = string(field, value);
                    case "name" -> name = string(field, value);
                    case "description" -> description = string(field, value);
                    case "version" -> version = string(field, value);
                    case "author" -> author = string(field, value);
                    case "updated" -> updated = string(field, value);
                    case "changelog" -> changelog = changelog(value);
                    case "terms" -> terms = terms(value);
                    case "$schema" -> string(field, value);
                    default -> unknown(field, DECK_FIELDS);
                }
            }
            currentField = null;
            if (p.nextToken() != null) {
                throw problemAsError("", "unexpected content after the deck object; remove it");
            }
            return new DeckDraft(format, id, name, description, terms,
                    new DeckDraft.MetadataDraft(version, author, updated, changelog));
        }

        /** {@code "changelog": [{"version": "1.1", "date": "2026-03-02", "changes": ["…"]}, …]}, newest first. */
        private List<ChangelogDraft> changelog(JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.START_ARRAY) {
                problem("changelog", "must be an array of entries such as {\"version\": \"1.1\", \"date\":"
                        + " \"2026-03-02\", \"changes\": [\"…\"]}, not " + describe(value));
                p.skipChildren();
                return null;
            }
            List<ChangelogDraft> entries = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                String where = "changelog[" + entries.size() + "]";
                int line = line();
                int column = column();
                if (t != JsonToken.START_OBJECT) {
                    problem(where, "must be an object with version, date and changes, not " + describe(t));
                    p.skipChildren();
                    entries.add(new ChangelogDraft(null, null, null, line, column));
                    continue;
                }
                String version = null;
                String date = null;
                List<String> changes = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (field) {
                        case "version" -> version = string(where + ": version", v);
                        case "date" -> date = string(where + ": date", v);
                        case "changes" -> changes = v == JsonToken.VALUE_STRING ? List.of(p.getText())
                                : strings(where + ": changes", v);
                        default -> unknownAt(where + ": " + DeckProblem.quote(field), "version, date, changes");
                    }
                }
                entries.add(new ChangelogDraft(version, date, changes, line, column));
            }
            return entries;
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
                    terms.add(new TermDraft(null, null, null, null, null, null, null, null, null, null, line(), column()));
                    continue;
                }
                termIndex = terms.size();
                terms.add(term());
                termIndex = -1;
                termId = null;
                currentField = "terms";
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
            List<String> same = null;
            List<String> tags = null;
            int seen = 0;
            while (nextName() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                currentField = field;
                JsonToken value = p.nextToken();
                int bit = termFieldBit(field);
                if ((seen & bit) != 0) {
                    repeated(field, "keep one of them");
                    continue;
                }
                seen |= bit;
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
                    case "same" -> same = strings(field, value);
                    case "tags" -> tags = strings(field, value);
                    default -> unknown(field,
                            "id, term, level, category, definition, aliases, related, same, example, tags");
                }
            }
            return new TermDraft(id, term, level, category, definition, aliases, related, same, example, tags, line,
                    column);
        }

        private static int deckFieldBit(String field) {
            return switch (field) {
                case "format" -> 1;
                case "id" -> 2;
                case "name" -> 4;
                case "description" -> 8;
                case "terms" -> 16;
                case "$schema" -> 32;
                case "version" -> 64;
                case "author" -> 128;
                case "updated" -> 256;
                case "changelog" -> 512;
                default -> 0;
            };
        }

        /** A bit for each field a term knows, to find one given twice without a set per term. */
        private static int termFieldBit(String field) {
            return switch (field) {
                case "id" -> 1;
                case "term" -> 2;
                case "level" -> 4;
                case "category" -> 8;
                case "definition" -> 16;
                case "example" -> 32;
                case "aliases" -> 64;
                case "related" -> 128;
                case "tags" -> 256;
                case "same" -> 512;
                default -> 0;
            };
        }

        /**
         * JSON leaves a repeated key to the reader, and most keep the last value without a word; a teacher who
         * pasted a field twice should hear of it. The first value is kept, so "terms" given twice does not end up
         * as an empty deck.
         */
        private void repeated(String field, String fix) throws IOException {
            problem(place(field), "given twice; " + fix);
            p.skipChildren();
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
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                problem(place(field), "must be a whole number such as 1, not a number this large");
                return null;
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
            unknownAt(place(DeckProblem.quote(field)), known);
        }

        private void unknownAt(String where, String known) throws IOException {
            problem(where, "unknown field; known fields are " + known);
            p.skipChildren();
        }

        /** A field's place: {@code id} in the deck, {@code terms[3] "zed": level} in a term. */
        private String place(String field) {
            if (termIndex < 0) {
                return field;
            }
            String term = "terms[" + termIndex + "]" + (termId == null ? "" : " " + DeckProblem.quote(termId));
            return field == null ? term : term + ": " + field;
        }

        /** Where the parser is: the field being read, in the term being read ({@code terms[3] "zed": tags}). */
        /**
         * Where a value over a limit is: Jackson reads a number (or a short text) as it reads the field name before
         * it, so the field may be one the parser has named but this reader not yet seen; a name over the limit is
         * in the object, no field of it.
         */
        String placeOfLimit(StreamConstraintsException e) {
            readingName = currentField == null;
            if (readingName && !e.getOriginalMessage().contains("Name length")
                    && p.getParsingContext().inObject() && p.getParsingContext().getCurrentName() != null) {
                currentField = p.getParsingContext().getCurrentName();
            }
            return currentPlace();
        }

        private boolean readingName;

        String currentPlace() {
            if (currentField == null) {
                return termIndex < 0 ? "" : place(null);
            }
            boolean known = (termIndex < 0 ? deckFieldBit(currentField) : termFieldBit(currentField)) != 0;
            return place(known ? currentField : DeckProblem.quote(currentField));
        }

        private void problem(String where, String message) {
            problems.add(new DeckProblem(where, message, line(), column()));
        }

        private GlossaryException problemAsError(String where, String message) {
            return GlossaryException.badData(new DeckProblem(where, message, line(), column()).format(file));
        }

        /**
         * The next field's name: between two fields no field is being read, so a problem met while reading a
         * name (one too long) is not put on the field before it.
         */
        private JsonToken nextName() throws IOException {
            currentField = null;
            return p.nextToken();
        }

        /**
         * Where a value over a limit began; or, for a name (or a value read with its name), where the parser
         * stopped inside it, since the last token it finished is the field before.
         */
        int limitLine() {
            return (readingName ? p.currentLocation() : p.currentTokenLocation()).getLineNr();
        }

        int limitColumn() {
            return (readingName ? p.currentLocation() : p.currentTokenLocation()).getColumnNr();
        }

        int line() {
            return p.currentTokenLocation().getLineNr();
        }

        int column() {
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
