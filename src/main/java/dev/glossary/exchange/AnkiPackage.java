package dev.glossary.exchange;

import com.github.luben.zstd.ZstdInputStream;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The collection inside an Anki package (.apkg, .colpkg), copied out to a temporary SQLite file:
 * {@code try (AnkiPackage p = AnkiPackage.open(file)) { … p.collection() … }}. Closing deletes the copy.
 *
 * <p>The layout is Anki's ({@code rslib/src/import_export/package/meta.rs}): a zip holding {@code meta}
 * (protobuf {@code PackageMetadata}: field 1, the version: 1 legacy, 2 legacy, 3 latest), and the collection
 * named by that version: {@code collection.anki21b} (schema 18, zstd-compressed) for the latest,
 * {@code collection.anki21} or {@code collection.anki2} (schema 11, plain SQLite) for the legacy ones. Without
 * {@code meta}, {@code collection.anki21} is read when present, else {@code collection.anki2}. A latest package
 * also holds a {@code collection.anki2} whose only note asks the user to update Anki; it is never read.
 */
final class AnkiPackage implements Closeable {
    /** Far beyond any shared deck's collection (tens of MB), and a bound for a zip that inflates without end. */
    static final long MAX_COLLECTION_BYTES = 1L << 30;
    static final String EXPORT_AGAIN = "export the deck again in Anki with File > Export > Anki Deck Package";

    /** Why a file cannot be read as a package, said as the one line a teacher sees. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final Path collection;
    private final String entry;

    private AnkiPackage(Path dir, Path collection, String entry) {
        this.dir = dir;
        this.collection = collection;
        this.entry = entry;
    }

    Path collection() {
        return collection;
    }

    /** The zip entry the collection came from, such as {@code collection.anki21b}. */
    String entry() {
        return entry;
    }

    static AnkiPackage open(Path file) throws IOException, Unreadable {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String name = collectionName(zip);
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new Unreadable("the package has no " + name + ", which its meta file names; " + EXPORT_AGAIN);
            }
            Path dir = Files.createTempDirectory("glossary-anki");
            Path collection = dir.resolve("collection.sqlite");
            try {
                try (InputStream raw = zip.getInputStream(entry);
                     InputStream in = name.endsWith("b") ? new ZstdInputStream(raw) : raw;
                     OutputStream out = Files.newOutputStream(collection)) {
                    copy(in, out, name);
                }
            } catch (IOException | Unreadable | RuntimeException e) {
                delete(dir);
                if (e instanceof Unreadable u) {
                    throw u;
                }
                throw new Unreadable(name + " inside the package cannot be read (" + describe(e) + "); "
                        + EXPORT_AGAIN);
            }
            return new AnkiPackage(dir, collection, name);
        } catch (ZipException e) {
            throw new Unreadable("not a zip file, so not an Anki package (" + describe(e) + "); " + EXPORT_AGAIN);
        }
    }

    private static String collectionName(ZipFile zip) throws IOException, Unreadable {
        ZipEntry meta = zip.getEntry("meta");
        if (meta == null) {
            if (zip.getEntry("collection.anki21") != null) {
                return "collection.anki21";
            }
            if (zip.getEntry("collection.anki2") != null) {
                return "collection.anki2";
            }
            if (zip.getEntry("collection.anki21b") != null) {
                return "collection.anki21b";
            }
            throw new Unreadable("a zip file with no Anki collection in it (collection.anki21b, collection.anki21"
                    + " or collection.anki2), so not an Anki package; " + EXPORT_AGAIN);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(meta)) {
            bytes = in.readNBytes(64);
        }
        return switch (enumField1(bytes)) {
            case 1 -> "collection.anki2";
            case 2 -> "collection.anki21";
            case 3 -> "collection.anki21b";
            default -> throw new Unreadable("the package was made by a newer Anki than glossary can read; in Anki,"
                    + " export it with \"Support older Anki versions\" ticked");
        };
    }

    /**
     * Field 1 of a protobuf message when it is a varint (the version of {@code meta}, the kind of a note type's
     * config), or 0 when absent, as protobuf reads a missing enum; -1 when field 1 is not a varint.
     */
    static int enumField1(byte[] message) {
        int[] at = {0};
        while (at[0] < message.length) {
            long key = varint(message, at);
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == 1) {
                return wire == 0 ? (int) Math.min(varint(message, at), Integer.MAX_VALUE) : -1;
            }
            if (wire == 0) {
                varint(message, at);
                continue;
            }
            long skip = wire == 1 ? 8 : wire == 2 ? varint(message, at) : wire == 5 ? 4 : message.length;
            at[0] = (int) Math.min(at[0] + skip, message.length);
        }
        return 0;
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; at[0] < bytes.length && shift < 64; shift += 7) {
            int b = bytes[at[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        return value;
    }

    private static void copy(InputStream in, OutputStream out, String name) throws IOException, Unreadable {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_COLLECTION_BYTES) {
                throw new Unreadable(name + " inside the package is over " + (MAX_COLLECTION_BYTES >> 30)
                        + " GB, more than any deck needs; export one deck of it from Anki rather than the collection");
            }
            out.write(buffer, 0, n);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    @Override
    public void close() {
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary copy left behind is the system's to clean; the import itself went through.
        }
    }
}
