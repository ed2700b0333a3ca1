package dev.glossary.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sqlite.Collation;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The notes, note types and decks of an Anki collection file: {@code AnkiCollection.read(path)}.
 *
 * <p>Both layouts Anki writes into packages are read (see {@code rslib/src/storage/}): schema 11, where the
 * note types and decks are JSON in the {@code col} table's {@code models} and {@code decks} columns, and
 * schema 18 (15 and later), with the tables {@code notetypes} (whether a type is cloze is field 1 of its
 * protobuf {@code config}), {@code fields} and {@code decks} (nested names joined by {@code \x1f}). Notes are
 * {@code notes} rows, their fields joined by {@code \x1f}; a note's deck is the deck of its first card (or,
 * for a card in a filtered deck, the deck it came from).
 */
final class AnkiCollection {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A note type: its name, field names in order, and whether Anki makes its cards from cloze deletions. */
    record Notetype(String name, List<String> fields, boolean cloze) {
    }

    /** One note; {@code position} counts notes from 1 in the order Anki added them. */
    record Note(int position, String guid, Notetype notetype, List<String> fields, String tags, String deck) {

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    private AnkiCollection() {
    }

    static List<Note> read(Path file) throws SQLException {
        // Opened for writing, though nothing is written: the copy is ours, and a file whose header asks for
        // write-ahead logging cannot be opened read-only without the log files it left behind.
        SQLiteConfig config = new SQLiteConfig();
        try (Connection db = JDBC.createConnection(JDBC.PREFIX + file, config.toProperties())) {
            // Anki declares its name columns "collate unicase" (Unicode case folding); SQLite refuses a statement
            // that needs a collation it was not given.
            Collation.create(db, "unicase", new UnicaseCollation());
            try (Statement s = db.createStatement()) {
                s.execute("pragma trusted_schema = off");
            }
            int version = version(db);
            Map<Long, Notetype> notetypes = version >= 15 ? notetypes18(db) : notetypes11(db);
            Map<Long, String> decks = version >= 15 ? decks18(db) : decks11(db);
            return notes(db, notetypes, decks);
        }
    }

    private static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select ver from col")) {
            return r.next() ? r.getInt(1) : 11;
        }
    }

    private static Map<Long, Notetype> notetypes11(Connection db) throws SQLException {
        Map<Long, Notetype> types = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = colJson(db, "models").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode model = e.getValue();
            List<JsonNode> fields = new ArrayList<>();
            model.path("flds").forEach(fields::add);
            fields.sort((a, b) -> Integer.compare(a.path("ord").asInt(), b.path("ord").asInt()));
            types.put(id(e.getKey(), model), new Notetype(model.path("name").asText(""),
                    fields.stream().map(f -> f.path("name").asText("")).toList(), model.path("type").asInt() == 1));
        }
        return types;
    }

    private static Map<Long, String> decks11(Connection db) throws SQLException {
        Map<Long, String> decks = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = colJson(db, "decks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            decks.put(id(e.getKey(), e.getValue()), e.getValue().path("name").asText(""));
        }
        return decks;
    }

    private static long id(String key, JsonNode value) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return value.path("id").asLong();
        }
    }

    private static JsonNode colJson(Connection db, String column) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select " + column + " from col")) {
            String text = r.next() ? r.getString(1) : null;
            if (text == null || text.isBlank()) {
                return JSON.createObjectNode();
            }
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("the collection's " + column + " are not valid JSON", e);
        }
    }

    private static Map<Long, Notetype> notetypes18(Connection db) throws SQLException {
        Map<Long, List<String>> fields = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select ntid, name from fields order by ntid, ord")) {
            while (r.next()) {
                fields.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        Map<Long, Notetype> types = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, name, config from notetypes")) {
            while (r.next()) {
                long id = r.getLong(1);
                byte[] config = r.getBytes(3);
                types.put(id, new Notetype(r.getString(2), List.copyOf(fields.getOrDefault(id, List.of())),
                        AnkiPackage.enumField1(config == null ? new byte[0] : config) == 1));
            }
        }
        return types;
    }

    private static Map<Long, String> decks18(Connection db) throws SQLException {
        Map<Long, String> decks = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id, name from decks")) {
            while (r.next()) {
                decks.put(r.getLong(1), r.getString(2).replace("\u001f", "::"));
            }
        }
        return decks;
    }

    private static List<Note> notes(Connection db, Map<Long, Notetype> notetypes, Map<Long, String> decks)
            throws SQLException {
        List<Note> notes = new ArrayList<>();
        String sql = "select n.guid, n.mid, n.tags, n.flds,"
                + " (select case when c.odid != 0 then c.odid else c.did end from cards c where c.nid = n.id"
                + " order by c.ord limit 1)"
                + " from notes n order by n.id";
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Notetype type = notetypes.get(r.getLong(2));
                if (type == null) {
                    type = new Notetype("", List.of(), false);
                }
                String flds = r.getString(4);
                List<String> fields = List.of((flds == null ? "" : flds).split("\u001f", -1));
                long deck = r.getLong(5);
                notes.add(new Note(notes.size() + 1, r.getString(1), type, fields,
                        r.getString(3) == null ? "" : r.getString(3), decks.getOrDefault(deck, "")));
            }
        }
        return notes;
    }

    /**
     * Anki's {@code unicase}: names compared with Unicode case folding, which Java's case-insensitive order
     * matches character by character. Glossary never sorts or writes by these names, so the rare difference
     * (a character that folds to two) cannot change what it reads.
     */
    private static final class UnicaseCollation extends Collation {
        @Override
        protected int xCompare(String a, String b) {
            return String.CASE_INSENSITIVE_ORDER.compare(a, b);
        }
    }
}
