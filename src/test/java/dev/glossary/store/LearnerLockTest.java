package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.progress.CardReplayer;
import dev.glossary.progress.Review;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save that finds the progress lock held (the hostile review's F7): it says so once, names the holder, waits,
 * and gives up with 74 rather than hang for ever. The waits here are short versions of the real 2 s and 30 s.
 */
class LearnerLockTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LearnerLock.Patience SHORT = new LearnerLock.Patience(Duration.ofMillis(200),
            Duration.ofMillis(1500));

    @TempDir
    Path home;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    private JsonProgressStore store() {
        return new JsonProgressStore(new LearnerFiles(home), () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())),
                Clock.fixed(NOW, ZoneOffset.UTC), SHORT, notices::add);
    }

    private static Review answer() {
        return new Review(NOW, Rating.GOOD, "choice", 900, false);
    }

    private LearnerLock hold() throws IOException {
        return LearnerLock.acquire(home.resolve("progress.lock"), LearnerLock.Patience.DEFAULT, notice -> { });
    }

    @Test
    void aHolderThatLetsGoInTimeIsWaitedForAfterOneNotice() throws Exception {
        CompletableFuture<Void> saved;
        try (LearnerLock held = hold()) {
            assertThat(held).isNotNull();
            saved = CompletableFuture.runAsync(() -> store().record("backend", "jwt", answer()));
            Thread.sleep(600);
            assertThat(saved).isNotDone();
        }
        saved.get(30, TimeUnit.SECONDS);
        assertThat(notices).containsExactly("another glossary process (pid " + ProcessHandle.current().pid()
                + ") is saving progress; waiting for it (up to 1500 ms)");
        assertThat(store().load().reviewCount()).isEqualTo(1);
    }

    @Test
    void aHolderThatNeverLetsGoEndsTheWaitWith74AndNothingWritten() throws IOException {
        store().record("backend", "redis", answer());
        byte[] before = Files.readAllBytes(home.resolve("progress.json"));
        try (LearnerLock held = hold()) {
            assertThat(held).isNotNull();
            long start = System.nanoTime();
            // From another thread, as another session would: the lock is reentrant for its own holder.
            CompletableFuture<Void> save = CompletableFuture.runAsync(() -> store().record("backend", "jwt", answer()));
            assertThatThrownBy(() -> save.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(GlossaryException.class)
                    .hasMessageContaining("progress.json: not saved: another glossary process (pid ")
                    .hasMessageContaining("for 1500 ms; try again once it has finished")
                    .matches(e -> ((GlossaryException) e).exitCode() == GlossaryException.IO);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
        assertThat(notices).hasSize(1);
        assertThat(Files.readAllBytes(home.resolve("progress.json"))).isEqualTo(before);
    }

    @Test
    void theHolderLeavesItsProcessIdInTheLockFile() throws IOException {
        try (LearnerLock held = hold()) {
            assertThat(held).isNotNull();
            assertThat(Files.readString(home.resolve("progress.lock")).strip())
                    .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        }
    }
}
