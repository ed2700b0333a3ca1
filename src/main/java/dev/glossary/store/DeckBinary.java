package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A checked deck in a compact binary form, read back without Jackson or the validator: the bundled deck
 * ({@link BundledDeckBuilder} writes it at build time, {@link DeckSource#bundled()} reads it on every start)
 * and the learner's cached copies of large deck files ({@link DeckCache}). Not a file format for learners or
 * teachers: glossary writes it and the same build reads it.
 *
 * <p>Layout: the magic {@code GLDB}, the layout version, the deck's id, name and description, its version, author
 * and updated date (each an optional string: a byte 0 or 1, then the string), its changelog (a count, then each
 * entry's version, optional date and list of changes), the number of terms, then each term's id, name, level,
 * category, definition, aliases, related, same, example and tags. A list
 * is its size, then its strings. A string is its UTF-8 length and bytes, which {@code new String} decodes
 * several times faster than {@code readUTF}'s modified UTF-8 (it matters at 100 000 terms); the rare string
 * UTF-8 cannot hold (an unpaired surrogate) is written as a negative count of UTF-16 chars instead.
 */
final class DeckBinary {
    static final int MAGIC = 0x474C4442; // "GLDB"
    /** Bump when the layout changes; a reader refuses other versions rather than misread them. */
    static final int VERSION = 4;

    private DeckBinary() {
    }

    static void write(Deck deck, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, deck.id());
        writeString(out, deck.name());
        writeString(out, deck.description());
        DeckMetadata metadata = deck.metadata();
        writeOptional(out, metadata.version());
        writeOptional(out, metadata.author());
        writeOptional(out, metadata.updated() == null ? null : metadata.updated().toString());
        out.writeInt(metadata.changelog().size());
        for (DeckMetadata.ChangelogEntry entry : metadata.changelog()) {
            writeString(out, entry.version());
            writeOptional(out, entry.date() == null ? null : entry.date().toString());
            writeList(out, entry.changes());
        }
        out.writeInt(deck.size());
        for (Term term : deck.terms()) {
            writeString(out, term.id());
            writeString(out, term.name());
            // The ordinal, not the id: the jar that reads it is the one whose build wrote it.
            out.writeByte(term.level().ordinal());
            writeString(out, term.category());
            writeString(out, term.definition());
            writeList(out, term.aliases());
            writeList(out, term.related());
            writeList(out, term.same());
            writeString(out, term.example());
            writeList(out, term.tags());
        }
        out.flush();
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String item : items) {
            writeString(out, item);
        }
    }

    private static void writeOptional(DataOutputStream out, String s) throws IOException {
        out.writeByte(s == null ? 0 : 1);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (hasUnpairedSurrogate(s)) {
            out.writeInt(-1 - s.length());
            out.writeChars(s);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** What UTF-8 cannot hold: a high surrogate without a low one after it, or a low one without a high. */
    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a deck written by {@link #write}; {@code name} says which in an error. */
    static Deck read(String name, InputStream stream) {
        try {
            return read(name, ByteBuffer.wrap(stream.readAllBytes()));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, name + ": cannot read: " + IoReason.of(e));
        }
    }

    /**
     * Reads a deck written by {@link #write} from the buffer's position to its limit (a cache file mapped into
     * memory, past its header). It runs in every one-shot's cold JVM, so it sticks to plain loops and calls: a
     * lambda, stream or regex here would load and link classes that cost more than the reading.
     */
    static Deck read(String name, ByteBuffer buffer) {
        return new Reader(name, buffer).deck();
    }

    private static final class Reader {
        private final String name;
        private final ByteBuffer in;
        private final Level[] levels = Level.values();
        private byte[] scratch = new byte[256];

        Reader(String name, ByteBuffer in) {
            this.name = name;
            this.in = in;
        }

        Deck deck() {
            try {
                if (in.remaining() < 8 || in.getInt() != MAGIC) {
                    throw corrupt("not a binary deck");
                }
                int version = in.getInt();
                if (version != VERSION) {
                    throw corrupt("binary deck version " + version + ", but this build reads version " + VERSION);
                }
                String id = string();
                String deckName = string();
                String description = string();
                DeckMetadata metadata = metadata();
                Term[] terms = new Term[count()];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = term();
                }
                if (in.hasRemaining()) {
                    throw corrupt(in.remaining() + " bytes after the last term");
                }
                return Deck.of(id, deckName, description, metadata, List.of(terms));
            } catch (BufferUnderflowException e) {
                throw corrupt("the data ends too early");
            }
        }

        private DeckMetadata metadata() {
            String version = optional();
            String author = optional();
            LocalDate updated = date(optional());
            DeckMetadata.ChangelogEntry[] changelog = new DeckMetadata.ChangelogEntry[count()];
            for (int i = 0; i < changelog.length; i++) {
                changelog[i] = new DeckMetadata.ChangelogEntry(string(), date(optional()), list());
            }
            if (version == null && author == null && updated == null && changelog.length == 0) {
                return DeckMetadata.NONE;
            }
            return new DeckMetadata(version, author, updated, List.of(changelog));
        }

        private String optional() {
            return in.get() == 0 ? null : string();
        }

        private LocalDate date(String text) {
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw corrupt("a malformed date");
            }
        }

        private Term term() {
            String id = string();
            String termName = string();
            int level = in.get() & 0xFF;
            if (level >= levels.length) {
                throw corrupt("term " + id + " has an unknown level " + level);
            }
            String category = string();
            String definition = string();
            List<String> aliases = list();
            List<String> related = list();
            List<String> same = list();
            String example = string();
            List<String> tags = list();
            return new Term(id, termName, levels[level], category, definition, aliases, related, same, example, tags);
        }

        private List<String> list() {
            int size = count();
            if (size == 0) {
                return List.of();
            }
            String[] items = new String[size];
            for (int i = 0; i < size; i++) {
                items[i] = string();
            }
            return List.of(items);
        }

        private String string() {
            int length = in.getInt();
            if (length < 0) {
                return utf16(-1 - length);
            }
            if (length > in.remaining()) {
                throw corrupt("a string of " + length + " bytes does not fit the " + in.remaining() + " bytes left");
            }
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            in.get(scratch, 0, length);
            String s = new String(scratch, 0, length, StandardCharsets.UTF_8);
            // Decoding replaces a malformed sequence with U+FFFD; only then is the strict check worth its cost.
            if (s.indexOf('\uFFFD') >= 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(scratch, 0, length));
                } catch (CharacterCodingException e) {
                    throw corrupt("a malformed string");
                }
            }
            return s;
        }

        private String utf16(int chars) {
            if (chars > in.remaining() / 2) {
                throw corrupt("a string of " + chars + " chars does not fit the " + in.remaining() + " bytes left");
            }
            char[] text = new char[chars];
            CharBuffer view = in.asCharBuffer();
            view.get(text);
            in.position(in.position() + 2 * chars);
            return new String(text);
        }

        /** A count of strings or terms; each takes at least a string's 4-byte length, which bounds a sane count. */
        private int count() {
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / 4) {
                throw corrupt("a count of " + count + " does not fit the " + in.remaining() + " bytes left");
            }
            return count;
        }

        private GlossaryException corrupt(String what) {
            return GlossaryException.badData(name + ": " + what + "; rebuild with mvn package");
        }
    }
}
