package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.quiz.Ladder;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Piped one-shot quiz sessions through the real command line. */
class QuizCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private JsonNode json(Cli.Result r) throws IOException {
        return JSON.readTree(r.out());
    }

    private int reviews() throws IOException {
        JsonNode p = JSON.readTree(home.resolve("progress.json").toFile());
        int n = 0;
        for (JsonNode deck : p.get("decks")) {
            for (JsonNode term : deck) {
                n += term.get("reviews").size();
            }
        }
        return n;
    }

    @Test
    void aTypedAnswerIsGradedSavedAndReportedAsJson() throws IOException {
        Cli.Result r = new Cli(home).stdin("idempotency\njson web token\n")
                .run("quiz", "--term", "Idempotency", "--term", "jwt", "--mode", "typed", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = json(r);
        assertThat(doc.get("results")).hasSize(2);
        assertThat(doc.get("results").get(0).get("term").asText()).isEqualTo("Idempotency");
        assertThat(doc.get("results").get(0).get("correct").asBoolean()).isTrue();
        assertThat(doc.get("results").get(0).get("mode").asText()).isEqualTo("typed");
        assertThat(doc.get("results").get(0).get("rating").asText()).isEqualTo("good");
        assertThat(doc.get("results").get(1).get("id").asText()).isEqualTo("jwt");
        assertThat(doc.get("correct").asInt()).isEqualTo(2);
        assertThat(doc.get("total").asInt()).isEqualTo(2);
        assertThat(r.err()).contains("Type the term:");
        assertThat(reviews()).isEqualTo(2);
    }

    @Test
    void aWrongAnswerComesBackUntilRightAndCountsAsAMiss() throws IOException {
        Cli.Result r = new Cli(home).stdin("rate limiting\nidempotency\n")
                .run("quiz", "--term", "Idempotency", "--mode", "typed", "--json");
        JsonNode doc = json(r);
        assertThat(doc.get("results")).hasSize(2);
        assertThat(doc.get("results").get(0).get("correct").asBoolean()).isFalse();
        assertThat(doc.get("results").get(0).get("rating").asText()).isEqualTo("again");
        assertThat(doc.get("results").get(1).get("correct").asBoolean()).isTrue();
        assertThat(doc.get("correct").asInt()).isZero();
        assertThat(doc.get("total").asInt()).isEqualTo(1);
        assertThat(reviews()).isEqualTo(2);
    }

    @Test
    void theLevelFilterIsHonoured() throws IOException {
        Cli.Result r = new Cli(home).stdin("1\n2\n3\n4\n1\n2\n3\n4\n1\n2\n3\n4\n1\n2\n3\n4\n")
                .run("quiz", "--level", "advanced", "--mode", "choice", "--count", "4", "--seed", "11", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        var deck = DeckSource.bundled();
        assertThat(json(r).get("results")).isNotEmpty();
        for (JsonNode result : json(r).get("results")) {
            assertThat(deck.byId(result.get("id").asText()).orElseThrow().level().id()).isEqualTo("advanced");
        }
    }

    @Test
    void theSameSeedAsksTheSameTermsWithTheSameOptions() {
        String answers = "1\n".repeat(20);
        Cli.Result a = new Cli(home.resolve("a")).stdin(answers).run("quiz", "--mode", "choice", "--count", "3", "--seed", "5");
        Cli.Result b = new Cli(home.resolve("b")).stdin(answers).run("quiz", "--mode", "choice", "--count", "3", "--seed", "5");
        assertThat(a.err()).isEqualTo(b.err()).contains("Which term is this?");
    }

    @Test
    void aTwinsNameIsRightAndTheLearnerIsToldTheTwoAreTheSame() {
        Cli.Result r = new Cli(home).stdin("scheduled task\nmiddleware\n")
                .run("quiz", "--term", "Cron Job", "--term", "Server Middleware", "--mode", "typed");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out() + r.err()).contains("✓ Right — Cron Job, the same as Scheduled Task")
                .contains("✗ Not quite — it was Server Middleware");
        assertThat(r.out()).contains("Score: 1/2");
    }

    @Test
    void endOfPipedInputEndsEarlyKeepsAnswersAndStillSummarises() throws IOException {
        Cli.Result r = new Cli(home).stdin("idempotency\n")
                .run("quiz", "--term", "Idempotency", "--term", "JWT", "--mode", "typed");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Score: 1/1").doesNotContain("Type the term:");
        assertThat(r.err()).contains("Type the term:").doesNotContain("Score:");
        assertThat(reviews()).isEqualTo(1);
    }

    @Test
    void aScoreBelowThePassMarkExitsWithOne() {
        Cli.Result r = new Cli(home).stdin("wrong\nidempotency\n")
                .run("quiz", "--term", "Idempotency", "--mode", "typed", "--pass-mark", "80", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        Cli.Result pass = new Cli(home.resolve("other")).stdin("idempotency\n")
                .run("quiz", "--term", "Idempotency", "--mode", "typed", "--pass-mark", "80");
        assertThat(pass.exitCode()).isZero();
    }

    @Test
    void flipModeReadsARatingAndShowsIntervals() throws IOException {
        Cli.Result r = new Cli(home).stdin("\n3\n").run("quiz", "--term", "Token Bucket", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("1 again (1m)").contains("2 hard (6m)").contains("3 good (10m)")
                .containsPattern("4 easy \\(([6-9]|10)d\\)");
        assertThat(reviews()).isEqualTo(1);
    }

    @Test
    void whenNothingIsDueItSaysWhenAndOffersCram() {
        Cli.Result quiz = new Cli(home).stdin("\n4\n").run("quiz", "--term", "Token Bucket", "--mode", "flip");
        var label = java.util.regex.Pattern.compile("4 easy \\((\\d+d)\\)").matcher(quiz.err());
        assertThat(label.find()).as(quiz.err()).isTrue();
        Cli.Result r = new Cli(home).run("review");
        assertThat(r.out()).contains("Nothing is due.").contains("next term is due in " + label.group(1))
                .contains("--cram");
    }

    @Test
    void theIntervalOnEachRatingKeyIsTheOneItGives() {
        Cli.Result quiz = new Cli(home).stdin("\n4\n").run("quiz", "--term", "Token Bucket", "--mode", "flip");
        var label = java.util.regex.Pattern.compile("4 easy \\((\\d+d)\\)").matcher(quiz.err());
        assertThat(label.find()).isTrue();
        assertThat(quiz.err()).contains("Rated easy · next review in " + label.group(1));
    }

    @Test
    void cramAnswersAreLoggedButLeaveTheScheduleAlone() throws IOException {
        new Cli(home).stdin("\n4\n").run("quiz", "--term", "Token Bucket", "--mode", "flip");
        String before = JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend")
                .get("token-bucket").get("card").toString();
        Cli.Result r = new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofHours(1)))
                .stdin("\n1\n").run("review", "--cram", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode term = JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend").get("token-bucket");
        assertThat(term.get("card").toString()).isEqualTo(before);
        assertThat(term.get("reviews")).hasSize(2);
        assertThat(term.get("reviews").get(1).get("cram").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTermNameIsAClearError() {
        Cli.Result r = new Cli(home).run("quiz", "--term", "Nonexistent Thing");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("glossary: no term named \"Nonexistent Thing\"");
    }

    @Test
    void aBadModeIsAUsageError() {
        Cli.Result r = new Cli(home).run("quiz", "--mode", "telepathy");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'telepathy' is not a mode");
    }

    @Test
    void newTermsAreCappedByTheDailyLimit() throws IOException {
        Files.writeString(home.resolve("config.json"), "{\"newPerDay\": 2}");
        Cli.Result r = new Cli(home).stdin("1\n".repeat(20)).run("quiz", "--mode", "choice", "--json");
        assertThat(json(r).get("total").asInt()).isEqualTo(2);
        Cli.Result again = new Cli(home).stdin("1\n".repeat(20)).run("quiz", "--mode", "choice", "--json");
        assertThat(json(again).get("total").asInt()).isZero();
    }

    @Test
    void aTermFailedTwiceAndThenRightIsGoodNotEasy() throws IOException {
        Cli.Result r = new Cli(home).stdin("wrong\nwrong again\nidempotency\n")
                .run("quiz", "--term", "Idempotency", "--mode", "typed", "--json");
        assertThat(json(r).get("results")).extracting(n -> n.get("rating").asText())
                .containsExactly("again", "again", "good");
    }

    @Test
    void aPipedAnswerNeverEarnsEasyEvenOnAGraduatedTerm() throws IOException {
        // Rated easy twice in flip mode, the card is in long-term review; months later the pipe answers at once.
        new Cli(home).stdin("\n4\n").run("quiz", "--term", "Idempotency", "--mode", "flip");
        new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofDays(30)))
                .stdin("\n4\n").run("quiz", "--term", "Idempotency", "--mode", "flip");
        Cli.Result later = new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofDays(400)))
                .stdin("idempotency\n").run("quiz", "--term", "Idempotency", "--mode", "typed", "--json");
        assertThat(json(later).get("results").get(0).get("rating").asText()).isEqualTo("good");
    }

    @Test
    void theCountCapsASessionOfNamedTerms() throws IOException {
        Cli.Result r = new Cli(home).stdin("idempotency\njwt\nredis\n")
                .run("quiz", "--term", "Idempotency", "--term", "JWT", "--term", "Redis", "--mode", "typed",
                        "--count", "2", "--json");
        assertThat(json(r).get("results")).extracting(n -> n.get("id").asText()).containsExactly("idempotency", "jwt");
    }

    @Test
    void noAnswersNeverReachAPassMarkAndHaveNoPercentage() throws IOException {
        Cli.Result r = new Cli(home).run("quiz", "--term", "Idempotency", "--mode", "typed", "--pass-mark", "50",
                "--json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(json(r).get("answers").asInt()).isZero();
        assertThat(json(r).get("percent").isNull()).isTrue();
        assertThat(json(r).get("endedEarly").asBoolean()).isTrue();

        Cli.Result nothing = new Cli(home).run("review", "--pass-mark", "0");
        assertThat(nothing.exitCode()).as(nothing.toString()).isEqualTo(1);
    }

    @Test
    void theJsonDocumentHasTheSameFieldsWhenThereIsNothingToAsk() throws IOException {
        JsonNode session = json(new Cli(home).stdin("idempotency\n")
                .run("quiz", "--term", "Idempotency", "--mode", "typed", "--json"));
        JsonNode nothing = json(new Cli(home).run("review", "--json"));
        List<String> sessionFields = new ArrayList<>();
        session.fieldNames().forEachRemaining(sessionFields::add);
        List<String> nothingFields = new ArrayList<>();
        nothing.fieldNames().forEachRemaining(nothingFields::add);

        assertThat(nothingFields).isEqualTo(sessionFields).contains("answers", "percent", "endedEarly", "byLevel",
                "message", "nextDue");
        assertThat(nothing.get("message").asText()).startsWith("Nothing is due.");
        assertThat(nothing.get("nextDue").asText()).isEqualTo(Cli.NOW.plus(Duration.ofMinutes(10)).toString());
        assertThat(session.get("nextDue").asText()).isEqualTo(Cli.NOW.plus(Duration.ofMinutes(10)).toString());
    }

    @Test
    void aNegativeNewLimitIsAUsageError() {
        Cli.Result r = new Cli(home).run("quiz", "--new", "-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--new must be 0 or more");
    }

    @Test
    void aTagNoTermHasIsAFailureThatListsTheTags() {
        Cli.Result r = new Cli(home).run("quiz", "--tag", "nosuchtag");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("glossary: no term of deck backend has the tag \"nosuchtag\"; its tags: ")
                .contains("databases").doesNotContain("Nothing due");
    }

    @Test
    void cramWithNothingToPractiseDoesNotSuggestCramAgain() {
        Cli.Result r = new Cli(home).run("quiz", "--cram", "--new", "0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Nothing to practise").doesNotContain("Practise anyway")
                .contains("quiz --cram --new 10");
    }

    @Test
    void pipedFlipTakesOneRatingPerLineWithOrWithoutABlankLineFirst() throws IOException {
        Cli.Result r = new Cli(home).stdin("3\n\n4\n1\n").run("quiz", "--mode", "flip", "--count", "3", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(json(r).get("results")).extracting(n -> n.get("rating").asText()).containsExactly("good", "easy", "again");
        assertThat(reviews()).isEqualTo(3);
    }

    @Test
    void aWrongTypedAnswerGetsADiffOnlyWhenItIsANearMiss() {
        Cli.Result far = new Cli(home).stdin("circut braker\nactix\n").run("quiz", "--term", "Actix", "--mode", "typed");
        assertThat(far.err()).contains("✗ Not quite — it was Actix").doesNotContain("[-").doesNotContain("[+");
        Cli.Result near = new Cli(home.resolve("near")).stdin("actiks\nactix\n")
                .run("quiz", "--term", "Actix", "--mode", "typed");
        assertThat(near.err()).contains("✗ Not quite — it was Actix\n  Acti[-ks][+x]\n");
    }

    @Test
    void aMissedTermComesBackWithItsAnswerUnderAnotherKey() {
        int comeBacks = 0;
        for (int seed = 0; seed < 16; seed++) {
            Cli.Result r = new Cli(home.resolve("s" + seed)).stdin("a\n")
                    .run("quiz", "--term", "Idempotency", "--mode", "choice", "--seed", String.valueOf(seed));
            var keys = java.util.regex.Pattern.compile("  (\\d)\\) Idempotency\\R").matcher(r.err());
            assertThat(keys.find()).as(r.err()).isTrue();
            String first = keys.group(1);
            if (first.equals("1")) {
                continue;
            }
            assertThat(keys.find()).as("the missed term comes back: " + r.err()).isTrue();
            assertThat(keys.group(1)).as("seed " + seed).isNotEqualTo(first);
            comeBacks++;
        }
        assertThat(comeBacks).isGreaterThan(5);
    }

    @Test
    void aChoiceQuestionOffersLettersTooAndShowsTheDefinitionOnce() {
        // Where the seed puts the answer, from a first run that gives none; then its letter, in a fresh home.
        String asked = new Cli(home.resolve("first")).stdin("").run("quiz", "--term", "Uvicorn", "--mode", "choice",
                "--seed", "2").err();
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("(?m)^  (\\d)\\) Uvicorn$").matcher(asked);
        assertThat(option.find()).as(asked).isTrue();
        String letter = String.valueOf((char) ('a' + Integer.parseInt(option.group(1)) - 1));
        Cli.Result r = new Cli(home).stdin(letter + "\n").run("quiz", "--term", "Uvicorn", "--mode", "choice", "--seed", "2");
        assertThat(r.err()).contains("Your answer (1-4 or a-d): ").contains("✓ Right — Uvicorn");
        assertThat(r.err().substring(r.err().indexOf("✓ Right"))).doesNotContain("fast ASGI web server for Python");
    }

    @Test
    void whyAfterCrammingANewTermSaysItIsNotScheduledYet() {
        Cli.Result cram = new Cli(home).stdin("\n3\n").run("quiz", "--term", "Idempotency", "--mode", "flip", "--cram");
        assertThat(cram.exitCode()).as(cram.toString()).isZero();
        Cli.Result why = new Cli(home).run("why", "Idempotency");
        assertThat(why.out()).contains("(cram: not scheduled)").contains("Not scheduled yet: cram practice only")
                .doesNotContain("interval");
    }

    @Test
    void onPipedInputANewTermIsIntroducedOnStderrAndTakesNoLineOfInput() throws IOException {
        Cli.Result r = new Cli(home).stdin("idempotency\n").run("quiz", "--term", "Idempotency", "--mode", "typed",
                "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("New term · intermediate\nIdempotency\n").contains("[1/1] new · intermediate · typed");
        assertThat(r.err().indexOf("New term")).isLessThan(r.err().indexOf("Type the term:"));
        assertThat(json(r).get("results").get(0).get("correct").asBoolean()).isTrue();
        assertThat(r.out()).doesNotContain("New term");
    }

    @Test
    void newTermsComeBeginnerFirstByDefaultAndInDeckOrderWhenSet() throws IOException {
        Cli.Result byLevel = new Cli(home).stdin("1\n".repeat(20)).run("quiz", "--mode", "flip", "--count", "6",
                "--json");
        assertThat(json(byLevel).get("results")).extracting(n -> n.get("id").asText())
                .allSatisfy(id -> assertThat(DeckSource.bundled().byId(id).orElseThrow().level().id()).isEqualTo("beginner"));

        Path other = home.resolve("deck-order");
        new Cli(other).run("config", "new-order", "deck");
        // Five: the sixth in deck order, 403, is a close term of 401 (whose definition names it) and waits.
        Cli.Result byDeck = new Cli(other).stdin("3\n".repeat(5)).run("quiz", "--mode", "flip", "--count", "5",
                "--json");
        // Deck order, each term after the terms it builds on (the ladder): 200's definition names Body.
        List<String> deckOrder = new Ladder(DeckSource.bundled()).order(DeckSource.bundled().terms()).stream()
                .map(t -> t.id()).limit(5).toList();
        List<String> asked = new ArrayList<>();
        json(byDeck).get("results").forEach(n -> asked.add(n.get("id").asText()));
        assertThat(asked).containsExactlyElementsOf(deckOrder);
        assertThat(asked.indexOf("body")).isLessThan(asked.indexOf("200"));
        assertThat(DeckSource.bundled().terms().stream().map(t -> t.id()).toList().indexOf("body"))
                .as("in the deck itself, Body comes later").isGreaterThan(DeckSource.bundled().terms().stream()
                        .map(t -> t.id()).toList().indexOf("200"));
    }

    @Test
    void aHeaderBeforeTheFirstCardSaysWhatIsDueWhatIsNewAndHowLong() {
        Cli.Result r = new Cli(home).stdin("3\n".repeat(3)).run("quiz", "--mode", "flip", "--count", "3");
        assertThat(r.err()).startsWith("3 new · about 2 min\n");
    }

    @Test
    void whenTodaysNewTermsAreDoneTheQuizSaysSoAndNamesTheWaysToMore() {
        new Cli(home).run("config", "new-per-day", "2");
        new Cli(home).stdin("3\n3\n").run("quiz", "--mode", "flip");
        Cli.Result none = new Cli(home).run("quiz", "--mode", "flip");
        assertThat(none.out().replace("\n", " ")).contains("Today's 2 new terms are done; for more: glossary quiz"
                + " --new 10, or every day: glossary config new-per-day 12.");

        Cli later = new Cli(home).clock(Clock.offset(Clock.fixed(Cli.NOW, ZoneOffset.UTC), Duration.ofMinutes(30)));
        Cli.Result some = later.stdin("3\n3\n").run("quiz", "--mode", "flip");
        assertThat(some.err().replace("\n", " ")).contains("2 due · ").contains("Today's 2 new terms are done");
    }

    @Test
    void cramCanIncludeTermsNeverStudied() throws IOException {
        Cli.Result r = new Cli(home).stdin("3\n3\n3\n").run("quiz", "--cram", "--mode", "flip", "--count", "3",
                "--level", "advanced", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(json(r).get("results")).hasSize(3);
        assertThat(r.err()).contains("3 new · ").contains("cram: the schedule is left alone")
                .doesNotContain("again (").doesNotContain("next review");
    }

    @Test
    void aWrongChoiceNamesThePickedTermInTheResultsAndShowsItBesideTheRightOne() throws IOException {
        String asked = new Cli(home.resolve("probe")).stdin("").run("quiz", "--term", "401", "--mode", "choice",
                "--seed", "4").err();
        var m = java.util.regex.Pattern.compile("(?m)^  (\\d)\\) (.+)$").matcher(asked);
        String wrongKey = null;
        String wrongName = null;
        while (m.find()) {
            if (!m.group(2).equals("401")) {
                wrongKey = m.group(1);
                wrongName = m.group(2);
                break;
            }
        }
        Cli.Result r = new Cli(home).stdin(wrongKey + "\n").run("quiz", "--term", "401", "--mode", "choice", "--seed",
                "4", "--json");

        JsonNode result = json(r).get("results").get(0);
        assertThat(result.get("correct").asBoolean()).isFalse();
        String wrongId = DeckSource.bundled().byName(wrongName).orElseThrow().id();
        assertThat(result.get("confusedWith").asText()).isEqualTo(wrongId);
        assertThat(r.err()).contains("You answered " + wrongName + ":").contains("Tell them apart: 401 — ");
    }

    @Test
    void aTypedAnswerThatIsAnotherTermNamesIt() throws IOException {
        Cli.Result r = new Cli(home).stdin("leaky bucket\ntoken bucket\n").run("quiz", "--term", "Token Bucket",
                "--mode", "typed", "--json");
        assertThat(json(r).get("results").get(0).get("confusedWith").asText()).isEqualTo("leaky-bucket");
        assertThat(json(r).get("results").get(1).get("confusedWith").isNull()).isTrue();
    }

    @Test
    void pipedActionsAreLinesTooAndKeepOneLinePerAnswer() throws IOException {
        Cli.Result r = new Cli(home).stdin("rate limiter\n:undo\nrate limiting\n:bury\n").run("quiz", "--term",
                "Rate Limiting", "--term", "JWT", "--mode", "typed", "--json");

        JsonNode results = json(r).get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("correct").asBoolean()).isTrue();
        assertThat(r.err()).contains("Took back your answer to Rate Limiting").contains("Buried JWT (JSON Web Token)");
        JsonNode progress = JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend");
        assertThat(progress.get("rate-limiting").get("reviews")).hasSize(1);
        assertThat(progress.get("rate-limiting").get("undone")).hasSize(1);
        assertThat(progress.get("jwt").get("buried")).isNotNull();
    }

    @Test
    void aTermSuspendedDuringTheQuizSaysSoInItsResults() throws IOException {
        Cli.Result r = new Cli(home).stdin("rate limiter\n:suspend\n").run("quiz", "--term", "Rate Limiting",
                "--mode", "typed", "--json");
        JsonNode result = json(r).get("results").get(0);
        assertThat(result.get("suspended").asBoolean()).as(r.toString()).isTrue();
        assertThat(r.err()).contains("Suspended Rate Limiting");
    }

    @Test
    void aTypedRateLineRatesTheLastAnswerAndAMissReratedGoodDoesNotComeBack() throws IOException {
        Cli.Result r = new Cli(home).stdin("rate limiter\n:rate\n3\njwt\n").run("quiz", "--term", "Rate Limiting",
                "--term", "JWT", "--mode", "typed", "--json");

        JsonNode results = json(r).get("results");
        assertThat(results).as(r.toString()).extracting(n -> n.get("id").asText()).containsExactly("rate-limiting", "jwt");
        assertThat(results.get(0).get("correct").asBoolean()).isFalse();
        assertThat(results.get(0).get("rating").asText()).isEqualTo("good");
        assertThat(r.err()).contains("Rate your last answer (Rate Limiting)").contains("Rated good");
        JsonNode progress = JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend");
        assertThat(progress.get("rate-limiting").get("reviews").get(0).get("rating").asText()).isEqualTo("good");
        assertThat(json(r).get("endedEarly").asBoolean()).isFalse();
    }
}
