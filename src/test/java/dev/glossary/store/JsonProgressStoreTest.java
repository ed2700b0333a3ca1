package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.srs.FsrsParameters;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonProgressStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path home;

    private JsonProgressStore store(Instant now) {
        return new JsonProgressStore(new LearnerFiles(home),
                () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Review review(Instant at, Rating rating) {
        return new Review(at, rating, "typed", 2000, false);
    }

    @Test
    void aMissingFileIsEmptyProgress() {
        assertThat(store(T0).load().reviewCount()).isZero();
    }

    @Test
    void whatIsRecordedIsReadBackByAFreshStore() throws IOException {
        store(T0).record("backend", "jwt", review(T0, Rating.GOOD));
        store(T0).record("backend", "jwt", review(T0.plusSeconds(600), Rating.AGAIN));
        Progress back = store(T0).load();
        assertThat(back.reviewCount()).isEqualTo(2);
        assertThat(back.term("backend", "jwt").orElseThrow().reviews())
                .extracting(Review::rating).containsExactly(Rating.GOOD, Rating.AGAIN);
        assertThat(Files.readString(home.resolve("progress.json").toAbsolutePath(), StandardCharsets.UTF_8))
                .contains("\"version\" : 1").contains("\"rating\" : \"again\"");
    }

    @Test
    void theLearnerDirectoryIsPrivate() throws IOException {
        Path nested = home.resolve("sub");
        new JsonProgressStore(new LearnerFiles(nested),
                () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())), Clock.fixed(T0, ZoneOffset.UTC))
                .record("backend", "jwt", review(T0, Rating.GOOD));
        assertThat(Files.getPosixFilePermissions(nested))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void twoStoresOnOneFileKeepEachOthersReviews() {
        JsonProgressStore a = store(T0);
        JsonProgressStore b = store(T0);
        a.load();
        b.load();
        a.record("backend", "jwt", review(T0, Rating.GOOD));
        b.record("backend", "cqrs", review(T0.plusSeconds(1), Rating.EASY));
        a.record("backend", "jwt", review(T0.plusSeconds(700), Rating.GOOD));
        assertThat(store(T0).load().reviewCount()).isEqualTo(3);
    }

    @Test
    void concurrentWritersFromManyThreadsLoseNothing() throws Exception {
        int threads = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> {
                JsonProgressStore s = store(T0);
                for (int i = 0; i < each; i++) {
                    s.record("backend", "term-" + id, review(T0.plusSeconds(i * 60L), Rating.GOOD));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(store(T0).load().reviewCount()).isEqualTo(threads * each);
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @ValueSource(strings = {
            "",
            "   \n",
            "{\"version\": 1, \"decks\": {\"backend\": {\"jwt\": {\"card\": ",
            "not json at all",
            "[1, 2, 3]",
            "{\"decks\": {}}",
            "{\"version\": 2, \"decks\": {}}",
            "{\"version\": 1, \"decks\": {\"backend\": {\"jwt\": {\"card\": {\"state\": \"review\"}, \"reviews\": []}}}}",
            "{\"version\": 1, \"decks\": {}, \"extra\": true}",
            "{\"version\": 1, \"decks\": {\"b\": {\"t\": {\"card\": {\"state\": \"zombie\", \"stability\": 1, \"difficulty\": 5,"
                    + " \"due\": \"2026-01-01T00:00:00Z\", \"lastReview\": null, \"learningSteps\": 0, \"reps\": 1,"
                    + " \"lapses\": 0, \"scheduledDays\": 1, \"elapsedDays\": 0}, \"reviews\": []}}}}"})
    void anUnreadableFileIsRefusedAndLeftByteForByteUnchanged(String content) throws IOException {
        Path file = home.resolve("progress.json");
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);
        JsonProgressStore s = store(T0);
        assertThatThrownBy(s::load)
                .isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining("glossary progress restore")
                .matches(e -> ((GlossaryException) e).exitCode() == 65)
                .matches(e -> !e.getMessage().contains("\n"));
        assertThatThrownBy(() -> s.record("backend", "jwt", review(T0, Rating.GOOD))).isInstanceOf(GlossaryException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFutureVersionSaysToUpgrade() throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 9, \"decks\": {}}");
        assertThatThrownBy(store(T0)::load).hasMessageContaining("newer glossary").hasMessageContaining("upgrade");
    }

    @Test
    void aDailyBackupIsKeptForTheLastFiveDays() {
        for (int day = 0; day < 8; day++) {
            Instant now = T0.plus(Duration.ofDays(day));
            store(now).record("backend", "t" + day, review(now, Rating.GOOD));
        }
        List<Path> backups = store(T0).backups();
        assertThat(backups).hasSize(5);
        assertThat(backups.get(0).getFileName().toString()).isEqualTo("progress-2026-01-12.json");
    }

    @Test
    void restoreReplacesTheFileAndKeepsTheOneItReplaced() throws IOException {
        store(T0).record("backend", "a", review(T0, Rating.GOOD));
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        store(tomorrow).record("backend", "b", review(tomorrow, Rating.GOOD));
        JsonProgressStore s = store(tomorrow);
        Path backup = s.backups().get(0);
        Path kept = s.restore(backup);
        assertThat(s.load().reviewCount()).isEqualTo(1);
        assertThat(JsonProgressStore.read(kept).reviewCount()).isEqualTo(2);
    }

    @Test
    void exportThenMergeIntoAnotherHomeKeepsEverything(@TempDir Path other) {
        store(T0).record("backend", "a", review(T0, Rating.GOOD));
        Path export = other.resolve("export.json");
        store(T0).export(export);
        JsonProgressStore there = new JsonProgressStore(new LearnerFiles(other.resolve("home")),
                () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())), Clock.fixed(T0, ZoneOffset.UTC));
        there.record("backend", "b", review(T0, Rating.EASY));
        there.mergeIn(JsonProgressStore.read(export));
        assertThat(there.load().reviewCount()).isEqualTo(2);
    }
}
