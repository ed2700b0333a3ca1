package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.zip.CRC32C;

/**
 * Large deck files, parsed and checked once: {@code new DeckCache(files.deckCache(), executor).load(path)}
 * gives what {@link DeckReader#load(Path)} gives, and keeps the checked deck in {@link DeckBinary} form, so
 * that opening the same file again skips the JSON parser and the validator, most of the time a 100 000-term
 * deck takes. The copy is written by the executor, so the first open does not wait for it.
 *
 * <p>A copy is tied to the deck file's bytes, not to its size and time (which {@code cp -p}, {@code rsync -t}
 * and {@code tar x} keep): it records the length and CRC-32C of the file it was made from, and is used only for
 * a file with both the same and while its own bytes match the CRC-32C at its end. Anything else (an edited
 * deck, a torn or foreign cache file) means parsing the JSON again and replacing the copy. Reading a 50 MB file
 * for its checksum takes tens of milliseconds, against the half second or more of parsing and checking it.
 * A copy skips the validator, so {@link #VERSION} must be bumped whenever a validation rule or
 * {@link DeckBinary}'s layout changes.
 * Losing the cache costs time, never data, so it is written without forcing it to disk, and a cache that
 * cannot be written is simply not kept.
 */
public final class DeckCache {
    /** Below this, parsing the JSON takes about as long as reading a copy would. */
    public static final long MIN_BYTES = 1L << 20;

    private static final int MAGIC = 0x474C4443; // "GLDC"
    /**
     * Bump when what a copy holds changes ({@link DeckBinary#VERSION} is part of it) or a validation rule does
     * (a copy skips the validator): older copies are then made again.
     */
    private static final int VERSION = 4;
    private static final int INDEX_MAGIC = 0x474C4449; // "GLDI"

    private final Path dir;
    private final Executor copier;

    /** {@code copier} writes new copies: the app's background work, or {@code Runnable::run} to wait for them. */
    public DeckCache(Path dir, Executor copier) {
        this.dir = dir;
        this.copier = copier;
    }

    /**
     * The validated deck in {@code path}, and its search index: the kept one when there is one for these very
     * bytes, else one built when asked for and kept for the next open. A problem with the file is a
     * {@link GlossaryException}.
     */
    public LoadedDeck load(Path path) {
        Stamp stamp = Stamp.of(path);
        if (stamp == null) {
            return LoadedDeck.built(DeckReader.load(path));
        }
        Path copy = copyOf(path);
        Deck cached = readCopy(copy, stamp);
        Deck deck = cached != null ? cached : DeckReader.load(path);
        if (cached == null) {
            copier.execute(() -> writeCopy(copy, stamp, deck));
        }
        return new LoadedDeck(deck, () -> searchIndex(indexOf(copy), stamp, deck));
    }

    /**
     * Keeps a checked copy and the search index of a deck file just written from {@code deck} (an installed
     * deck), so that even its first open reads them: the deck is checked already and in memory, and parsing
     * the file again would give the same. A file below {@link #MIN_BYTES} is not kept, as on loading.
     */
    public void keep(Path path, Deck deck) {
        Stamp stamp = Stamp.of(path);
        if (stamp == null) {
            return;
        }
        Path copy = copyOf(path);
        copier.execute(() -> writeCopy(copy, stamp, deck));
        SearchIndex index = SearchIndex.build(deck);
        copier.execute(() -> writeIndex(indexOf(copy), stamp, index));
    }

    /** Deletes the copy and index kept of a deck file, as when the deck is removed; nothing kept is fine. */
    public void forget(Path path) {
        Path copy = copyOf(path);
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(indexOf(copy));
        } catch (IOException e) {
            // A copy left behind costs disk space only: it is never used for another file.
        }
    }

    /** The kept index of the deck file, or one built now and kept for the next open (by the copier). */
    private SearchIndex searchIndex(Path index, Stamp stamp, Deck deck) {
        SearchIndex kept = readIndex(index, stamp, deck);
        if (kept != null) {
            return kept;
        }
        SearchIndex built = SearchIndex.build(deck);
        copier.execute(() -> writeIndex(index, stamp, built));
        return built;
    }

    private static Path indexOf(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - ".deck".length()) + ".index");
    }

    /** The kept index, or null when there is none or it is not the index of this very deck file. */
    private static SearchIndex readIndex(Path file, Stamp stamp, Deck deck) {
        ByteBuffer in = CacheFiles.read(file, INDEX_MAGIC);
        try {
            return in != null && stamp.equals(stampAt(in)) ? SearchIndex.read(deck, in) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void writeIndex(Path file, Stamp stamp, SearchIndex index) {
        CacheFiles.write(file, INDEX_MAGIC, out -> {
            writeStamp(out, stamp);
            index.write(out);
        });
    }

    /** The cache file for a deck file: named after its absolute path, which the file also records. */
    Path copyOf(Path path) {
        byte[] key = Stamp.key(path).getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(key, 0, key.length);
        return dir.resolve(Integer.toHexString(Stamp.key(path).hashCode()) + "-" + Long.toHexString(crc.getValue())
                + ".deck");
    }

    /** What a copy was made from: the deck file's absolute path, length and CRC-32C. */
    private record Stamp(String path, long size, long crc) {
        /** The stamp of a deck file worth a copy; null for a small one (parsed as fast as a copy is read) or none. */
        static Stamp of(Path path) {
            try (InputStream in = Files.newInputStream(path)) {
                long size = Files.size(path);
                if (size < MIN_BYTES || size > DeckReader.MAX_FILE_BYTES) {
                    return null;
                }
                CRC32C crc = new CRC32C();
                byte[] buffer = new byte[1 << 16];
                long read = 0;
                for (int n; (n = in.read(buffer)) > 0; read += n) {
                    crc.update(buffer, 0, n);
                }
                return new Stamp(key(path), read, crc.getValue());
            } catch (IOException e) {
                return null;
            }
        }

        static String key(Path path) {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /** The cached deck, or null when there is no copy or it is not the copy of this very file. */
    private static Deck readCopy(Path copy, Stamp stamp) {
        ByteBuffer in = CacheFiles.read(copy, MAGIC);
        try {
            return in != null && stamp.equals(stampAt(in)) ? DeckBinary.read(copy.toString(), in) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The file version and the stamp, as {@link #writeStamp} wrote them; null for another version. */
    private static Stamp stampAt(ByteBuffer in) {
        if (in.getInt() != VERSION) {
            return null;
        }
        byte[] path = new byte[in.getInt()];
        in.get(path);
        return new Stamp(new String(path, StandardCharsets.UTF_8), in.getLong(), in.getLong());
    }

    private static void writeStamp(DataOutputStream out, Stamp stamp) throws IOException {
        out.writeInt(VERSION);
        byte[] path = stamp.path().getBytes(StandardCharsets.UTF_8);
        out.writeInt(path.length);
        out.write(path);
        out.writeLong(stamp.size());
        out.writeLong(stamp.crc());
    }

    private void writeCopy(Path copy, Stamp stamp, Deck deck) {
        CacheFiles.write(copy, MAGIC, out -> {
            writeStamp(out, stamp);
            DeckBinary.write(deck, out);
        });
    }
}
