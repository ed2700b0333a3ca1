package dev.glossary.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import org.sqlite.Collation;
import org.sqlite.JDBC;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Anki packages built the way Anki writes them, for tests: the collection is an SQLite file made here with the
 * tables of Anki's schema 11 (note types and decks as JSON in {@code col}) or schema 18 ({@code notetypes},
 * {@code fields}, {@code templates}, {@code decks}, names declared {@code collate unicase}), zipped as a legacy
 * package ({@code collection.anki2} or {@code collection.anki21}, a JSON media map, media files) or a current one
 * ({@code meta}, {@code collection.anki21b} and media compressed with zstd's streaming encoder at level 0 as Anki's
 * exporter does, a protobuf media map, and the stub {@code collection.anki2} asking to update Anki).
 */
final class AnkiPackageFixture {
    enum Layout { ANKI2, ANKI21, ANKI21B }

    record NoteType(long id, String name, boolean cloze, List<String> fields, List<String> templates) {
    }

    record Deck(long id, String name) {
    }

    record Note(String guid, NoteType type, Deck deck, String tags, List<String> fields) {
    }

    static final NoteType BASIC = new NoteType(1_700_000_000_001L, "Basic", false, List.of("Front", "Back"),
            List.of("Card 1"));
    static final NoteType REVERSED = new NoteType(1_700_000_000_002L, "Basic (and reversed card)", false,
            List.of("Front", "Back"), List.of("Card 1", "Card 2"));
    static final NoteType CLOZE = new NoteType(1_700_000_000_003L, "Cloze", true, List.of("Text", "Back Extra"),
            List.of("Cloze"));
    static final NoteType VOCAB = new NoteType(1_700_000_000_004L, "Spanish Vocab", false,
            List.of("Word", "Meaning", "Example", "Audio"), List.of("Recognition"));
    static final Deck DEFAULT = new Deck(1, "Default");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLOZE_NUMBER = Pattern.compile("\\{\\{c(\\d+)::");

    private final List<Deck> decks = new ArrayList<>(List.of(DEFAULT));
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();

    Deck deck(long id, String name) {
        Deck deck = new Deck(id, name);
        decks.add(deck);
        return deck;
    }

    AnkiPackageFixture note(String guid, NoteType type, Deck deck, String tags, String... fields) {
        notes.add(new Note(guid, type, deck, tags, List.of(fields)));
        return this;
    }

    AnkiPackageFixture media(String name, String content) {
        media.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    void write(Path file, Layout layout) throws IOException, SQLException {
        Path dir = Files.createTempDirectory("anki-fixture");
        Path collection = dir.resolve("collection");
        if (layout == Layout.ANKI21B) {
            schema18(collection, notes);
        } else {
            schema11(collection, notes);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            if (layout == Layout.ANKI21B) {
                stored(zip, "meta", new byte[] {0x08, 0x03});
                stored(zip, "collection.anki21b", zstd(Files.readAllBytes(collection)));
                Path stub = dir.resolve("stub");
                schema11(stub, List.of(new Note("stubguid01", BASIC, DEFAULT, "",
                        List.of("Please update to the latest Anki version, then import the .colpkg/.apkg file"
                                + " again.", ""))));
                stored(zip, "collection.anki2", Files.readAllBytes(stub));
                stored(zip, "media", zstd(mediaEntries()));
                int index = 0;
                for (byte[] bytes : media.values()) {
                    stored(zip, String.valueOf(index++), zstd(bytes));
                }
            } else {
                zip.putNextEntry(new ZipEntry(layout == Layout.ANKI2 ? "collection.anki2" : "collection.anki21"));
                zip.write(Files.readAllBytes(collection));
                zip.closeEntry();
                ObjectNode map = JSON.createObjectNode();
                int index = 0;
                for (String name : media.keySet()) {
                    map.put(String.valueOf(index++), name);
                }
                stored(zip, "media", JSON.writeValueAsBytes(map));
                index = 0;
                for (byte[] bytes : media.values()) {
                    stored(zip, String.valueOf(index++), bytes);
                }
            }
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static byte[] zstd(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream z = new ZstdOutputStream(out, 0)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** MediaEntries: repeated field 1 of MediaEntry {name = 1, size = 2, sha1 = 3}. */
    private byte[] mediaEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : media.entrySet()) {
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            entry.write(0x0a);
            varint(entry, name.length);
            entry.write(name);
            entry.write(0x10);
            varint(entry, e.getValue().length);
            entry.write(0x1a);
            varint(entry, 20);
            entry.write(sha1(e.getValue()));
            out.write(0x0a);
            varint(out, entry.size());
            entry.writeTo(out);
        }
        return out.toByteArray();
    }

    private static void varint(OutputStream out, long value) throws IOException {
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Connection db = JDBC.createConnection(JDBC.PREFIX + file, new Properties());
        Collation.create(db, "unicase", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return String.CASE_INSENSITIVE_ORDER.compare(a, b);
            }
        });
        return db;
    }

