package dev.glossary.repl;

import org.jline.reader.impl.history.DefaultHistory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The REPL's history: JLine's in memory, kept in {@code history} in the learner directory by this class rather
 * than by JLine, which printed a stack trace for every line it could not save (a read-only home, a full disk),
 * threw on a file that is not UTF-8, and rewrote a file with a line it could not parse, deleting that line.
 *
 * <p>Here every line of the file is read: JLine's {@code time:line}, a plain line (older or hand-written), text
 * that is not UTF-8 (read with U+FFFD for the bad bytes). The file is never rewritten to read it; the lines
 * entered are appended, as JLine writes them, at each {@link #save()} (the REPL saves after every line), and once the file holds a quarter more than {@code maxLines} it is
 * replaced, atomically, by its last {@code maxLines}. A history that cannot be read or written (a directory, a
 * read-only home) is one warning, once a session, and the session goes on with history in memory.
 *
 * <pre>{@code reader.setHistory(new HistoryFile(files.history(), 1000, warning -> out.println(warning)));}</pre>
 */
final class HistoryFile extends DefaultHistory {
    private final Path file;
    private final int maxLines;
    private final Consumer<String> warnings;
    private final List<String> unsaved = new ArrayList<>();
    private int linesInFile;
    private boolean loaded;
    private boolean broken;

    HistoryFile(Path file, int maxLines, Consumer<String> warnings) {
        this.file = file;
        this.maxLines = maxLines;
        this.warnings = warnings;
    }

    @Override
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("it is a directory; move it aside");
            }
            List<String> lines = lines(Files.readAllBytes(file));
            linesInFile = lines.size();
            for (String line : lines.subList(Math.max(0, lines.size() - maxLines), lines.size())) {
                addRead(line);
            }
        } catch (IOException e) {
            fail("cannot be read", e);
        }
    }

    /** The file's lines, bytes that are not UTF-8 read as U+FFFD rather than failing the whole file. */
    private static List<String> lines(byte[] bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String clean = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    /** One line of the file: JLine's "epoch-millis:escaped line", or any other line as it stands. */
    private void addRead(String line) {
        int colon = line.indexOf(':');
        if (colon > 0 && colon <= 19 && line.chars().limit(colon).allMatch(Character::isDigit)) {
            try {
                super.add(Instant.ofEpochMilli(Long.parseLong(line.substring(0, colon))), unescape(line.substring(colon + 1)));
                return;
            } catch (RuntimeException e) {
                // Not a time after all: the line is kept as it stands.
            }
        }
        super.add(Instant.EPOCH, line);
    }

    @Override
    public void add(Instant time, String line) {
        load();
        int before = last();
        int sizeBefore = size();
        super.add(time, line);
        if (last() != before || size() != sizeBefore) {
            unsaved.add(time.toEpochMilli() + ":" + escape(line));
        }
    }

    /** Appends the lines entered since the last save; a failure is a warning, once, and history stays in memory. */
    @Override
    public void save() {
        if (broken || unsaved.isEmpty()) {
            unsaved.clear();
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write((String.join("\n", unsaved) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            linesInFile += unsaved.size();
            unsaved.clear();
            if (linesInFile > maxLines + maxLines / 4) {
                trim();
            }
        } catch (IOException e) {
            fail("cannot be saved", e);
        }
    }

    /** The file's last {@code maxLines} lines, written beside it and renamed over it. */
    private void trim() throws IOException {
        List<String> lines = lines(Files.readAllBytes(file));
        List<String> kept = lines.subList(Math.max(0, lines.size() - maxLines), lines.size());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".history.", ".tmp");
        try {
            Files.write(temp, (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            linesInFile = kept.size();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void fail(String what, IOException e) {
        broken = true;
        unsaved.clear();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        }
        warnings.accept("warning: the REPL history " + file + " " + what + " (" + reason + "); this session's"
                + " history is kept in memory only");
    }

    /** As JLine writes a line: a line break, a carriage return and a backslash escaped with a backslash. */
    static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
