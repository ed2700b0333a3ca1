package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.List;

/**
 * The bundled deck in a compact binary form: {@link BundledDeckBuilder} validates {@code data/terms.json}
 * at build time and {@link #write}s it; {@link DeckSource#bundled()} {@link #read}s it on every start, which
 * skips Jackson and the validator. Not a file format for learners or teachers: a build writes it and the
 * same build reads it.
 *
 * <p>Layout, as {@link DataOutputStream} writes it: the magic {@code GLDB}, the format version, the deck's id,
 * name and description, the number of terms, then each term's id, name, level, category, definition, aliases,
 * related, example and tags. A list is its size, then its strings. A string is {@code writeUTF}'s modified
 * UTF-8, which keeps any Java string exactly (an unpaired surrogate too); its 65 535-byte limit is far above
 * the 30 000 bytes of the longest field the deck reader lets through ({@code DeckValidator.MAX_FIELD_LENGTH}
 * characters of at most 3 bytes each).
 */
final class DeckBinary {
    static final int MAGIC = 0x474C4442; // "GLDB"
    /** Bump when the layout changes; a reader refuses other versions rather than misread them. */
    static final int VERSION = 1;

    private DeckBinary() {
    }

    static void write(Deck deck, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(deck.id());
        out.writeUTF(deck.name());
        out.writeUTF(deck.description());
        out.writeInt(deck.size());
        for (Term term : deck.terms()) {
            out.writeUTF(term.id());
            out.writeUTF(term.name());
            // The ordinal, not the id: the jar that reads it is the one whose build wrote it.
            out.writeByte(term.level().ordinal());
            out.writeUTF(term.category());
            out.writeUTF(term.definition());
            writeList(out, term.aliases());
            writeList(out, term.related());
            out.writeUTF(term.example());
            writeList(out, term.tags());
        }
        out.flush();
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String item : items) {
            out.writeUTF(item);
        }
    }

    /**
     * Reads a deck written by {@link #write}; {@code name} says which in an error. It runs in every one-shot's
     * cold JVM, so it sticks to plain loops and calls: a lambda, stream or regex here would load and link
     * classes that cost more than the reading.
     */
    static Deck read(String name, InputStream stream) {
        byte[] bytes;
        try {
            bytes = stream.readAllBytes();
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, name + ": cannot read: " + e.getMessage());
        }
        return new Reader(name, bytes).deck();
    }

    private static final class Reader {
        private final String name;
        private final DataInputStream in;
        private final Level[] levels = Level.values();

        /** All the bytes at once, so a corrupt count is caught by comparing it with the bytes left. */
        Reader(String name, byte[] bytes) {
            this.name = name;
            this.in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        Deck deck() {
            try {
                if (in.available() < 8 || in.readInt() != MAGIC) {
                    throw corrupt("not a binary deck");
                }
                int version = in.readInt();
                if (version != VERSION) {
                    throw corrupt("binary deck version " + version + ", but this build reads version " + VERSION);
                }
                String id = in.readUTF();
                String deckName = in.readUTF();
                String description = in.readUTF();
                Term[] terms = new Term[count()];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = term();
                }
                if (in.available() > 0) {
                    throw corrupt(in.available() + " bytes after the last term");
                }
                return Deck.of(id, deckName, description, List.of(terms));
            } catch (EOFException e) {
                throw corrupt("the data ends too early");
            } catch (UTFDataFormatException e) {
                throw corrupt("a malformed string (" + e.getMessage() + ")");
            } catch (IOException e) {
                // A byte array does not fail to read; DataInputStream declares it all the same.
                throw new GlossaryException(GlossaryException.IO, name + ": cannot read: " + e.getMessage());
            }
        }

        private Term term() throws IOException {
            String id = in.readUTF();
            String termName = in.readUTF();
            int level = in.readUnsignedByte();
            if (level >= levels.length) {
                throw corrupt("term " + id + " has an unknown level " + level);
            }
            String category = in.readUTF();
            String definition = in.readUTF();
            List<String> aliases = list();
            List<String> related = list();
            String example = in.readUTF();
            List<String> tags = list();
            return new Term(id, termName, levels[level], category, definition, aliases, related, example, tags);
        }

        private List<String> list() throws IOException {
            int size = count();
            if (size == 0) {
                return List.of();
            }
            String[] items = new String[size];
            for (int i = 0; i < size; i++) {
                items[i] = in.readUTF();
            }
            return List.of(items);
        }

        /** A count of strings or terms; each takes at least a string's 2-byte length, which bounds a sane count. */
        private int count() throws IOException {
            int count = in.readInt();
            if (count < 0 || count > in.available() / 2) {
                throw corrupt("a count of " + count + " does not fit the " + in.available() + " bytes left");
            }
            return count;
        }

        private GlossaryException corrupt(String what) {
            return GlossaryException.badData(name + ": " + what + "; rebuild with mvn package");
        }
    }
}
