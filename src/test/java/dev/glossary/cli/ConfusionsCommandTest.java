package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.store.DeckSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Confusions through the real command line: logged by quiz, listed, explained by why, drilled, reported. */
class ConfusionsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPTION = Pattern.compile("(?m)^  (\\d)\\) (.+)$");

    @TempDir
    Path home;

    /** A clock a second further on at every reading, from {@code days} after {@link Cli#NOW}. */
    private static Clock ticking(long days) {
        Instant start = Cli.NOW.plus(Duration.ofDays(days));
        AtomicLong seconds = new AtomicLong();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusSeconds(seconds.getAndIncrement());
            }
        };
    }

    private Cli cli(long day) {
        return new Cli(home).clock(ticking(day));
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        return JSON.readTree(r.out());
    }

    private JsonNode progress() throws IOException {
        return JSON.readTree(Files.readString(home.resolve("progress.json")));
    }

    /** Token Bucket answered "leaky bucket" (another term's name), then right. */
    private void confuseTokenBucket() {
        assertThat(cli(0).stdin("leaky bucket\ntoken bucket\n").run("quiz", "--term", "Token Bucket", "--mode", "typed")
                .exitCode()).isZero();
    }

    @Test
    void aTypedAnswerThatIsAnotherTermIsKeptOnItsReviewListedAndExplained() throws IOException {
        confuseTokenBucket();

        JsonNode reviews = progress().get("decks").get("backend").get("token-bucket").get("reviews");
        assertThat(reviews.get(0).get("confusedWith").asText()).isEqualTo("leaky-bucket");
        assertThat(reviews.get(1).has("confusedWith")).isFalse();
        assertThat(progress().get("version").asInt()).isEqualTo(3);

        Cli.Result list = cli(0).run("confusions");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("You mixed up 1 pair of terms").contains("1  Leaky Bucket / Token Bucket")
                .contains("once · last ").contains("(typed) · right once since")
                .contains("Drill it: glossary quiz --confusions");
        JsonNode pair = json(cli(0).run("confusions", "--json")).get(0);
        assertThat(pair.get("terms").findValuesAsText("id")).containsExactly("leaky-bucket", "token-bucket");
        assertThat(pair.get("times").asInt()).isEqualTo(1);
        assertThat(pair.get("resolvedSince").asInt()).isEqualTo(1);
        assertThat(pair.get("settled").asBoolean()).isFalse();

        assertThat(cli(0).run("why", "Token Bucket").out()).contains("Confused with: Leaky Bucket (once)");
        assertThat(cli(0).run("why", "Leaky Bucket").out()).contains("Confused with: Token Bucket (once)");
        JsonNode why = json(cli(0).run("why", "Token Bucket", "--json"));
        assertThat(why.get("confusions").get(0).get("id").asText()).isEqualTo("leaky-bucket");
        assertThat(why.get("confusions").get(0).get("times").asInt()).isEqualTo(1);
        assertThat(why.get("reviews").get(0).get("confusedWith").asText()).isEqualTo("leaky-bucket");
        assertThat(why.get("reviews").get(1).get("confusedWith").isNull()).isTrue();
    }

    @Test
    void aTwinsNameIsRightAndNoConfusion() throws IOException {
        Cli.Result r = cli(0).stdin("scheduled task\n").run("quiz", "--term", "Cron Job", "--mode", "typed", "--json");

        JsonNode result = json(r).get("results").get(0);
        assertThat(result.get("correct").asBoolean()).isTrue();
        assertThat(result.get("confusedWith").isNull()).isTrue();
        assertThat(progress().get("decks").get("backend").get("cron-job").get("reviews").get(0).has("confusedWith"))
                .isFalse();
        assertThat(json(cli(0).run("confusions", "--json"))).isEmpty();
    }

    @Test
    void aConfusionLoggedBeforeTheDeckMadeTheTwoTwinsIsNotListed() throws IOException {
        Files.writeString(home.resolve("progress.json"), """
                {"version": 3, "decks": {"backend": {"cron-job": {"card": {"state": "new", "stability": 0,
                 "difficulty": 0, "due": "2026-03-01T09:00:00Z", "learningSteps": 0, "reps": 0, "lapses": 0,
                 "scheduledDays": 0, "elapsedDays": 0},
                 "reviews": [{"at": "2026-03-01T09:00:00Z", "rating": "again", "mode": "choice", "ms": 900,
                  "cram": true, "confusedWith": "scheduled-task"}]}}}}
                """);
        assertThat(json(cli(0).run("confusions", "--json"))).isEmpty();
        assertThat(cli(0).run("why", "Cron Job").out()).doesNotContain("Confused with");
    }

    @Test
    void withNoConfusionsTheListSaysHowTheyComeAbout() throws IOException {
        Cli.Result r = cli(0).run("confusions");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("No confusions yet.");
        assertThat(json(cli(0).run("confusions", "--json"))).isEmpty();
    }

    /** The key of an option that is not {@code right}, for the question a seed gives; and the name on it. */
    private String[] wrongOption(String term, String mode) {
        String asked = new Cli(home.resolve("probe-" + mode)).stdin("").run("quiz", "--term", term, "--mode", mode,
                "--seed", "7").err();
        Matcher m = OPTION.matcher(asked);
        String rightText = mode.equals("choice") ? term
                : DeckSource.bundled().byName(term).orElseThrow().definition().substring(0, 20);
        while (m.find()) {
            if (!m.group(2).startsWith(rightText)) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        throw new AssertionError("no wrong option in " + asked);
    }

    @Test
    void aWrongPickInChoiceAndReverseIsAConfusionAndAFlipMissIsNot() throws IOException {
        String[] choice = wrongOption("Webhook", "choice");
        JsonNode result = json(cli(0).stdin(choice[0] + "\n").run("quiz", "--term", "Webhook", "--mode", "choice",
                "--seed", "7", "--json")).get("results").get(0);
        String pickedId = DeckSource.bundled().byName(choice[1]).orElseThrow().id();
        assertThat(result.get("confusedWith").asText()).isEqualTo(pickedId);

        String[] reverse = wrongOption("Webhook", "reverse");
        JsonNode reversed = json(cli(1).stdin(reverse[0] + "\n").run("quiz", "--term", "Webhook", "--mode", "reverse",
                "--seed", "7", "--json")).get("results").get(0);
        assertThat(reversed.get("correct").asBoolean()).isFalse();
        String definedId = reversed.get("confusedWith").asText();
        assertThat(DeckSource.bundled().byId(definedId).orElseThrow().definition()).startsWith(
                reverse[1].replace("…", "").substring(0, 20));

        JsonNode flip = json(cli(2).stdin("1\n").run("quiz", "--term", "Webhook", "--mode", "flip", "--json"))
                .get("results").get(0);
        assertThat(flip.get("confusedWith").isNull()).isTrue();

        JsonNode logged = progress().get("decks").get("backend").get("webhook").get("reviews");
        assertThat(logged.findValuesAsText("confusedWith")).containsExactly(pickedId, definedId);
        assertThat(logged.get(0).get("mode").asText()).isEqualTo("choice");
        assertThat(logged.get(1).get("mode").asText()).isEqualTo("reverse");
    }

    @Test
    void theLearnersReportCarriesEachTermsConfusions() throws IOException {
        confuseTokenBucket();
        Path report = home.resolve("me.json");
        assertThat(cli(0).run("report", "-o", report.toString()).exitCode()).isZero();

        JsonNode terms = JSON.readTree(Files.readString(report)).get("terms");
        JsonNode tokenBucket = null;
        for (JsonNode t : terms) {
            if (t.get("id").asText().equals("token-bucket")) {
                tokenBucket = t;
            }
        }
        assertThat(tokenBucket).isNotNull();
        assertThat(tokenBucket.get("confusions").get(0).get("with").asText()).isEqualTo("leaky-bucket");
        assertThat(tokenBucket.get("confusions").get(0).get("times").asInt()).isEqualTo(1);
    }

    /**
     * Answers a whole drill right: a first run from a copy of the progress, answering 1 to every card, tells
     * which key was right for each (the cards of a seed come in the same order whatever the answers).
     */
    private Cli.Result drillRight(long day, String... more) throws IOException {
        Path probe = home.resolve("probe-" + day);
        Files.createDirectories(probe);
        Files.copy(home.resolve("progress.json"), probe.resolve("progress.json"));
        List<String> args = new ArrayList<>(List.of("quiz", "--confusions", "--seed", "3", "--json"));
        args.addAll(List.of(more));
        JsonNode probed = json(new Cli(probe).clock(ticking(day)).stdin("1\n".repeat(20)).run(args.toArray(String[]::new)));
        int cards = probed.get("total").asInt();
        StringBuilder keys = new StringBuilder();
        JsonNode results = probed.get("results");
        for (int i = 0; i < cards; i++) {
            keys.append(results.get(i).get("correct").asBoolean() ? "1\n" : "2\n");
        }
        return cli(day).stdin(keys.toString()).run(args.toArray(String[]::new));
    }

    @Test
    void theDrillAsksEachPairBothWaysAndCountsForBothSchedulesAsChoiceAnswers() throws IOException {
        confuseTokenBucket();

        Cli.Result r = drillRight(1);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("1 pair to tell apart · 2 cards")
                .contains("Which term does this define: ").contains("Token Bucket").contains("Leaky Bucket")
                .contains("  1) ").contains("  2) ");
        JsonNode doc = json(r);
        assertThat(doc.get("results").findValuesAsText("id")).containsExactlyInAnyOrder("token-bucket", "leaky-bucket");
        assertThat(doc.get("correct").asInt()).isEqualTo(2);
        assertThat(doc.get("results").findValuesAsText("mode")).containsOnly("choice");

        JsonNode decks = progress().get("decks").get("backend");
        JsonNode leaky = decks.get("leaky-bucket").get("reviews");
        assertThat(leaky).hasSize(1);
        assertThat(leaky.get(0).get("pairedWith").asText()).isEqualTo("token-bucket");
        assertThat(leaky.get(0).get("mode").asText()).isEqualTo("choice");
        assertThat(decks.get("leaky-bucket").get("card").get("state").asText()).isNotEqualTo("new");
        assertThat(decks.get("token-bucket").get("reviews").get(2).get("pairedWith").asText()).isEqualTo("leaky-bucket");
    }

    @Test
    void aPairRightBothWaysOnTwoDaysIsNoLongerDrilled() throws IOException {
        confuseTokenBucket();
        drillRight(1);
        assertThat(json(cli(1).run("confusions", "--json")).get(0).get("settled").asBoolean()).isFalse();

        drillRight(2);

        assertThat(json(cli(2).run("confusions", "--json")).get(0).get("settled").asBoolean()).isTrue();
        assertThat(cli(2).run("confusions").out()).contains("told apart").doesNotContain("quiz --confusions");
        Cli.Result none = cli(3).run("quiz", "--confusions");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).startsWith("Nothing to drill: every pair you mixed up is told apart");
        assertThat(json(cli(3).run("quiz", "--confusions", "--json")).get("message").asText())
                .startsWith("Nothing to drill");
    }

    @Test
    void aMissInTheDrillIsANewConfusionAndComesBackAtTheEnd() throws IOException {
        confuseTokenBucket();
        Path probe = home.resolve("probe");
        Files.createDirectories(probe);
        Files.copy(home.resolve("progress.json"), probe.resolve("progress.json"));
        JsonNode probed = json(new Cli(probe).clock(ticking(1)).stdin("1\n1\n").run("quiz", "--confusions", "--seed",
                "3", "--json"));
        String wrong = probed.get("results").get(0).get("correct").asBoolean() ? "2\n" : "1\n";
        String second = probed.get("results").get(1).get("correct").asBoolean() ? "1\n" : "2\n";
        // The card that comes back may list the two names the other way round.
        Path again = home.resolve("probe-again");
        Files.createDirectories(again);
        Files.copy(home.resolve("progress.json"), again.resolve("progress.json"));
        JsonNode third = json(new Cli(again).clock(ticking(1)).stdin(wrong + second + "1\n").run("quiz", "--confusions",
                "--seed", "3", "--json")).get("results").get(2);
        String right = third.get("correct").asBoolean() ? "1\n" : "2\n";

        JsonNode doc = json(cli(1).stdin(wrong + second + right).run("quiz", "--confusions", "--seed", "3", "--json"));

        JsonNode results = doc.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("correct").asBoolean()).isFalse();
        assertThat(results.get(0).get("confusedWith").isNull()).isFalse();
        assertThat(results.get(2).get("id").asText()).isEqualTo(results.get(0).get("id").asText());
        assertThat(results.get(2).get("correct").asBoolean()).isTrue();
        assertThat(json(cli(1).run("confusions", "--json")).get(0).get("times").asInt()).isEqualTo(2);
    }

    @Test
    void withNothingConfusedTheDrillSaysSoAndAPassMarkIsNotReached() {
        Cli.Result r = cli(0).run("quiz", "--confusions");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("No confusions to drill yet");
        assertThat(cli(0).run("quiz", "--confusions", "--pass-mark", "50").exitCode()).isEqualTo(1);
    }

    @Test
    void theDrillTakesNoTermsOfItsOwn() {
        Cli.Result r = cli(0).run("quiz", "--confusions", "--term", "JWT");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--confusions drills the pairs you mixed up; leave out --term, --hits and --path");
        assertThat(cli(0).run("review", "--confusions").exitCode()).isEqualTo(2);
    }
}
