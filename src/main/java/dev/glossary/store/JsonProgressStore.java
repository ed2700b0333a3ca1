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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
    private final ProgressCache cache;
    private final Supplier<CardReplayer> replayerSource;
    private final Clock clock;
    private final LearnerLock.Patience patience;
    private final Consumer<String> notices;
    private CardReplayer replayer;
    private boolean backupWarned;
    private Progress current;
    private Snapshot readAt;

    /**
     * @param replayer asked for on the first write or call of {@link #replayer()}: commands that only read
     *                 progress, such as search, need no scheduler, and building one is a noticeable part of a
     *                 one-shot's start-up
     */
    public JsonProgressStore(LearnerFiles files, Supplier<CardReplayer> replayer, Clock clock) {
        this(files, replayer, clock, notice -> { });
    }

    /**
     * @param notices hears what the learner should know though nothing failed: that a save is waiting for another
     *                process that holds the lock (after 2 s; a save gives up after 30 s), or that a save could not
     *                make its daily backup (once)
     */
    public JsonProgressStore(LearnerFiles files, Supplier<CardReplayer> replayer, Clock clock, Consumer<String> notices) {
        this(files, replayer, clock, LearnerLock.Patience.DEFAULT, notices);
    }

    JsonProgressStore(LearnerFiles files, Supplier<CardReplayer> replayer, Clock clock, LearnerLock.Patience patience,
                      Consumer<String> notices) {
        this.files = files;
        this.cache = new ProgressCache(files.progressCache());
        this.replayerSource = replayer;
        this.clock = clock;
        this.patience = patience;
        this.notices = notices;
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

    /**
     * The progress, brought up to date with the file: the file's size, modification time and identity are
     * checked on every call (a stat, far cheaper than a read), and when another session has changed it,
     * it is read again and merged with what this session holds. A session therefore sees another's
     * reviews at its next command, and never forgets one of its own: if the file has vanished (moved
     * aside, deleted), what this session read and recorded is kept, and the next answer writes it back.
     */
    public Progress load() {
        Path file = files.progress();
        Snapshot now = Snapshot.of(file);
        if (current != null && now.sameAs(readAt)) {
            return current;
        }
        if (!now.exists()) {
            current = current == null ? Progress.empty() : current;
        } else {
            Progress onDisk = readOwn(file);
            current = current == null || current.decks().isEmpty() ? onDisk : onDisk.merge(current, replayer());
        }
        readAt = now;
        return current;
    }

    /** Records one answer and saves it at once. */
    public Progress record(String deckId, String termId, Review review) {
        if (!TimeRange.containsReview(review.at())) {
            throw GlossaryException.failure("this machine's clock says " + review.at() + ", which is not "
                    + TimeRange.REVIEW_DESCRIPTION + "; set the date and time, then answer again (nothing was saved)");
        }
        return update(p -> p.record(deckId, termId, review, replayer()));
    }

    /** Replaces the rating of an answer already saved, and saves at once. */
    public Progress rerate(String deckId, String termId, Review answer, Rating rating) {
        return update(p -> p.rerate(deckId, termId, answer, rating, replayer()));
    }

    /**
     * Takes back an answer already saved: its review leaves the log for good (see {@link Progress#undo}),
     * and the file is saved at once.
     */
    public Progress undo(String deckId, String termId, Review answer) {
        return update(p -> p.undo(deckId, termId, answer, clock.instant(), replayer()));
    }

    /**
     * Takes back the answer logged last for a deck, as found under the lock in the file as it is then (another
     * session may have answered since this one last read it); empty when the deck has no answers left.
     */
    public Optional<Progress.Answer> undoLast(String deckId) {
        List<Progress.Answer> taken = new ArrayList<>(1);
        update(p -> {
            Optional<Progress.Answer> last = p.lastAnswer(deckId);
            last.ifPresent(taken::add);
            return last.map(a -> p.undo(deckId, a.termId(), a.review(), clock.instant(), replayer())).orElse(p);
        });
        return taken.stream().findFirst();
    }

    /** Suspends terms ({@code on}) or lifts their suspension, and saves at once. */
    public Progress suspend(String deckId, Collection<String> termIds, boolean on) {
        Instant at = clock.instant();
        return update(p -> {
            Progress next = p;
            for (String termId : termIds) {
                next = next.suspend(deckId, termId, on, at);
            }
            return next;
        });
    }

    /** Buries terms until {@code until}, and saves at once. */
    public Progress bury(String deckId, Collection<String> termIds, Instant until) {
        Instant at = clock.instant();
        return update(p -> {
            Progress next = p;
            for (String termId : termIds) {
                next = next.bury(deckId, termId, until, at);
            }
            return next;
        });
    }

    /**
     * Computes every studied card again from its log with this store's scheduler and saves, as new settings
     * require; returns how many cards changed. Nothing is written for a learner with no progress yet.
     */
    public int reschedule() {
        Progress before = load();
        if (before.decks().isEmpty()) {
            return 0;
        }
        return update(p -> p.rescheduled(replayer())).cardsChangedFrom(before);
    }

    /** Merges progress from elsewhere (another machine's export) into this file. */
    public Progress mergeIn(Progress other) {
        return update(p -> p.merge(other, replayer()));
    }

    /**
     * Removes every review of one deck and saves at once (the day's backup is made first, as for any save). A
     * session open meanwhile that still holds them may write them back when it next saves.
     */
    public Progress forgetDeck(String deckId) {
        return update(p -> p.withoutDeck(deckId));
    }

    private Progress update(UnaryOperator<Progress> change) {
        Path file = files.progress();
        try (LearnerLock lock = LearnerLock.acquire(lockFile(), patience, notices)) {
            Objects.requireNonNull(lock);
            // Under the lock no other session writes, so what load() finds is what this write replaces.
            Progress before = load();
            Progress next = change.apply(before);
            if (next == before) {
                return next;
            }
            removeStaleTemporaries(file);
            backUpTodayIfPossible(file);
            byte[] json = ProgressCodec.encode(next);
            refuseUnreadable(file, json);
            AtomicFiles.write(file, json);
            cache.write(json, next);
            current = next;
            readAt = Snapshot.of(file);
            return next;
        } catch (LearnerLock.Held e) {
            throw new GlossaryException(GlossaryException.IO, file + ": not saved: " + e.getMessage());
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot save progress: " + IoReason.of(e));
        }
    }

    /**
     * Never writes a file the reader would then refuse: every value is checked as it comes in (answers, imports),
     * and this is the net under all of them, the new bytes read back as the next session will read them.
     */
    private static void refuseUnreadable(Path file, byte[] json) {
        try {
            ProgressCodec.decode(json);
        } catch (ProgressCodec.UnreadableException e) {
            throw GlossaryException.badData(file + ": not saved, as glossary could not read the file back ("
                    + e.getMessage() + "); the file is as it was");
        }
    }

    private Path lockFile() {
        return files.home().resolve("progress.lock");
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

    /** The learner's own file, from the binary copy made of these very bytes when there is one. */
    private Progress readOwn(Path file) {
        byte[] json = bytes(file);
        Progress kept = cache.read(json);
        if (kept != null) {
            return kept;
        }
        Progress decoded = decode(file, json, null, "It was left untouched; move it aside (mv " + file + " " + file
                + ".bad) to start afresh, or restore a backup with: glossary progress restore");
        cache.write(json, decoded);
        return decoded;
    }

    /**
     * Reads a progress file written by {@code glossary progress export} (or copied from another machine), whose
     * reviews must not be more than a day after this machine's clock.
     */
    public Progress readExport(Path file) {
        return decode(file, bytes(file), clock.instant().plus(TimeRange.AHEAD),
                "Nothing was imported; import a file written by: glossary progress export FILE");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    private static Progress decode(Path file, byte[] bytes, Instant latestReview, String recovery) {
        try {
            return ProgressCodec.decode(bytes, latestReview);
        } catch (ProgressCodec.UnreadableException e) {
            throw GlossaryException.badData(file + e.place() + ": " + e.getMessage() + ". " + recovery);
        }
    }

    /** Progress as the bytes of a progress file, for {@code glossary progress export}. */
    public static byte[] encode(Progress progress) {
        return ProgressCodec.encode(progress);
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
            throw new GlossaryException(GlossaryException.IO, files.backups() + ": cannot list backups: " + IoReason.of(e));
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    /**
     * Replaces the progress file with a backup (validated first). The file it replaces is kept beside it
     * as {@code progress.json.replaced-<time>}, so even a restore loses nothing.
     */
    public Path restore(Path backup) {
        Progress restored = decode(backup, bytes(backup), null, "The progress file was not changed; pick another backup from:"
                + " glossary progress restore --list");
        Path file = files.progress();
        try (LearnerLock lock = LearnerLock.acquire(lockFile(), patience, notices)) {
            Objects.requireNonNull(lock);
            Path keep = null;
            if (Files.exists(file)) {
                keep = file.resolveSibling(file.getFileName() + ".replaced-"
                        + clock.instant().toString().replace(':', '-'));
                // Written like progress.json itself, so the copy is as private as the original.
                AtomicFiles.write(keep, Files.readAllBytes(file));
            }
            byte[] json = ProgressCodec.encode(restored);
            AtomicFiles.write(file, json);
            cache.write(json, restored);
            current = restored;
            readAt = Snapshot.of(file);
            return keep;
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot restore: " + IoReason.of(e));
        }
    }

    /**
     * The backup is a safety net, not the save: one that cannot be made (backups/ is a file, the disk is nearly
     * full) is a warning, once a session, and the answer is still saved.
     */
    private void backUpTodayIfPossible(Path file) {
        try {
            backUpToday(file);
        } catch (IOException | GlossaryException e) {
            if (!backupWarned) {
                backupWarned = true;
                notices.accept("warning: today's backup of progress could not be made in " + files.backups() + ": "
                        + (e instanceof IOException io ? IoReason.of(io) : e.getMessage())
                        + "; your answers are still saved");
            }
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

    /**
     * Enough of a file's identity to notice that another process replaced it. Every write renames a new
     * file into place, so the file key (device and inode) changes; the modification time is kept at the
     * file system's full precision in case an inode number is reused.
     */
    private record Snapshot(boolean exists, Object key, FileTime modified, long size) {
        static Snapshot of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Snapshot(true, a.fileKey(), a.lastModifiedTime(), a.size());
            } catch (IOException e) {
                return new Snapshot(false, null, null, 0);
            }
        }

        /**
         * By hand, not the record's equals: that one is bootstrapped through method handles on its first call,
         * about 20 ms of a one-shot's start-up.
         */
        boolean sameAs(Snapshot other) {
            return other != null && exists == other.exists && size == other.size
                    && Objects.equals(key, other.key) && Objects.equals(modified, other.modified);
        }
    }
}
