package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.srs.Rating;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The learner's {@code progress.json}. Every answer is saved when it is given: under a lock, the store
 * re-reads the file if another session changed it, merges, applies the change and writes atomically.
 * A file it cannot read is never overwritten; the error says how to recover. One rolling backup a day
 * is kept for the last {@value #BACKUP_DAYS} days.
 */
public final class JsonProgressStore {
    static final int BACKUP_DAYS = 5;
    private static final String BACKUP_PREFIX = "progress-";

    private final LearnerFiles files;
    private final Supplier<CardReplayer> replayerSource;
    private final Clock clock;
    private CardReplayer replayer;
    private Progress current;
    private Snapshot readAt;

    /**
     * @param replayer asked for on the first write or call of {@link #replayer()}: commands that only read
     *                 progress, such as search, need no scheduler, and building one is a noticeable part of a
     *                 one-shot's start-up
     */
    public JsonProgressStore(LearnerFiles files, Supplier<CardReplayer> replayer, Clock clock) {
        this.files = files;
        this.replayerSource = replayer;
        this.clock = clock;
    }

    public Path file() {
        return files.progress();
    }

    public CardReplayer replayer() {
        if (replayer == null) {
            replayer = replayerSource.get();
        }
        return replayer;
    }

    /** The progress as last read or written; reads the file on first use (no file means no progress yet). */
    public Progress load() {
        if (current == null) {
            reload();
        }
        return current;
    }

    /** Records one answer and saves it at once. */
    public Progress record(String deckId, String termId, Review review) {
        return update(p -> p.record(deckId, termId, review, replayer()));
    }

    /** Replaces the rating of an answer already saved, and saves at once. */
    public Progress rerate(String deckId, String termId, Review answer, Rating rating) {
        return update(p -> p.rerate(deckId, termId, answer, rating, replayer()));
    }

    /** Merges progress from elsewhere (another machine's export) into this file. */
    public Progress mergeIn(Progress other) {
        return update(p -> p.merge(other, replayer()));
    }

    private Progress update(UnaryOperator<Progress> change) {
        Path file = files.progress();
        try (LearnerLock lock = LearnerLock.acquire(files.home().resolve("progress.lock"))) {
            Objects.requireNonNull(lock);
            Progress base = load();
            Snapshot now = Snapshot.of(file);
            if (!now.equals(readAt)) {
                // Another session wrote since we read: its reviews and ours are both kept.
                base = read(file).merge(base, replayer());
            }
            Progress next = change.apply(base);
            removeStaleTemporaries(file);
            backUpToday(file);
            AtomicFiles.write(file, ProgressCodec.encode(next));
            current = next;
            readAt = Snapshot.of(file);
            return next;
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot save progress: " + e.getMessage());
        }
    }

    private void reload() {
        Path file = files.progress();
        Snapshot snapshot = Snapshot.of(file);
        current = snapshot.exists() ? read(file) : Progress.empty();
        readAt = snapshot;
    }

    /**
     * A writer killed mid-write leaves its temporary file behind. Writers only write under the lock, so
     * while we hold it, any temporary file of progress.json is such a leftover.
     */
    private static void removeStaleTemporaries(Path file) throws IOException {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.toAbsolutePath().getParent(),
                "." + file.getFileName() + ".*.tmp")) {
            for (Path stale : dir) {
                Files.deleteIfExists(stale);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // No learner directory yet: nothing was ever written.
        }
    }

    /** Reads a progress file, any file: the learner's own, a backup, or an export to import. */
    public static Progress read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + e.getMessage());
        }
        try {
            return ProgressCodec.decode(bytes);
        } catch (ProgressCodec.UnreadableException e) {
            throw GlossaryException.badData(file + ": " + e.getMessage()
                    + ". It was left untouched; move it aside (mv " + file + " " + file + ".bad) to start afresh,"
                    + " or restore a backup with: glossary progress restore");
        }
    }

    /** Writes the current progress to another file, for moving it to another machine. */
    public void export(Path target) {
        try {
            AtomicFiles.write(target, ProgressCodec.encode(load()));
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, target + ": cannot write: " + e.getMessage());
        }
    }

    /** The daily backups, newest first. */
    public List<Path> backups() {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(files.backups())) {
            return found;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(files.backups(), BACKUP_PREFIX + "*.json")) {
            dir.forEach(found::add);
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, files.backups() + ": cannot list backups: " + e.getMessage());
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    /**
     * Replaces the progress file with a backup (validated first). The file it replaces is kept beside it
     * as {@code progress.json.replaced-<time>}, so even a restore loses nothing.
     */
    public Path restore(Path backup) {
        Progress restored = read(backup);
        Path file = files.progress();
        try (LearnerLock lock = LearnerLock.acquire(files.home().resolve("progress.lock"))) {
            Objects.requireNonNull(lock);
            Path keep = null;
            if (Files.exists(file)) {
                keep = file.resolveSibling(file.getFileName() + ".replaced-"
                        + clock.instant().toString().replace(':', '-'));
                Files.copy(file, keep);
            }
            AtomicFiles.write(file, ProgressCodec.encode(restored));
            current = restored;
            readAt = Snapshot.of(file);
            return keep;
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot restore: " + e.getMessage());
        }
    }

    private void backUpToday(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Path backup = files.backups().resolve(BACKUP_PREFIX + today.format(DateTimeFormatter.ISO_LOCAL_DATE) + ".json");
        if (Files.exists(backup)) {
            return;
        }
        try {
            ProgressCodec.decode(Files.readAllBytes(file));
        } catch (ProgressCodec.UnreadableException e) {
            return;
        }
        AtomicFiles.createPrivateDirectory(files.backups());
        AtomicFiles.write(backup, Files.readAllBytes(file));
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(BACKUP_DAYS, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Enough of a file's identity to notice that another process replaced it. */
    private record Snapshot(boolean exists, Object key, long modified, long size) {
        static Snapshot of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Snapshot(true, a.fileKey(), a.lastModifiedTime().toMillis(), a.size());
            } catch (IOException e) {
                return new Snapshot(false, null, 0, 0);
            }
        }
    }
}
