package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.quiz.Mode;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No code path writes a progress.json that the reader then refuses (the hostile review's F2): edge values go
 * through the real writer (answers, re-ratings, merges) and a fresh store, with no binary copy to lean on, reads
 * every file back; a change that would leave an unreadable file is refused and the file kept as it was.
 */
class ProgressReadBackTest {
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    @TempDir
    Path home;

    private JsonProgressStore store(Instant now) {
        return new JsonProgressStore(new LearnerFiles(home),
                () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** What the next session reads, decoded from the JSON itself. */
    private Progress readBack(Instant now) throws IOException {
        Files.deleteIfExists(new LearnerFiles(home).progressCache());
        return store(now).load();
    }

    @Test
    void everyEdgeAnAnswerCanHaveIsReadBack() throws IOException {
        List<Instant> times = List.of(EARLIEST, Instant.parse("2026-03-02T09:00:00.123456789Z"),
                Instant.parse("2999-12-31T23:59:59.999999999Z"));
        List<String> modes = new ArrayList<>(List.of(""));
        for (Mode mode : Mode.values()) {
            modes.add(mode.id());
        }
        int expected = 0;
        for (Instant at : times) {
            for (Rating rating : Rating.values()) {
                for (String mode : modes) {
                    for (long ms : new long[] {0, Long.MAX_VALUE}) {
                        for (boolean cram : new boolean[] {false, true}) {
                            store(at).record("deck-" + at.getEpochSecond(), mode + "-" + rating.id(),
                                    new Review(at, rating, mode, ms, cram));
                            expected++;
                        }
                    }
                }
            }
            assertThat(readBack(at).reviewCount()).as("after answers at " + at).isEqualTo(expected);
        }
    }

    @Test
    void reRatingsAndAnswersGivenOutOfOrderAreReadBack() throws IOException {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Review late = new Review(now.plus(Duration.ofDays(40)), Rating.EASY, "flip", 10, false);
        store(late.at()).record("backend", "jwt", late);
        Review early = new Review(now, Rating.AGAIN, "typed", 10, false);
        store(now).record("backend", "jwt", early);
        store(now).rerate("backend", "jwt", early, Rating.HARD);
        Progress back = readBack(now);
        assertThat(back.term("backend", "jwt").orElseThrow().reviews()).hasSize(2);
    }

    @Test
    void anImportUpToADayAheadIsMergedAndReadBack(@TempDir Path other) throws IOException {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Instant ahead = now.plus(Duration.ofDays(1));
        Progress there = Progress.empty().record("backend", "jwt", new Review(ahead, Rating.EASY, "choice", 5, false),
                new CardReplayer(new Scheduler(FsrsParameters.defaults())));
        Path export = Files.write(other.resolve("export.json"), JsonProgressStore.encode(there));
        JsonProgressStore store = store(now);
        store.mergeIn(store.readExport(export));
        assertThat(readBack(now).reviewCount()).isEqualTo(1);
    }

    @Test
    void aChangeThatWouldLeaveAFileTheReaderRefusesIsNotWritten() throws IOException {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        store(now).record("backend", "jwt", new Review(now, Rating.GOOD, "flip", 10, false));
        byte[] before = Files.readAllBytes(home.resolve("progress.json"));
        // A clock at the end of the year 9999: the card would be due in the year 10000, which no file holds.
        Instant last = Instant.parse("9999-12-31T00:00:00Z");
        assertThatThrownBy(() -> store(last).record("backend", "jwt", new Review(last, Rating.EASY, "flip", 10, false)))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("not saved, as glossary could not read the file back")
                .hasMessageContaining("card.due: +10000")
                .matches(e -> ((GlossaryException) e).exitCode() == GlossaryException.BAD_DATA);
        assertThat(Files.readAllBytes(home.resolve("progress.json"))).isEqualTo(before);
        assertThat(readBack(now).reviewCount()).isEqualTo(1);
    }

    @Test
    void aClockBefore2000RecordsNothing() {
        Instant wrong = Instant.parse("1999-12-31T23:59:59Z");
        assertThatThrownBy(() -> store(wrong).record("backend", "jwt", new Review(wrong, Rating.GOOD, "flip", 1, false)))
                .hasMessageContaining("this machine's clock says 1999-12-31T23:59:59Z");
        assertThat(home.resolve("progress.json")).doesNotExist();
    }
}