    /** The tables every schema has: col, notes, cards, revlog (graves differs between 11 and 18). */
    private static void commonTables(Statement s) throws SQLException {
        s.execute("create table col (id integer primary key, crt integer not null, mod integer not null,"
                + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                + " ls integer not null, conf text not null, models text not null, decks text not null,"
                + " dconf text not null, tags text not null)");
        s.execute("create table notes (id integer primary key, guid text not null, mid integer not null,"
                + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                + " sfld integer not null, csum integer not null, flags integer not null, data text not null)");
        s.execute("create table cards (id integer primary key, nid integer not null, did integer not null,"
                + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                + " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
                + " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
                + " odid integer not null, flags integer not null, data text not null)");
        s.execute("create table revlog (id integer primary key, cid integer not null, usn integer not null,"
                + " ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,"
                + " time integer not null, type integer not null)");
        s.execute("create index ix_cards_nid on cards (nid)");
    }

    private void schema11(Path file, List<Note> content) throws SQLException, IOException {
        try (Connection db = open(file); Statement s = db.createStatement()) {
            commonTables(s);
            s.execute("create table graves (usn integer not null, oid integer not null, type integer not null)");
            ObjectNode models = JSON.createObjectNode();
            for (NoteType type : types(content)) {
                ObjectNode model = models.putObject(String.valueOf(type.id()));
                model.put("id", type.id()).put("name", type.name()).put("type", type.cloze() ? 1 : 0)
                        .put("sortf", 0).put("did", 1).put("mod", 0).put("usn", 0).put("css", ".card {}");
                ArrayNode flds = model.putArray("flds");
                for (int i = 0; i < type.fields().size(); i++) {
                    flds.addObject().put("name", type.fields().get(i)).put("ord", i).put("sticky", false)
                            .put("rtl", false).put("font", "Arial").put("size", 20);
                }
                ArrayNode tmpls = model.putArray("tmpls");
                for (int i = 0; i < type.templates().size(); i++) {
                    tmpls.addObject().put("name", type.templates().get(i)).put("ord", i)
                            .put("qfmt", "{{" + type.fields().get(0) + "}}").put("afmt", "{{FrontSide}}");
                }
            }
            ObjectNode deckJson = JSON.createObjectNode();
            for (Deck deck : decks) {
                deckJson.putObject(String.valueOf(deck.id())).put("id", deck.id()).put("name", deck.name())
                        .put("dyn", 0).put("conf", 1);
            }
            try (PreparedStatement p = db.prepareStatement(
                    "insert into col values (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
                p.setString(1, JSON.writeValueAsString(models));
                p.setString(2, JSON.writeValueAsString(deckJson));
                p.execute();
            }
            insertNotes(db, content);
        }
    }

    private void schema18(Path file, List<Note> content) throws SQLException {
        try (Connection db = open(file); Statement s = db.createStatement()) {
            commonTables(s);
            s.execute("create table graves (oid integer not null, type integer not null, usn integer not null,"
                    + " primary key (oid, type)) without rowid");
            s.execute("create table deck_config (id integer primary key not null, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, config blob not null)");
            s.execute("create table config (key text not null primary key, usn integer not null,"
                    + " mtime_secs integer not null, val blob not null) without rowid");
            s.execute("create table tags (id integer primary key not null, name text not null collate unicase,"
                    + " usn integer not null, config blob not null)");
            s.execute("create table fields (ntid integer not null, ord integer not null,"
                    + " name text not null collate unicase, config blob not null, primary key (ntid, ord))"
                    + " without rowid");
            s.execute("create unique index idx_fields_name_ntid on fields (name, ntid)");
            s.execute("create table templates (ntid integer not null, ord integer not null,"
                    + " name text not null collate unicase, mtime_secs integer not null, usn integer not null,"
                    + " config blob not null, primary key (ntid, ord)) without rowid");
            s.execute("create unique index idx_templates_name_ntid on templates (name, ntid)");
            s.execute("create table notetypes (id integer not null primary key, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, config blob not null)");
            s.execute("create unique index idx_notetypes_name on notetypes (name)");
            s.execute("create table decks (name text not null primary key collate unicase, id integer not null,"
                    + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)");
            s.execute("create unique index idx_decks_id on decks (id)");
            s.execute("insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')");
            for (NoteType type : types(content)) {
                try (PreparedStatement p = db.prepareStatement("insert into notetypes values (?, ?, 0, 0, ?)")) {
                    p.setLong(1, type.id());
                    p.setString(2, type.name());
                    p.setBytes(3, notetypeConfig(type.cloze()));
                    p.execute();
                }
                for (int i = 0; i < type.fields().size(); i++) {
                    try (PreparedStatement p = db.prepareStatement("insert into fields values (?, ?, ?, x'')")) {
                        p.setLong(1, type.id());
                        p.setInt(2, i);
                        p.setString(3, type.fields().get(i));
                        p.execute();
                    }
                }
                for (int i = 0; i < type.templates().size(); i++) {
                    try (PreparedStatement p = db.prepareStatement("insert into templates values (?, ?, ?, 0, 0, x'')")) {
                        p.setLong(1, type.id());
                        p.setInt(2, i);
                        p.setString(3, type.templates().get(i));
                        p.execute();
                    }
                }
            }
            for (Deck deck : decks) {
                try (PreparedStatement p = db.prepareStatement("insert into decks values (?, ?, 0, 0, x'', x'0a00')")) {
                    p.setString(1, deck.name().replace("::", "\u001f"));
                    p.setLong(2, deck.id());
                    p.execute();
                }
            }
            insertNotes(db, content);
        }
    }

    /** Config {kind = 1 when cloze, css = 3}: a cloze type's kind first, as protobuf writes fields in order. */
    private static byte[] notetypeConfig(boolean cloze) {
        byte[] css = ".card { font-family: arial; }".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (cloze) {
            out.write(0x08);
            out.write(0x01);
        }
        out.write(0x1a);
        out.write(css.length);
        out.writeBytes(css);
        return out.toByteArray();
    }

    private static List<NoteType> types(List<Note> content) {
        List<NoteType> types = new ArrayList<>();
        for (Note note : content) {
            if (!types.contains(note.type())) {
                types.add(note.type());
            }
        }
        return types;
    }

    private static void insertNotes(Connection db, List<Note> content) throws SQLException {
        long nid = 1_710_000_000_000L;
        long cid = 1_720_000_000_000L;
        for (Note note : content) {
            nid++;
            try (PreparedStatement p = db.prepareStatement(
                    "insert into notes values (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')")) {
                p.setLong(1, nid);
                p.setString(2, note.guid());
                p.setLong(3, note.type().id());
                p.setString(4, note.tags().isEmpty() ? "" : " " + note.tags() + " ");
                p.setString(5, String.join("\u001f", note.fields()));
                p.setString(6, note.fields().get(0));
                p.execute();
            }
            List<Integer> ords = new ArrayList<>();
            if (note.type().cloze()) {
                Matcher m = CLOZE_NUMBER.matcher(note.fields().get(0));
                TreeSet<Integer> numbers = new TreeSet<>();
                while (m.find()) {
                    numbers.add(Integer.parseInt(m.group(1)) - 1);
                }
                ords.addAll(numbers);
            } else {
                for (int i = 0; i < note.type().templates().size(); i++) {
                    ords.add(i);
                }
            }
            for (int ord : ords) {
                try (PreparedStatement p = db.prepareStatement(
                        "insert into cards values (?, ?, ?, ?, 0, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                    p.setLong(1, ++cid);
                    p.setLong(2, nid);
                    p.setLong(3, note.deck().id());
                    p.setInt(4, ord);
                    p.setLong(5, cid);
                    p.execute();
                }
            }
        }
    }
}
