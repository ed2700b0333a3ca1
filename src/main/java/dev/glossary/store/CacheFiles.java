package dev.glossary.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The files under the learner's {@code cache/}: copies that can always be made again from the file they
 * stand for, so they are written without forcing them to disk, and trusted only whole. Each is a magic
 * number, a body, and the CRC-32C of both at its end.
 */
final class CacheFiles {
    /** Far longer than writing any cache file takes. */
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    private CacheFiles() {
    }

    /** What goes between a cache file's magic number and its checksum. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Below this a file is read: mapping one costs a cold JVM more classes than the copy saves. */
    private static final long MAPPED_FROM = 1 << 20;

    /**
     * The body of a cache file, or null when there is none, or its checksum or magic number is not what
     * {@link #write} wrote. A large one is mapped, not read: the file stays in the page cache, and the heap
     * holds only what it becomes.
     */
    static ByteBuffer read(Path file, int magic) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8 || size > Integer.MAX_VALUE) {
                return null;
            }
            ByteBuffer bytes = size >= MAPPED_FROM ? channel.map(FileChannel.MapMode.READ_ONLY, 0, size)
                    : readWhole(channel, (int) size);
            int body = (int) size - 4;
            CRC32C crc = new CRC32C();
            crc.update(bytes.duplicate().limit(body));
            if ((int) crc.getValue() != bytes.getInt(body)) {
                return null;
            }
            ByteBuffer in = bytes.limit(body);
            return in.getInt() == magic ? in : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The channel's first {@code size} bytes, read through the channel already open. */
    private static ByteBuffer readWhole(FileChannel channel, int size) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(size);
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            // A file cut short meanwhile leaves the rest zero, and the checksum then refuses it.
        }
        return bytes.clear();
    }

    /**
     * A copy of what {@code source} (a file's bytes) decodes to: the body of a cache file that
     * {@link #writeMadeFrom} wrote with this format from these very bytes, past that header; else null. The
     * bytes are told by their length and two checksums (CRC-32C and CRC-32), so the copy is used only for
     * exactly them, however the file changed.
     */
    static ByteBuffer readMadeFrom(Path file, int magic, int format, byte[] source) {
        ByteBuffer in = read(file, magic);
        if (in == null || in.remaining() < 16 || in.getInt() != format || in.getInt() != source.length
                || in.getInt() != crc32c(source) || in.getInt() != crc32(source)) {
            return null;
        }
        return in;
    }

    /** Writes a cache file that {@link #readMadeFrom} gives back for {@code source} and this format. */
    static void writeMadeFrom(Path target, int magic, int format, byte[] source, Body body) {
        write(target, magic, out -> {
            out.writeInt(format);
            out.writeInt(source.length);
            out.writeInt(crc32c(source));
            out.writeInt(crc32(source));
            body.write(out);
        });
    }

    private static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    private static int crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /**
     * A writer killed mid-write leaves its temporary file (a large deck's copy is megabytes); the next writer of the
     * same cache file removes those old enough that no live writer can still be at work on them.
     */
    private static void removeLeftovers(Path dir, Path target) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + target.getFileName() + ".*.tmp")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** A cache file, whole or not at all; a read-only or full disk only means it is made again next time. */
    static void write(Path target, int magic, Body body) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            AtomicFiles.createPrivateDirectory(dir);
            removeLeftovers(dir, target);
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                try (OutputStream file = Files.newOutputStream(temp)) {
                    CRC32C crc = new CRC32C();
                    DataOutputStream out = new DataOutputStream(
                            new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc));
                    out.writeInt(magic);
                    body.write(out);
                    out.flush();
                    new DataOutputStream(file).writeInt((int) crc.getValue());
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // The cache is only a shortcut: without it the next read takes the long way.
        }
    }
}
