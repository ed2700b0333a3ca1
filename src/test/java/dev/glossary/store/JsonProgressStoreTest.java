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
import org.junit.jupiter.params.provider.CsvSource;
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
import java.util.Set;
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
                .contains("\"version\" : 3").contains("\"rating\" : \"again\"");
    }

    @Test
    void aFreshStoreReadsTheBinaryCopyMadeOfTheVeryBytesOnDisk() throws IOException {
        store(T0).record("backend", "jwt", review(T0, Rating.GOOD));
        byte[] json = Files.readAllBytes(home.resolve("progress.json"));
        ProgressCache cache = new ProgressCache(new LearnerFiles(home).progressCache());
        assertThat(cache.read(json)).isNotNull();
        // A copy that says otherwise for these same bytes is believed: proof that it, not the JSON, was read.
        Progress other = Progress.empty().record("backend", "cqrs", review(T0, Rating.EASY), store(T0).replayer());
        cache.write(json, other);
        assertThat(store(T0).load().term("backend", "cqrs")).isPresent();
        assertThat(store(T0).load().term("backend", "jwt")).isEmpty();
    }

    @Test
    void aFileChangedElsewhereIsDecodedAgainAndItsCopyRenewed() throws IOException {
        store(T0).record("backend", "jwt", review(T0, Rating.GOOD));
        Path file = home.resolve("progress.json");
        Files.writeString(file, Files.readString(file).replace("\"good\"", "\"easy\""));
        assertThat(store(T0).load().term("backend", "jwt").orElseThrow().reviews())
                .extracting(Review::rating).containsExactly(Rating.EASY);
        assertThat(new ProgressCache(new LearnerFiles(home).progressCache()).read(Files.readAllBytes(file)))
                .isNotNull();
    }

    @Test
    void aBrokenFileIsReportedThoughACopyOfItsOldContentsIsThere() throws IOException {
        store(T0).record("backend", "jwt", review(T0, Rating.GOOD));
        Path file = home.resolve("progress.json");
        Files.writeString(file, Files.readString(file).replace("\"good\"", "\"great\""));
        assertThatThrownBy(() -> store(T0).load()).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("great");
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
    void anAnswerOneSessionUndoesIsNotBroughtBackByAnotherThatStillHeldIt() {
        JsonProgressStore a = store(T0.plusSeconds(20));
        JsonProgressStore b = store(T0.plusSeconds(30));
        a.record("backend", "jwt", review(T0, Rating.GOOD));
        a.record("backend", "jwt", review(T0.plusSeconds(10), Rating.AGAIN));
        assertThat(b.load().term("backend", "jwt").orElseThrow().reviews()).hasSize(2);

        a.undo("backend", "jwt", review(T0.plusSeconds(10), Rating.AGAIN));
        b.record("backend", "cqrs", review(T0.plusSeconds(30), Rating.EASY));

        for (Progress p : List.of(store(T0).load(), a.load(), b.load())) {
            var jwt = p.term("backend", "jwt").orElseThrow();
            assertThat(jwt.reviews()).extracting(Review::at).containsExactly(T0);
            assertThat(jwt.card()).isEqualTo(a.replayer().replay("backend", "jwt", jwt.reviews()));
            assertThat(p.term("backend", "cqrs")).isPresent();
        }
    }

    @Test
    void anAnswerUndoneInAnExportedCopyStaysUndoneWhenTheCopyIsMergedBack(@TempDir Path elsewhere) throws IOException {
        JsonProgressStore here = store(T0);
        here.record("backend", "jwt", review(T0, Rating.GOOD));
        here.record("backend", "jwt", review(T0.plusSeconds(10), Rating.AGAIN));
        Path export = elsewhere.resolve("old.json");
        Files.write(export, JsonProgressStore.encode(here.load()));
        here.undoLast("backend");

        here.mergeIn(here.readExport(export));

        assertThat(store(T0).load().term("backend", "jwt").orElseThrow().reviews()).extracting(Review::at)
                .containsExactly(T0);
    }

    @Test
    void undoLastWalksBackThroughTheDeckAnswerByAnswer() {
        JsonProgressStore s = store(T0.plusSeconds(100));
        s.record("backend", "jwt", review(T0, Rating.GOOD));
        s.record("backend", "cqrs", review(T0.plusSeconds(5), Rating.EASY));
        s.record("other", "jwt", review(T0.plusSeconds(9), Rating.HARD));

        assertThat(s.undoLast("backend")).map(Progress.Answer::termId).contains("cqrs");
        assertThat(s.undoLast("backend")).map(Progress.Answer::termId).contains("jwt");
        assertThat(s.undoLast("backend")).isEmpty();

        Progress left = store(T0).load();
        assertThat(left.term("backend", "jwt").orElseThrow().studied()).isFalse();
        assertThat(left.term("backend", "jwt").orElseThrow().card().due()).isEqualTo(T0);
        assertThat(left.term("other", "jwt").orElseThrow().reviews()).hasSize(1);
    }

    @Test
    void aSuspensionAndABurialSetInOneSessionSurviveAnotherSessionsWrites() {
        JsonProgressStore a = store(T0.plusSeconds(60));
        JsonProgressStore b = store(T0.plusSeconds(120));
        a.record("backend", "jwt", review(T0, Rating.GOOD));
        b.load();
        Instant tomorrow = T0.plus(Duration.ofDays(1));

        a.suspend("backend", List.of("jwt", "cap-theorem"), true);
        a.bury("backend", List.of("cqrs"), tomorrow);
        b.record("backend", "jwt", review(T0.plusSeconds(90), Rating.GOOD));

        Progress p = store(T0).load();
        assertThat(p.term("backend", "jwt").orElseThrow().suspended()).isTrue();
        assertThat(p.term("backend", "jwt").orElseThrow().reviews()).hasSize(2);
        assertThat(p.term("backend", "cap-theorem").orElseThrow().suspended()).isTrue();
        assertThat(p.term("backend", "cqrs").orElseThrow().flags().buried(T0)).isTrue();
        assertThat(p.term("backend", "cqrs").orElseThrow().flags().buried(tomorrow)).isFalse();

        // The later word wins: b lifts the suspension after a set it, and a session that still holds the old
        // flag does not bring it back.
        b.suspend("backend", List.of("jwt"), false);
        a.record("backend", "cqrs", review(T0.plusSeconds(200), Rating.GOOD));
        assertThat(store(T0).load().term("backend", "jwt").orElseThrow().suspended()).isFalse();
        assertThat(a.load().term("backend", "cap-theorem").orElseThrow().suspended()).isTrue();
    }

    @Test
    void aVersionOneFileIsReadAndWrittenBackAsTheNewestVersion() throws IOException {
        Path file = home.resolve("progress.json");
        Files.writeString(file, file(GOOD_CARD, GOOD_REVIEW));
        JsonProgressStore s = store(T0.plusSeconds(60));
        assertThat(s.load().term("backend", "jwt").orElseThrow().reviews()).hasSize(1);

        s.suspend("backend", List.of("jwt"), true);

        String written = Files.readString(file);
        assertThat(written).contains("\"version\" : 3").contains("\"suspended\" : {");
        Progress back = store(T0).load();
        assertThat(back.term("backend", "jwt").orElseThrow().suspended()).isTrue();
        assertThat(back.term("backend", "jwt").orElseThrow().reviews()).hasSize(1);
    }

    @Test
    void theBinaryCopyKeepsFlagsAndUndoneAnswers() throws Exception {
        JsonProgressStore s = store(T0.plusSeconds(60));
        s.record("backend", "jwt", review(T0, Rating.GOOD));
        s.undoLast("backend");
        s.suspend("backend", List.of("jwt"), true);
        byte[] json = Files.readAllBytes(home.resolve("progress.json"));
        Progress copy = new ProgressCache(new LearnerFiles(home).progressCache()).read(json);
        assertThat(copy).isNotNull();
        assertThat(copy.decks()).isEqualTo(ProgressCodec.decode(json).decks());
        assertThat(copy.term("backend", "jwt").orElseThrow().undone()).hasSize(1);
        assertThat(copy.term("backend", "jwt").orElseThrow().suspended()).isTrue();
    }

    @Test
    void aConfusionAndAPairStayOnTheirReviewInTheFileTheCopyAndThroughARerating() throws Exception {
        JsonProgressStore s = store(T0.plusSeconds(60));
        Review confused = new Review(T0, Rating.AGAIN, "choice", 3000, false, "jws", null);
        Review drilled = new Review(T0.plusSeconds(30), Rating.GOOD, "choice", 1500, false, null, "jws");
        s.record("backend", "jwt", confused);
        s.record("backend", "jwt", drilled);
        s.rerate("backend", "jwt", confused, Rating.HARD);

        byte[] json = Files.readAllBytes(home.resolve("progress.json"));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"confusedWith\" : \"jws\"")
                .contains("\"pairedWith\" : \"jws\"");
        List<Review> back = ProgressCodec.decode(json).term("backend", "jwt").orElseThrow().reviews();
        assertThat(back).extracting(Review::confusedWith).containsExactly("jws", null);
        assertThat(back).extracting(Review::pairedWith).containsExactly(null, "jws");
        assertThat(back.get(0).rating()).isEqualTo(Rating.HARD);
        Progress copy = new ProgressCache(new LearnerFiles(home).progressCache()).read(json);
        assertThat(copy.decks()).isEqualTo(ProgressCodec.decode(json).decks());
        // Another session's write merges the log and keeps both.
        store(T0.plusSeconds(90)).record("backend", "api", review(T0.plusSeconds(90), Rating.GOOD));
        assertThat(store(T0).load().term("backend", "jwt").orElseThrow().reviews())
                .extracting(Review::confusedWith).containsExactly("jws", null);
    }

    @Test
    void aBlankConfusionIsRefusedWithItsPlace() throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 3, \"decks\": {\"backend\": {\"jwt\": {\"card\": {"
                + GOOD_CARD + "}, \"reviews\": [{\"at\": \"2026-01-05T10:00:00Z\", \"rating\": \"good\", \"mode\": \"choice\","
                + " \"ms\": 100, \"cram\": false, \"confusedWith\": \" \"}]}}}}");
        assertThatThrownBy(() -> store(T0).load()).hasMessageContaining("reviews[0].confusedWith: must be a term id");
    }

    @Test
    void concurrentWritersOfTheSameTermKeepEveryReviewAndTheCardOfTheWholeLog() throws Exception {
        int threads = 6;
        int each = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> {
                JsonProgressStore s = store(T0);
                s.load();
                start.await();
                for (int i = 0; i < each; i++) {
                    // Distinct instants, so no two answers are the same answer.
                    Instant at = T0.plusSeconds(i * 3600L + id);
                    s.record("backend", "jwt", review(at, i % 4 == 0 ? Rating.AGAIN : Rating.GOOD));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        var jwt = store(T0).load().term("backend", "jwt").orElseThrow();
        assertThat(jwt.reviews()).hasSize(threads * each);
        assertThat(jwt.reviews()).isSortedAccordingTo(java.util.Comparator.comparing(Review::at));
        assertThat(jwt.card()).isEqualTo(store(T0).replayer().replay("backend", "jwt", jwt.reviews()));
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
            "{\"version\": 4, \"decks\": {}}",
            "{\"version\": 1, \"decks\": {\"backend\": {\"jwt\": {\"card\": {\"state\": \"review\"}, \"reviews\": []}}}}",
            "{\"version\": 1, \"decks\": {}, \"extra\": true}",
            "{\"version\": 1, \"decks\": {\"b\": {\"t\": {\"card\": {\"state\": \"zombie\", \"stability\": 1, \"difficulty\": 5,"
                    + " \"due\": \"2026-01-01T00:00:00Z\", \"lastReview\": null, \"learningSteps\": 0, \"reps\": 1,"
                    + " \"lapses\": 0, \"scheduledDays\": 1, \"elapsedDays\": 0}, \"reviews\": []}}}}",
            "{\"version\": 1, \"decks\": {\"backend\": {}, \"backend\": {}}}",
            "{\"version\": 1, \"version\": 1, \"decks\": {}}"})
    void anUnreadableFileIsRefusedAndLeftByteForByteUnchanged(String content) throws IOException {
        Path file = home.resolve("progress.json");
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);
        JsonProgressStore s = store(T0);
        assertThatThrownBy(s::load)
                .isInstanceOf(GlossaryException.class)
                .matches(e -> e.getMessage().matches(java.util.regex.Pattern.quote(file.toString()) + "(:\\d+:\\d+)?: .*"))
                .hasMessageContaining("glossary progress restore")
                .matches(e -> ((GlossaryException) e).exitCode() == 65)
                .matches(e -> !e.getMessage().contains("\n"));
        assertThatThrownBy(() -> s.record("backend", "jwt", review(T0, Rating.GOOD))).isInstanceOf(GlossaryException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static final String GOOD_CARD = "\"state\": \"review\", \"stability\": 8.3, \"difficulty\": 2.1,"
            + " \"due\": \"2026-01-13T10:00:00Z\", \"lastReview\": \"2026-01-05T10:00:00Z\", \"learningSteps\": 0,"
            + " \"reps\": 1, \"lapses\": 0, \"scheduledDays\": 8, \"elapsedDays\": 0";
    private static final String GOOD_REVIEW = "\"at\": \"2026-01-05T10:00:00Z\", \"rating\": \"easy\", \"mode\": \"flip\","
            + " \"ms\": 2100, \"cram\": false";

    private static String file(String card, String review) {
        return "{\"version\": 1, \"decks\": {\"backend\": {\"jwt\": {\"card\": {" + card + "}, \"reviews\": [{"
                + review + "}]}}}}";
    }

    @Test
    void theSampleCardAndReviewOfTheValueTestsAreReadable() throws IOException {
        Files.writeString(home.resolve("progress.json"), file(GOOD_CARD, GOOD_REVIEW));
        assertThat(store(T0).load().card("backend", "jwt").orElseThrow().difficulty()).isEqualTo(2.1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "card.difficulty | \"difficulty\": 2.1 | \"difficulty\": 0.5",
            "card.difficulty | \"difficulty\": 2.1 | \"difficulty\": 11",
            "card.stability | \"stability\": 8.3 | \"stability\": 0",
            "card.stability | \"stability\": 8.3 | \"stability\": -1",
            "card.stability | \"stability\": 8.3 | \"stability\": 1e999",
            "card.state | \"review\" | \"REVIEW \"",
            "card.due | \"2026-01-13T10:00:00Z\" | \"2026-01-01T10:00:00Z\"",
            "card.due | \"2026-01-13T10:00:00Z\" | \"+1000000000-01-01T00:00:00Z\"",
            "card.lastReview | \"lastReview\": \"2026-01-05T10:00:00Z\" | \"lastReview\": null",
            "card.reps | \"reps\": 1 | \"reps\": 99999999999",
            "card.reps | \"reps\": 1 | \"reps\": 1.5",
            "card.lapses | \"lapses\": 0 | \"lapses\": -1",
            "reviews[0].rating | \"easy\" | \"5\"",
            "reviews[0].ms | 2100 | -5",
            "reviews[0].ms | 2100 | 2.5",
            "reviews[0].mode | \"flip\" | \"\\u001b[31mflip\"",
            "reviews[0].at | \"at\": \"2026-01-05T10:00:00Z\" | \"at\": \"1969-12-31T23:59:59Z\"",
            "reviews[0].cram | false | 0"})
    void aValueTheSchedulerCannotUseIsRefusedNamingItsField(String field, String good, String bad) throws IOException {
        Path file = home.resolve("progress.json");
        String content = file(GOOD_CARD, GOOD_REVIEW);
        Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(good),
                java.util.regex.Matcher.quoteReplacement(bad)));
        assertThat(Files.readString(file)).isNotEqualTo(content);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(store(T0)::load)
                .isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith(file + ": decks.backend.jwt." + field + ": ")
                .matches(e -> ((GlossaryException) e).exitCode() == 65)
                .matches(e -> !e.getMessage().contains("\n"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSyntaxErrorIsOnePlainLineWithLineAndColumn() throws IOException {
        Path file = home.resolve("progress.json");
        Files.writeString(file, "{\"version\": 1,\n \"decks\": {\"backend\": {\"jwt\": {\"card\": {\"state\": ");
        assertThatThrownBy(store(T0)::load)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("the file ends in the middle of a value; it looks cut short")
                .hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED").hasMessageNotContaining("[");
    }

    @Test
    void aHugeVersionIsANewerFileNotAJacksonMessage() throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 99999999999, \"decks\": {}}");
        assertThatThrownBy(store(T0)::load)
                .hasMessageContaining("newer glossary (file version 99999999999, this build reads up to 3)")
                .hasMessageNotContaining("out of range of int");
    }

    @Test
    void aBadExportOrBackupGetsAHintThatFitsIt() throws IOException {
        Path bad = home.resolve("other.json");
        Files.writeString(bad, "{\"version\": 1, \"decks\": []}");
        assertThatThrownBy(() -> store(T0).readExport(bad))
                .hasMessage(bad + ": decks: expected an object. Nothing was imported; import a file written by:"
                        + " glossary progress export FILE");
        store(T0).record("backend", "a", review(T0, Rating.GOOD));
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        JsonProgressStore s = store(tomorrow);
        s.record("backend", "b", review(tomorrow, Rating.GOOD));
        Path backup = s.backups().get(0);
        Files.writeString(backup, "{");
        byte[] before = Files.readAllBytes(s.file());
        assertThatThrownBy(() -> s.restore(backup))
                .hasMessageStartingWith(backup + ":1:")
                .hasMessageEndingWith("The progress file was not changed; pick another backup from:"
                        + " glossary progress restore --list")
                .hasMessageNotContaining("mv ");
        assertThat(Files.readAllBytes(s.file())).isEqualTo(before);
    }

    @Test
    void aStoreSeesWhatAnotherWroteAtItsNextRead() {
        JsonProgressStore repl = store(T0);
        assertThat(repl.load().reviewCount()).isZero();
        store(T0).record("backend", "jwt", review(T0, Rating.GOOD));
        assertThat(repl.load().term("backend", "jwt")).isPresent();
    }

    @Test
    void aFileMovedAsideWhileOpenIsWrittenAgainWithEverythingThisStoreHeld() throws IOException {
        JsonProgressStore repl = store(T0);
        repl.record("backend", "jwt", review(T0, Rating.GOOD));
        Path file = home.resolve("progress.json");
        Path moved = home.resolve("moved.json");
        Files.move(file, moved);
        byte[] movedBytes = Files.readAllBytes(moved);
        repl.record("backend", "cqrs", review(T0.plusSeconds(30), Rating.EASY));
        Progress now = store(T0).load();
        assertThat(now.term("backend", "jwt")).isPresent();
        assertThat(now.term("backend", "cqrs")).isPresent();
        assertThat(Files.readAllBytes(moved)).isEqualTo(movedBytes);
    }

    @Test
    void theLockAndTheFileARestoreReplacesAreOwnerOnly() throws IOException {
        store(T0).record("backend", "a", review(T0, Rating.GOOD));
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        JsonProgressStore s = store(tomorrow);
        s.record("backend", "b", review(tomorrow, Rating.GOOD));
        Path kept = s.restore(s.backups().get(0));
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(home.resolve("progress.lock"))).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(ownerOnly);
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
        assertThat(s.readExport(kept).reviewCount()).isEqualTo(2);
    }

    @Test
    void exportThenMergeIntoAnotherHomeKeepsEverything(@TempDir Path other) throws IOException {
        store(T0).record("backend", "a", review(T0, Rating.GOOD));
        Path export = other.resolve("export.json");
        Files.write(export, JsonProgressStore.encode(store(T0).load()));
        JsonProgressStore there = new JsonProgressStore(new LearnerFiles(other.resolve("home")),
                () -> new CardReplayer(new Scheduler(FsrsParameters.defaults())), Clock.fixed(T0, ZoneOffset.UTC));
        there.record("backend", "b", review(T0, Rating.EASY));
        there.mergeIn(there.readExport(export));
        assertThat(there.load().reviewCount()).isEqualTo(2);
    }
}
