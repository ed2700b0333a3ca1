package dev.glossary.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared deck is untrusted: escape sequences, C1 controls, carriage returns, bells and bidi overrides
 * in every field must never reach the terminal raw, through any command.
 */
class HostileDeckTest {
    /** Every kind of sequence the issue names, JSON-escaped for the deck file. */
    static final String NASTY = "\\u001b[2J\\u001b]52;c;cHduZWQ=\\u0007\\u009b31m\\r\\u202eevil\\u2066x\\u2069\\u0008";

    @TempDir
    Path home;

    Path deck;

    @BeforeEach
    void writeDeck() throws IOException {
        deck = home.resolve("hostile.json");
        Files.writeString(deck, """
                {"format": 1, "id": "hostile", "name": "Hostile N", "description": "D N",
                 "terms": [
                  {"id": "evil", "term": "Evil N", "level": "beginner", "category": "C N",
                   "definition": "A definition with N inside that is long enough to be a fair card for the lint check.",
                   "aliases": ["Alias N"], "related": ["plain"], "example": "Example N", "tags": ["tag"]},
                  {"id": "plain", "term": "Plain", "level": "advanced", "definition": "Plain words N for a plain card here.",
                   "related": ["evil"], "tags": ["tag"]}
                 ]}
                """.replace("N", NASTY));
    }

    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("show", "plain"),
                List.of("show", "evil"),
                List.of("search", "evil"),
                List.of("search", "plain"),
                List.of("search", "definition"),
                List.of("search", "zzzzqqq"),
                List.of("browse"),
                List.of("browse", "--sort", "name"),
                List.of("why", "evil"),
                List.of("stats"),
                List.of("due"),
                List.of("quiz", "--mode", "choice", "--count", "2", "--seed", "1"),
                List.of("quiz", "--mode", "reverse", "--count", "2", "--seed", "2"),
                List.of("quiz", "--mode", "typed", "--count", "2", "--seed", "3"),
                List.of("quiz", "--mode", "flip", "--count", "2", "--seed", "4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void noCommandPrintsDeckTextRaw(List<String> command) {
        List<String> args = new java.util.ArrayList<>(command);
        args.add("--deck");
        args.add(deck.toString());
        Cli.Result r = new Cli(home).stdin("1\n\n2\n\n1\n\nEvil\n\n3\n\n").run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
        assertClean(r.out() + r.err());
    }

    @Test
    void theHostileTermCanStillBeShownAndQuizzedByName() {
        Cli.Result show = new Cli(home).run("--deck", deck.toString(), "show", "evil");
        assertThat(show.out()).contains("Evil \\e[2J\\e]52;c;cHduZWQ=");
        Cli.Result quiz = new Cli(home).stdin("\n3\n").run("--deck", deck.toString(), "quiz", "--term", "evil", "--mode", "flip");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();
        assertClean(quiz.out() + quiz.err());
    }

    @Test
    void deckToolsNeverPrintDeckTextRaw() throws IOException {
        Cli cli = new Cli(home);
        assertClean(cli.run("deck", "validate", deck.toString()).out());
        assertClean(cli.run("deck", "lint", deck.toString()).out());
        assertClean(cli.run("deck", "install", deck.toString()).out());
        assertClean(cli.run("deck", "list").out());
        assertClean(cli.run("deck", "list", "--json").out());
        assertClean(cli.run("deck", "validate", deck.toString(), "--json").out());
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\": 1, \"id\": \"x\", \"terms\": [{\"id\": \"a" + NASTY + "\", \"term\": \"T"
                + NASTY + "\", \"level\": \"l" + NASTY + "\", \"definition\": \"d\", \"w" + NASTY + "\": 1}]}");
        Cli.Result validate = cli.run("deck", "validate", bad.toString());
        assertThat(validate.exitCode()).isEqualTo(65);
        assertClean(validate.err());
        Cli.Result show = cli.run("--deck", bad.toString(), "show", "x");
        assertThat(show.exitCode()).isEqualTo(65);
        assertClean(show.err());
    }

    /**
     * The hostile review's F11: an export is read by people too ({@code cat course.md}), so no format carries the
     * deck's escapes raw, to a file or a pipe; and a CSV keeps its own CRLF line ends (C3).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"markdown", "csv", "anki"})
    void exportsToAFileOrAPipeCarryNoEscapeRaw(String format) throws IOException {
        Path out = home.resolve("export." + format);
        Cli.Result toFile = new Cli(home).run("deck", "export", deck.toString(), "--to", format, "-o", out.toString());
        assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
        String written = Files.readString(out);
        Cli.Result piped = new Cli(home).run("deck", "export", deck.toString(), "--to", format);
        for (String text : List.of(written, piped.out())) {
            assertThat(text).contains("52;c;cHduZWQ=").doesNotContain("\u001b", "\u0007", "\u009b", "\u202e",
                    "\u2066", "\u2069", "\b");
        }
        if (format.equals("csv")) {
            assertThat(written).contains("\r\n").doesNotContain("\uFFFD\n");
        }
    }

    static Stream<List<String>> jsonCommands() {
        return Stream.of(
                List.of("show", "evil", "--json"),
                List.of("search", "evil", "--json"),
                List.of("browse", "--json"),
                List.of("due", "--json"),
                List.of("stats", "--json"),
                List.of("quiz", "--mode", "typed", "--count", "2", "--seed", "3", "--json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonCommands")
    void jsonOutputEscapesEveryControlAndBidiCharacterAndLosesNothing(List<String> command) throws IOException {
        Cli cli = new Cli(home);
        // A review of "evil" first, so that due has it to list.
        cli.stdin("\n1\n").run("--deck", deck.toString(), "quiz", "--term", "evil", "--mode", "flip");
        List<String> args = new java.util.ArrayList<>(command);
        args.add("--deck");
        args.add(deck.toString());
        Cli.Result r = new Cli(home).clock(java.time.Clock.offset(java.time.Clock.fixed(Cli.NOW, java.time.ZoneOffset.UTC),
                java.time.Duration.ofDays(2))).stdin("Evil\nPlain\n").run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
        assertClean(r.out());
        assertThat(r.out()).doesNotContain("\u007f", "\u0085", "\u200f", "\u2028");
        if (!command.get(0).equals("stats")) {
            String json = r.out();
            assertThat(json).contains("\\u009B31m").contains("\\u202Eevil\\u2066x\\u2069");
            // Read back, the escapes are the deck's own text again.
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).findValuesAsText("term"))
                    .anyMatch(name -> name.startsWith("Evil \u001b[2J\u001b]52;c;cHduZWQ=\u0007\u009b31m"));
        }
    }

    static void assertClean(String output) {
        assertThat(output).doesNotContain("\u001b", "\u0007", "\u009b", "\r", "\u202e", "\u2066", "\u2069", "\b");
    }
}
