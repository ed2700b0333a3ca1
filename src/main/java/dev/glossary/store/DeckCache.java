package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Large deck files, parsed and checked once: {@code new DeckCache(files.deckCache(), executor).load(path)}
 * gives what {@link DeckReader#load(Path)} gives, and keeps the checked deck in {@link DeckBinary} form, so
 * that opening the same file again skips the JSON parser and the validator, most of the time a 100 000-term
 * deck takes. The copy is written by the executor, so the first open does not wait for it.
 *
 * <p>A copy is used only while the deck file has the size and modification time it was made from (the
 * check {@code make} and {@code rsync} rely on) and while its own bytes match the CRC-32C at its end; anything
 * else (an edited deck, a torn or foreign cache file) means parsing the JSON again and replacing the copy.
 * Losing the cache costs time, never data, so it is written without forcing it to disk, and a cache that
 * cannot be written is simply not kept.
 */
public final class DeckCache {
    /** Below this, parsing the JSON takes about as long as reading a copy would. */
    public static final long MIN_BYTES = 1L << 20;

    private static final int MAGIC = 0x474C4443; // "GLDC"
    /** Bump when what a copy holds changes ({@link DeckBinary#VERSION} is part of it): older copies are then remade. */
    private static final int VERSION = 2;
    private static final int INDEX_MAGIC = 0x474C4449; // "GLDI"

    private final Path dir;
    private final Executor copier;

    /** {@code copier} writes new copies: the app's background work, or {@code Runnable::run} to wait for them. */
    public DeckCache(Path dir, Executor copier) {
        this.dir = dir;
        this.copier = copier;
    }

    /** The validated deck in {@code path}; a problem with the file is a {@link GlossaryException}. */
    public Deck load(Path path) {
        Stamp stamp = Stamp.of(path);
        if (stamp == null || stamp.size() < MIN_BYTES || stamp.size() > DeckReader.MAX_FILE_BYTES) {
            return DeckReader.load(path);
        }
        Path copy = copyOf(path);
        Deck cached = readCopy(copy, stamp);
        if (cached != null) {
            LOADED.put(cached, new Loaded(this, indexOf(copy), stamp));
            return cached;
        }
        Deck deck = DeckReader.load(path);
        copier.execute(() -> writeCopy(copy, stamp, deck));
        LOADED.put(deck, new Loaded(this, indexOf(copy), stamp));
        return deck;
    }

    /**
     * Keeps a checked copy and the search index of a deck file just written from {@code deck} (an installed
     * deck), so that even its first open reads them: the deck is checked already and in memory, and parsing
     * the file again would give the same. A file below {@link #MIN_BYTES} is not kept, as on loading.
     */
    public void keep(Path path, Deck deck) {
        Stamp stamp = Stamp.of(path);
        if (stamp == null || stamp.size() < MIN_BYTES || stamp.size() > DeckReader.MAX_FILE_BYTES) {
            return;
        }
        Path copy = copyOf(path);
        copier.execute(() -> writeCopy(copy, stamp, deck));
        SearchIndex index = SearchIndex.build(deck);
        copier.execute(() -> writeIndex(indexOf(copy), stamp, index));
    }

    /**
     * The decks this process loaded through a cache, each with where its index is kept and the stamp of the
     * file it was read from: the index is that file's as much as the deck is. Weak keys, so that a deck the
     * app is done with can go.
     */
    private static final Map<Deck, Loaded> LOADED = Collections.synchronizedMap(new WeakHashMap<>());

    private record Loaded(DeckCache cache, Path index, Stamp stamp) {}

    /**
     * The search index of a deck this process loaded through a cache: read from the cache when a copy of it
     * was kept for the same deck file, else built now and kept for the next open (by the copier). Null for a
     * deck that did not come from a cache.
     */
    public static SearchIndex searchIndex(Deck deck) {
        Loaded loaded = LOADED.get(deck);
        if (loaded == null) {
            return null;
        }
        SearchIndex kept = readIndex(loaded.index(), loaded.stamp(), deck);
        if (kept != null) {
            return kept;
        }
        SearchIndex built = SearchIndex.build(deck);
        loaded.cache().copier.execute(() -> loaded.cache().writeIndex(loaded.index(), loaded.stamp(), built));
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

    /** What a copy was made from: the deck file's absolute path, size and modification time. */
    private record Stamp(String path, long size, long modifiedNanos) {
        static Stamp of(Path path) {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    return null;
                }
                return new Stamp(key(path), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
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
        out.writeLong(stamp.modifiedNanos());
    }

    private void writeCopy(Path copy, Stamp stamp, Deck deck) {
        CacheFiles.write(copy, MAGIC, out -> {
            writeStamp(out, stamp);
            DeckBinary.write(deck, out);
        });
    }
}
