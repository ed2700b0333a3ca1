package dev.glossary.store;

import dev.glossary.GlossaryException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A file the learner or teacher names for a command to write ({@code -o OUT}, {@code deck new FILE}), checked
 * before any work is done: {@code OutputTarget.of(path, force).write(bytes, out)}.
 *
 * <p>Only a regular file (or a name with nothing there yet) is written the crash-safe way, a temporary file
 * renamed over it: a rename replaces whatever had the name, so a FIFO, a device or a link would become a
 * regular file. Hence:
 * <ul>
 *   <li>{@code -} and the process's own standard output ({@code /dev/stdout}) are standard output;</li>
 *   <li>a FIFO or a character device ({@code /dev/null}, {@code /dev/stderr}, a terminal) is written through
 *       as a stream, as a shell's {@code >} would, and needs no {@code --force};</li>
 *   <li>a symbolic link is followed, and its target replaced only when that is a regular file;</li>
 *   <li>an existing regular file is replaced only with {@code --force};</li>
 *   <li>anything else (a directory, a socket, a block device, a link to nothing) is refused.</li>
 * </ul>
 * {@code --force} changes only the regular-file rule.
 */
public final class OutputTarget {
    /** Names of the process's own standard output on Linux and the BSDs. */
    private static final Set<String> STANDARD_OUTPUT = Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    /** st_mode's file type bits, as stat(2) gives them. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;
    private static final int REGULAR = 0100000;

    private enum Kind { STANDARD_OUTPUT, STREAM, FILE }

    private final Path named;
    private final Path file;
    private final Kind kind;

    private OutputTarget(Path named, Path file, Kind kind) {
        this.named = named;
        this.file = file;
        this.kind = kind;
    }

    /**
     * Checks what {@code named} is. {@code force} allows replacing an existing regular file; {@code what} is
     * the option or parameter that named it, for the messages ("-o", "FILE").
     */
    public static OutputTarget of(Path named, boolean force, String what) {
        String text = named.toString();
        if (text.isEmpty()) {
            throw new GlossaryException(GlossaryException.USAGE, what + " \"\" names no file; give a file name"
                    + " (or - for standard output)");
        }
        if (STANDARD_OUTPUT.contains(text)) {
            return new OutputTarget(named, named, Kind.STANDARD_OUTPUT);
        }
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(named, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new OutputTarget(named, named, Kind.FILE);
        } catch (IOException e) {
            throw cannotWrite(named, IoReason.of(e));
        }
        Path file = named;
        if (own.isSymbolicLink()) {
            try {
                file = named.toRealPath();
            } catch (NoSuchFileException e) {
                throw cannotWrite(named, "it is a symbolic link to nothing; remove the link or name another file");
            } catch (IOException e) {
                throw cannotWrite(named, IoReason.of(e));
            }
        }
        int type = typeOf(file);
        if (type == FIFO || type == CHARACTER_DEVICE) {
            return new OutputTarget(named, file, Kind.STREAM);
        }
        if (Files.isDirectory(file)) {
            throw cannotWrite(named, "it is a directory; name a file (in it or elsewhere)");
        }
        if (type != 0 && type != REGULAR) {
            throw cannotWrite(named, "it is " + (type == BLOCK_DEVICE ? "a block device" : type == SOCKET ? "a socket"
                    : "not a regular file") + "; glossary writes only to files, FIFOs and character devices");
        }
        if (!force) {
            throw GlossaryException.failure(named + " exists; choose another name or add --force to overwrite it");
        }
        return new OutputTarget(named, file, Kind.FILE);
    }

    /** The type bits of a file's mode, following links; 0 where the platform does not tell (any file is then a file). */
    private static int typeOf(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_MASK;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 0;
        }
    }

    /** Whether the bytes go to a file of their own (worth a "wrote FILE" line), not to a stream. */
    public boolean isFile() {
        return kind == Kind.FILE;
    }

    /** The path as named. */
    public Path path() {
        return named;
    }

    /** Writes {@code bytes}; standard output is {@code out}, flushed. */
    public void write(byte[] bytes, PrintWriter out) {
        switch (kind) {
            case STANDARD_OUTPUT -> {
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
            }
            case STREAM -> {
                try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                    stream.write(bytes);
                } catch (IOException e) {
                    throw cannotWrite(named, IoReason.of(e));
                }
            }
            case FILE -> {
                try {
                    AtomicFiles.write(file, bytes);
                } catch (IOException e) {
                    throw cannotWrite(named, IoReason.of(e));
                }
            }
        }
    }

    private static GlossaryException cannotWrite(Path named, String reason) {
        return new GlossaryException(GlossaryException.IO, named + ": cannot write: " + reason);
    }
}
