package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study loop's commands through the real command line: undo, suspend and unsuspend, bury, leeches, the
 * settings new-order, leech-lapses and deck, why --json, and the marks show, browse and stats give.
 */
class StudyLoopCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private Cli at(Duration later) {
        return new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), later));
    }

    private void flip(Duration later, String term, String rating) {
        Cli.Result r = at(later).stdin(rating + "\n").run("quiz", "--term", term, "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    private JsonNode term(String id) throws IOException {
        return JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend").get(id);
    }

    @Test
    void undoTakesBackTheLastAnswerOfTheDeckSaysWhichAndWalksBackFurther() throws IOException {
        flip(Duration.ZERO, "Idempotency", "3");
        flip(Duration.ofMinutes(1), "JWT", "1");

        Cli.Result first = at(Duration.ofMinutes(2)).run("undo");
        Cli.Result second = at(Duration.ofMinutes(3)).run("undo");
        Cli.Result third = at(Duration.ofMinutes(4)).run("undo");

        assertThat(first.out()).startsWith("Took back your answer to JWT (JSON Web Token): flip, rated again, at"
                + " 2026-03-02 09:01.");
        assertThat(second.out()).startsWith("Took back your answer to Idempotency: flip, rated good");
        assertThat(third.exitCode()).isEqualTo(1);
        assertThat(third.err()).isEqualTo("glossary: nothing to undo: deck backend has no answers logged\n");
        assertThat(term("jwt").get("reviews")).isEmpty();
        assertThat(term("jwt").get("card").get("state").asText()).isEqualTo("new");
        assertThat(term("jwt").get("undone")).hasSize(1);
    }

    @Test
    void anUndoneAnswerStaysUndoneAfterImportingAnExportThatHeldIt(@TempDir Path elsewhere) throws IOException {
        flip(Duration.ZERO, "Idempotency", "3");
        Path export = elsewhere.resolve("p.json");
        assertThat(at(Duration.ofMinutes(1)).run("progress", "export", export.toString()).exitCode()).isZero();
        at(Duration.ofMinutes(2)).run("undo");

        Cli.Result imported = at(Duration.ofMinutes(3)).run("progress", "import", export.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(term("idempotency").get("reviews")).isEmpty();
    }

    @Test
    void aSuspendedTermIsNeitherDueNorQuizzedAndIsMarkedEverywhere() throws IOException {
        flip(Duration.ZERO, "Idempotency", "1");
        Cli.Result suspended = at(Duration.ofMinutes(1)).run("suspend", "Idempotency");
        assertThat(suspended.out()).startsWith("Suspended Idempotency: left out of quizzes and of what is due;");

        Cli later = at(Duration.ofHours(1));
        assertThat(later.run("due", "--count").out().trim()).isEqualTo("0");
        Cli.Result quiz = later.run("quiz", "--term", "Idempotency");
        assertThat(quiz.err().replace("\n", " ")).contains("Idempotency is suspended, so it is not asked; bring it back with: glossary"
                + " unsuspend Idempotency");
        assertThat(quiz.out()).startsWith("Nothing to ask: that term is suspended.");
        assertThat(later.run("show", "Idempotency").out()).contains("Progress: learning").contains("suspended");
        assertThat(JSON.readTree(later.run("show", "Idempotency", "--json").out()).get("suspended").asBoolean()).isTrue();
        assertThat(JSON.readTree(later.run("search", "idempotency", "--json").out()).get(0).get("suspended").asBoolean())
                .isTrue();
        assertThat(later.run("browse", "--level", "intermediate").out()).containsPattern("Idempotency +suspended");
        assertThat(JSON.readTree(later.run("stats", "--json").out()).get("suspended").asInt()).isEqualTo(1);
        assertThat(later.run("why", "Idempotency").out()).contains("Suspended: left out of quizzes");
        assertThat(JSON.readTree(later.run("why", "Idempotency", "--json").out()).get("suspended").asBoolean()).isTrue();

        at(Duration.ofHours(2)).run("unsuspend", "Idempotency");
        assertThat(at(Duration.ofHours(2)).run("due", "--count").out().trim()).isEqualTo("1");
        assertThat(term("idempotency").get("reviews")).hasSize(1);
    }

    @Test
    void severalTermsAreSuspendedAtOnceAndANameOfSeveralWordsNeedsNoQuotes() throws IOException {
        assertThat(new Cli(home).run("suspend", "jwt", "Webhook").exitCode()).isZero();
        assertThat(new Cli(home).run("suspend", "rate", "limiting").exitCode()).isZero();
        assertThat(term("jwt").get("suspended").get("value").asBoolean()).isTrue();
        assertThat(term("webhook").get("suspended").get("value").asBoolean()).isTrue();
        assertThat(term("rate-limiting").get("suspended").get("value").asBoolean()).isTrue();
        Cli.Result unknown = new Cli(home).run("suspend", "jwt", "nonsuch");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("glossary: no term \"nonsuch\" in deck backend");
    }

    @Test
    void aBuriedTermWaitsUntilTomorrow() throws IOException {
        flip(Duration.ZERO, "Idempotency", "1");
        assertThat(at(Duration.ofMinutes(1)).run("bury", "Idempotency").out())
                .isEqualTo("Buried Idempotency until tomorrow.\n");

        assertThat(at(Duration.ofHours(2)).run("due", "--count").out().trim()).isEqualTo("0");
        assertThat(at(Duration.ofHours(2)).run("show", "Idempotency").out()).contains("buried until tomorrow");
        // Cli.NOW is 09:00 UTC: tomorrow starts in 15 hours.
        assertThat(at(Duration.ofHours(15)).run("due", "--count").out().trim()).isEqualTo("1");
        assertThat(term("idempotency").get("buried").get("until").asText()).isEqualTo("2026-03-03T00:00:00Z");
    }

    @Test
    void aLeechIsMarkedListedCountedAndTheQuizSuggestsReadingItsRelatedTerms() throws IOException {
        flip(Duration.ZERO, "Idempotency", "4");
        for (int day = 1; day <= 5; day++) {
            flip(Duration.ofDays(day * 40L), "Idempotency", "1");
            flip(Duration.ofDays(day * 40L).plusMinutes(15), "Idempotency", "4");
        }
        Cli.Result sixth = at(Duration.ofDays(240)).stdin("1\n4\n").run("quiz", "--term", "Idempotency", "--mode",
                "flip");
        assertThat(term("idempotency").get("card").get("lapses").asInt()).isEqualTo(6);
        assertThat(sixth.err().replaceAll("\\s+", " ")).contains("Hard term: Idempotency has lapsed 6 times. Reading it beside its related"
                + " terms (Idempotency Key, PUT, GET, Exactly-Once Delivery, …) often helps: glossary show Idempotency");

        Cli later = at(Duration.ofDays(241));
        assertThat(later.run("browse", "--leeches").out()).containsPattern("Idempotency +leech")
                .doesNotContain("JWT");
        assertThat(later.run("show", "Idempotency").out()).contains("6 lapses").contains("a leech");
        assertThat(later.run("why", "Idempotency").out()).contains("A leech: 6 lapses (6 make one).");
        assertThat(JSON.readTree(later.run("why", "Idempotency", "--json").out()).get("leech").asBoolean()).isTrue();
        assertThat(JSON.readTree(later.run("stats", "--json").out()).get("leeches").asInt()).isEqualTo(1);
        assertThat(later.run("stats").out()).contains("Leeches: 1 (glossary browse --leeches)");

        assertThat(new Cli(home).run("config", "leech-lapses", "7").exitCode()).isZero();
        assertThat(later.run("browse", "--leeches").out()).startsWith("No leeches: no term has lapsed 7 times or more.");
    }

    @Test
    void whyJsonHasTheLogStateStabilityDifficultyRecallOddsAndDue() throws IOException {
        flip(Duration.ZERO, "JWT", "3");
        JsonNode why = JSON.readTree(at(Duration.ofMinutes(5)).run("why", "jwt", "--json").out());
        assertThat(why.get("id").asText()).isEqualTo("jwt");
        assertThat(why.get("reviews")).hasSize(1);
        assertThat(why.get("reviews").get(0).get("rating").asText()).isEqualTo("good");
        assertThat(why.get("state").asText()).isEqualTo("learning");
        assertThat(why.get("stability").asDouble()).isPositive();
        assertThat(why.get("difficulty").asDouble()).isBetween(1.0, 10.0);
        assertThat(why.get("recallNow").asDouble()).isBetween(0.0, 1.0);
        assertThat(why.get("due").asText()).isEqualTo("2026-03-02T09:10:00Z");
        assertThat(why.get("suspended").asBoolean()).isFalse();
        assertThat(why.get("leech").asBoolean()).isFalse();
        JsonNode fresh = JSON.readTree(new Cli(home).run("why", "webhook", "--json").out());
        assertThat(fresh.get("state").asText()).isEqualTo("new");
        assertThat(fresh.get("due").isNull()).isTrue();
    }

    @Test
    void newOrderLeechLapsesAndDeckAreSettingsCheckedWithOneLine() throws IOException {
        assertThat(new Cli(home).run("config", "new-order", "deck").out()).isEqualTo("new-order = deck\n");
        assertThat(new Cli(home).run("config", "new-order").out()).isEqualTo("deck\n");
        Cli.Result badOrder = new Cli(home).run("config", "new-order", "alphabetical");
        assertThat(badOrder.exitCode()).isEqualTo(2);
        assertThat(badOrder.err()).isEqualTo("glossary: new-order: \"alphabetical\" is not level, deck or random\n");
        Cli.Result badLapses = new Cli(home).run("config", "leech-lapses", "0");
        assertThat(badLapses.exitCode()).isEqualTo(2);
        assertThat(badLapses.err()).isEqualTo("glossary: leech-lapses: a leech has 1 to 999 lapses, not 0\n");
        Cli.Result badDeck = new Cli(home).run("config", "deck", "no-such-deck");
        assertThat(badDeck.exitCode()).isEqualTo(2);
        assertThat(badDeck.err()).startsWith("glossary: deck: no-such-deck: no such deck file or installed deck");
        assertThat(Files.readString(home.resolve("config.json"))).contains("\"newOrder\" : \"deck\"")
                .doesNotContain("\"deck\" :");
        assertThat(new Cli(home).run("config").out()).contains("new-order         deck")
                .contains("leech-lapses      6").contains("deck              none (the bundled deck)");
    }

    @Test
    void aDefaultDeckIsUsedByEveryCommandGivenNoDeck() throws IOException {
        Path deck = home.resolve("course.json");
        Files.writeString(deck, "{\"format\": 1, \"id\": \"course\", \"name\": \"My Course\", \"terms\": ["
                + "{\"id\": \"alpha\", \"term\": \"Alpha\", \"level\": \"beginner\", \"definition\": \"The first letter"
                + " of the Greek alphabet, used for the first of many things.\"}]}");
        assertThat(new Cli(home).run("deck", "install", deck.toString()).exitCode()).isZero();

        Cli.Result set = new Cli(home).run("config", "deck", "course");
        assertThat(set.out()).isEqualTo("deck = course\n");

        assertThat(new Cli(home).run("show", "alpha").out()).startsWith("Alpha  beginner");
        assertThat(new Cli(home).run("show", "jwt", "--deck", "backend").exitCode()).isZero();
        assertThat(new Cli(home).run("config", "deck", "none").out()).isEqualTo("deck = none (the bundled deck)\n");
        assertThat(new Cli(home).run("show", "jwt").exitCode()).isZero();
    }

    @Test
    void statsFitsAFortyColumnTerminalAndItsHeatmapHasALegend() {
        flip(Duration.ZERO, "Idempotency", "4");
        flip(Duration.ofDays(9), "Idempotency", "3");
        flip(Duration.ofDays(9), "JWT", "1");
        for (int width : new int[] {40, 60}) {
            Cli.Result r = at(Duration.ofDays(10)).screen(new Screen(width, false, true)).run("stats");
            assertThat(r.out().lines()).as(r.out()).allSatisfy(line ->
                    assertThat(Wrap.cells(line)).as(line).isLessThanOrEqualTo(width));
            assertThat(r.out()).contains("· none  ░▒▓█ more; 2 a day at most").contains("Mar").contains("Mon");
        }
    }

    @Test
    void whyFitsAFortyColumnTerminalWithItsCramNoteOnALineOfItsOwn() {
        flip(Duration.ZERO, "Idempotency", "3");
        Cli.Result cram = at(Duration.ofMinutes(1)).stdin("3\n").run("quiz", "--term", "Idempotency", "--mode", "flip",
                "--cram");
        assertThat(cram.exitCode()).as(cram.toString()).isZero();

        Cli.Result narrow = at(Duration.ofMinutes(2)).screen(new Screen(40, false, true)).run("why", "Idempotency");
        Cli.Result wide = at(Duration.ofMinutes(2)).screen(new Screen(80, false, true)).run("why", "Idempotency");

        assertThat(narrow.out().lines()).as(narrow.out()).allSatisfy(line ->
                assertThat(Wrap.cells(line)).as(line).isLessThanOrEqualTo(40));
        assertThat(narrow.out()).contains("\n  2026-03-02 09:00 good  flip    0.0 s\n")
                .contains("\n    (cram: not scheduled)\n").contains("State: learning, 1 review, 0 lapses");
        assertThat(wide.out()).contains("\n    2026-03-02 09:00  good  flip       0.0 s\n")
                .contains("flip       0.0 s  (cram: not scheduled)\n");
    }
}
