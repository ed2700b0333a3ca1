package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot quizzes answered with keys on a terminal: one key per answer, the action keys (u, r, @, -), flip's
 * Space, introductions, Ctrl-C, and where output goes. Every key is in the input from the start, as keys a
 * quick learner typed ahead: each must answer the prompt it was meant for.
 */
class QuizOnTerminalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CTRL_C = "\u0003";
    private static final String[] TWO = {"quiz", "--term", "Idempotency", "--term", "Webhook", "--mode", "choice",
        "--seed", "3"};

    @TempDir
    Path home;

    private int homes;

    /** A learner who has met both terms and JWT before (so none is introduced), in a home of its own. */
    private Path metBoth() {
        Path h = home.resolve("h" + homes++);
        Cli.Result r = new Cli(h).stdin("3\n3\n3\n").run("quiz", "--term", "Idempotency", "--term", "Webhook",
                "--term", "JWT", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return h;
    }

    private static JsonNode reviews(Path h, String termId) throws IOException {
        return term(h, termId).get("reviews");
    }

    private static JsonNode term(Path h, String termId) throws IOException {
        return JSON.readTree(h.resolve("progress.json").toFile()).get("decks").get("backend").get(termId);
    }

    /** The key of the right option of the last choice question the screen shows. */
    private static String rightKey(String screen, String name) {
        String last = screen.substring(screen.lastIndexOf("Which term is this?"));
        Matcher m = Pattern.compile("  (\\d)\\) " + Pattern.quote(name) + "\\R").matcher(last);
        assertThat(m.find()).as(screen).isTrue();
        return m.group(1);
    }

    /** A key of the last choice question that is not the right one. */
    private static String wrongKey(String screen, String name) {
        return rightKey(screen, name).equals("1") ? "2" : "1";
    }

    /**
     * The keys that answer {@code names} right one after another, each found from a run (in a home set up as
     * {@code setUp} makes it) that stops at that question: the same seed asks the same questions.
     */
    private String rightKeys(java.util.function.Supplier<Path> setUp, String before, String... names) {
        StringBuilder keys = new StringBuilder(before);
        for (String name : names) {
            TerminalQuiz.Run probe = TerminalQuiz.run(setUp.get(), keys + CTRL_C, TWO);
            keys.append(rightKey(probe.out() + probe.err(), name));
        }
        return keys.toString();
    }

    @Test
    void aRightAnswerMovesOnAtOnceSoTheNextKeyAnswersTheNextQuestion() throws IOException {
        String keys = rightKeys(this::metBoth, "", "Idempotency", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys, TWO);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("✓ Right — Idempotency").contains("✓ Right — Webhook")
                .doesNotContain("Enter to go on").contains("Score: 2/2");
        assertThat(reviews(h, "idempotency")).hasSize(2);
        assertThat(reviews(h, "idempotency").get(1).get("rating").asText()).isEqualTo("good");
        assertThat(reviews(h, "webhook")).hasSize(2);
    }

    @Test
    void rAtTheNextPromptRatesTheLastAnswerAndTheNextKeyStillAnswersTheQuestion() throws IOException {
        String first = rightKeys(this::metBoth, "", "Idempotency");
        String keys = rightKeys(this::metBoth, first + "r2", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys, TWO[0], TWO[1], TWO[2], TWO[3], TWO[4], TWO[5], TWO[6], TWO[7],
                TWO[8], "--json");

        assertThat(run.screen()).as(run.toString()).contains("1-4, or Enter to keep it:");
        assertThat(run.err()).contains("Rate your last answer (Idempotency): 1 again (").contains("Rated hard · next review in");
        assertThat(reviews(h, "idempotency")).hasSize(2);
        assertThat(reviews(h, "idempotency").get(1).get("rating").asText()).isEqualTo("hard");
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results).extracting(r -> r.get("rating").asText()).containsExactly("hard", "good");
    }

    @Test
    void uAtTheNextPromptTakesTheLastAnswerBackForGoodAndAsksItAgain() throws IOException {
        String first = rightKeys(this::metBoth, "", "Idempotency");
        String keys = rightKeys(this::metBoth, first + "u", "Idempotency", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys, TWO);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Took back your answer to Idempotency").contains("Score: 2/2")
                .contains("2 answers");
        assertThat(reviews(h, "idempotency")).hasSize(2);
        assertThat(term(h, "idempotency").get("undone")).hasSize(1);
        assertThat(reviews(h, "webhook")).hasSize(2);
    }

    @Test
    void uBeforeAnyAnswerSaysThereIsNothingToTakeBack() {
        Path h = metBoth();
        TerminalQuiz.Run run = TerminalQuiz.run(h, "u" + CTRL_C, TWO);
        assertThat(run.out()).contains("Nothing to take back in this session; earlier answers: glossary undo");
    }

    @Test
    void atSuspendsTheTermInHandAndDashBuriesIt() throws IOException {
        String keys = rightKeys(this::metBoth, "@", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys, TWO);

        assertThat(run.out()).as(run.toString()).contains("Suspended Idempotency").contains("✓ Right — Webhook");
        assertThat(term(h, "idempotency").get("suspended").get("value").asBoolean()).isTrue();
        assertThat(reviews(h, "idempotency")).hasSize(1);

        Path other = metBoth();
        TerminalQuiz.Run buried = TerminalQuiz.run(other, "-" + keys.substring(1), TWO);
        assertThat(buried.out()).contains("Buried Idempotency until tomorrow.");
        assertThat(term(other, "idempotency").get("buried").get("until").asText()).isEqualTo("2026-03-03T00:00:00Z");
    }

    @Test
    void aMissShowsTheRightCardAndTheTermPickedAndWaitsForSpace() throws IOException {
        Path probeHome = metBoth();
        TerminalQuiz.Run probe = TerminalQuiz.run(probeHome, CTRL_C, TWO);
        String wrong = wrongKey(probe.out(), "Idempotency");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, wrong + " " + CTRL_C, TWO);

        assertThat(run.out()).as(run.toString()).contains("✗ Not quite — it was Idempotency").contains("Example:")
                .contains("You answered").contains("Tell them apart: Idempotency — ");
        assertThat(run.screen()).contains("Space or Enter to go on");
        // The Space went on to the next question; Ctrl-C stopped there.
        assertThat(run.out()).contains("[2/3]");
        assertThat(reviews(h, "idempotency").get(1).get("rating").asText()).isEqualTo("again");
    }

    @Test
    void aMissReratedGoodDoesNotComeBack() throws IOException {
        Path probeHome = metBoth();
        String wrong = wrongKey(TerminalQuiz.run(probeHome, CTRL_C, TWO).out(), "Idempotency");
        String keys = rightKeys(this::metBoth, wrong + "r3", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys, TWO);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("[2/2]").doesNotContain("again · ");
        assertThat(reviews(h, "idempotency").get(1).get("rating").asText()).isEqualTo("good");
    }

    @Test
    void aMissComesBackLabelledAgainWithItsPlaceInTheCount() {
        Path probeHome = metBoth();
        String wrong = wrongKey(TerminalQuiz.run(probeHome, CTRL_C, TWO).out(), "Idempotency");
        String keys = rightKeys(this::metBoth, wrong + " ", "Webhook");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys + CTRL_C, TWO);

        assertThat(run.out()).as(run.toString()).contains("[1/2] intermediate · choice").contains("[2/3] beginner")
                .contains("[3/3] again · intermediate · choice");
    }

    @Test
    void flipRevealsWithSpaceShowsTheBackAndTakesSpaceAsGood() throws IOException {
        Path h = metBoth();
        TerminalQuiz.Run run = TerminalQuiz.run(h, "  " + CTRL_C, "quiz", "--term", "JWT", "--term", "Webhook",
                "--mode", "flip");

        assertThat(run.screen()).as(run.toString()).contains("Space or Enter to reveal")
                .contains("Space/Enter good, or 1-4:");
        assertThat(run.out()).contains("Also known as: JWT").contains("1 again (").contains("Rated good");
        assertThat(reviews(h, "jwt")).hasSize(2);
        assertThat(reviews(h, "jwt").get(1).get("rating").asText()).isEqualTo("good");
    }

    @Test
    void theBackOfAFlipCardAndANewTermsCardNameItsTwins() {
        TerminalQuiz.Run run = TerminalQuiz.run(home.resolve("twins"), "\r \r" + CTRL_C, "quiz", "--term", "SSE",
                "--mode", "flip");

        String out = run.out();
        assertThat(out).as(run.toString()).contains("New term · intermediate");
        String introduction = out.substring(out.indexOf("New term"), out.indexOf("[1/1]"));
        String back = out.substring(out.indexOf("[1/1]"));
        assertThat(introduction).contains("Also known as: SSE").contains("Same as: Server-Sent Events");
        assertThat(back).contains("Example: ").contains("Also known as: SSE").contains("Same as: Server-Sent Events")
                .contains("1 again (");
    }

    @Test
    void aNewTermIsIntroducedAndAskedOnlyAfterEnter() throws IOException {
        Path probeHome = home.resolve("probe");
        TerminalQuiz.Run probe = TerminalQuiz.run(probeHome, "\r" + CTRL_C, "quiz", "--term", "Idempotency",
                "--seed", "3");
        String key = rightKey(probe.out(), "Idempotency");
        Path h = home.resolve("fresh");

        TerminalQuiz.Run run = TerminalQuiz.run(h, "\r" + key, "quiz", "--term", "Idempotency", "--seed", "3");

        assertThat(run.out()).as(run.toString()).startsWith("1 new · about 1 min").contains("New term · intermediate")
                .contains("[1/1] new · intermediate · choice").contains("✓ Right — Idempotency");
        assertThat(reviews(h, "idempotency")).hasSize(1);
    }

    @Test
    void cramShowsNoRatingPromptsAndNoIntervals() throws IOException {
        Path h = metBoth();
        TerminalQuiz.Run run = TerminalQuiz.run(h, "  " + CTRL_C, "quiz", "--term", "JWT", "--mode", "flip", "--cram");

        assertThat(run.screen()).as(run.toString()).contains("Space or Enter if you knew it, 1 if not")
                .doesNotContain("again (");
        assertThat(run.out()).doesNotContain("again (").doesNotContain("rate it yourself").doesNotContain("next review");
        assertThat(reviews(h, "jwt").get(1).get("cram").asBoolean()).isTrue();
    }

    @Test
    void ctrlCKeepsTheAnswersGivenAndExitsAsInterrupted() throws IOException {
        String keys = rightKeys(this::metBoth, "", "Idempotency");
        Path h = metBoth();

        TerminalQuiz.Run run = TerminalQuiz.run(h, keys + CTRL_C, TWO);

        assertThat(run.exitCode()).as("interrupted, as when Ctrl-C arrives as a signal").isEqualTo(130);
        assertThat(run.out()).contains("Quiz stopped; every answer you gave is saved.").contains("Score: 1/1");
        assertThat(reviews(h, "idempotency")).hasSize(2);
    }

    @Test
    void aQuickRightAnswerOnAGraduatedTermIsEasy() throws IOException {
        Clock start = Clock.fixed(Cli.NOW, ZoneOffset.UTC);
        List<Path> homes = new ArrayList<>();
        java.util.function.Supplier<Path> graduated = () -> {
            Path h = home.resolve("g" + homes.size());
            homes.add(h);
            new Cli(h).stdin("\n4\n").run("quiz", "--term", "Idempotency", "--mode", "flip");
            new Cli(h).clock(Clock.offset(start, Duration.ofDays(30))).stdin("\n4\n")
                    .run("quiz", "--term", "Idempotency", "--mode", "flip");
            return h;
        };
        Clock later = Clock.offset(start, Duration.ofDays(400));
        String[] args = {"quiz", "--term", "Idempotency", "--mode", "choice", "--seed", "3", "--json"};
        String key = rightKey(TerminalQuiz.run(graduated.get(), later, CTRL_C, args).err(), "Idempotency");

        TerminalQuiz.Run run = TerminalQuiz.run(graduated.get(), later, key, args);

        assertThat(JSON.readTree(run.out()).get("results").get(0).get("rating").asText()).as(run.toString())
                .isEqualTo("easy");
        assertThat(Files.exists(homes.get(1).resolve("progress.json"))).isTrue();
    }
}
