package dev.glossary.store;

import dev.glossary.progress.Progress;
import dev.glossary.progress.Review;
import dev.glossary.progress.StudyFlags;
import dev.glossary.progress.TermHistory;
import dev.glossary.progress.UndoneAnswer;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressCacheTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00.123456789Z");

    @TempDir
    Path home;

    private Path copy() {
        return home.resolve("cache").resolve("progress.bin");
    }

    /**
     * Two decks; a new card, learning and review cards, cram and empty-mode answers, non-ASCII ids; study
     * flags and an answer taken back.
     */
    private static Progress sample() {
        Card fresh = Card.newCard(T0);
        Card learning = new Card(CardState.LEARNING, 2.3065, 2.11810397, T0.plusSeconds(600), T0, 1, 1, 0, 0, 0);
        Card review = new Card(CardState.REVIEW, 8.29, 1.0, T0.plusSeconds(8 * 86_400), T0.minusSeconds(5), 0, 3, 1,
                8, 2);
        List<Review> answers = List.of(new Review(T0.minusSeconds(86_400), Rating.AGAIN, "typed", 2100, false),
                new Review(T0.minusSeconds(5), Rating.EASY, "", 0, false),
                new Review(T0, Rating.HARD, "flip", Long.MAX_VALUE, true));
        StudyFlags flags = StudyFlags.NONE.suspend(true, T0).bury(T0.plusSeconds(3600), T0.minusSeconds(1));
        List<UndoneAnswer> undone = List.of(new UndoneAnswer(T0.minusSeconds(60), "choice", false, T0));
        return Progress.of(Map.of(
                "backend", Map.of("jwt", new TermHistory(review, answers, flags, undone), "idempotency",
                        new TermHistory(learning, answers.subList(0, 1)), "cap-theorem",
                        new TermHistory(fresh, List.of(), StudyFlags.NONE.suspend(false, T0), List.of())),
                "französisch", Map.of("straße", new TermHistory(review, answers.subList(2, 3)))));
    }

    @Test
    void aCopyReadsBackAsTheProgressItWasMadeOf() {
        Progress progress = sample();
        byte[] json = ProgressCodec.encode(progress);
        ProgressCache cache = new ProgressCache(copy());
        cache.write(json, progress);
        Progress back = cache.read(json);
        assertThat(back).isNotNull();
        assertThat(back.decks()).isEqualTo(progress.decks());
        assertThat(back.decks().keySet()).containsExactly("backend", "französisch");
        assertThat(back.term("backend", "cap-theorem").orElseThrow().card().lastReview()).isNull();
    }

    @Test
    void aCopyIsNotUsedForOtherBytesEvenOfTheSameLength() {
        Progress progress = sample();
        byte[] json = ProgressCodec.encode(progress);
        ProgressCache cache = new ProgressCache(copy());
        cache.write(json, progress);
        byte[] edited = json.clone();
        int at = new String(json, java.nio.charset.StandardCharsets.UTF_8).indexOf("\"again\"") + 1;
        edited[at] = 'A';
        assertThat(cache.read(edited)).isNull();
        assertThat(cache.read(json)).isNotNull();
    }

    @Test
    void aTornOrDamagedCopyIsNotUsed() throws IOException {
        Progress progress = sample();
        byte[] json = ProgressCodec.encode(progress);
        ProgressCache cache = new ProgressCache(copy());
        cache.write(json, progress);
        byte[] whole = Files.readAllBytes(copy());

        Files.write(copy(), java.util.Arrays.copyOf(whole, whole.length - 9));
        assertThat(cache.read(json)).isNull();

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;
        Files.write(copy(), flipped);
        assertThat(cache.read(json)).isNull();

        Files.write(copy(), whole);
        assertThat(cache.read(json)).isNotNull();
    }

    @Test
    void noCopyAndAnUnwritablePlaceAreOnlyTheLongWay() throws IOException {
        Progress progress = sample();
        byte[] json = ProgressCodec.encode(progress);
        assertThat(new ProgressCache(copy()).read(json)).isNull();

        Files.writeString(home.resolve("cache"), "a file where the directory would be");
        ProgressCache blocked = new ProgressCache(copy());
        blocked.write(json, progress);
        assertThat(blocked.read(json)).isNull();
    }

    /** The hostile review's W12: 3 kills in 60 left cache/.progress.bin.*.tmp behind for ever. */
    @Test
    void aKilledWritersLeftoverIsRemovedByTheNextWriterOnceItIsOld() throws IOException {
        Files.createDirectories(copy().getParent());
        Path old = Files.writeString(copy().resolveSibling(".progress.bin.12345.tmp"), "half a copy");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
        Path live = Files.writeString(copy().resolveSibling(".progress.bin.67890.tmp"), "another writer at work");
        Progress progress = sample();
        new ProgressCache(copy()).write(ProgressCodec.encode(progress), progress);
        assertThat(old).doesNotExist();
        assertThat(live).exists();
        assertThat(copy()).exists();
    }

    @Test
    void answersReadBackAreTheSameAndCannotBeChanged() {
        Progress progress = sample();
        byte[] json = ProgressCodec.encode(progress);
        ProgressCache cache = new ProgressCache(copy());
        cache.write(json, progress);
        List<Review> original = progress.term("backend", "jwt").orElseThrow().reviews();

        List<Review> back = cache.read(json).term("backend", "jwt").orElseThrow().reviews();

        assertThat(back).hasSize(3).containsExactlyElementsOf(original);
        assertThat(back.get(2).answerMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(back.get(1).mode()).isEmpty();
        assertThat(back.hashCode()).isEqualTo(original.hashCode());
        assertThatThrownBy(() -> back.add(original.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cache.read(json).term("backend", "cap-theorem").orElseThrow().reviews()).isEmpty();
    }
}
