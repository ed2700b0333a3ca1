package dev.glossary.repl;

import dev.glossary.cli.Cli;
import dev.glossary.cli.Commands;
import dev.glossary.cli.Services;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The REPL loop on a JLine dumb terminal over piped streams, as JLine tests itself. */
class ReplTest {
    @TempDir
    Path home;

    /** The --deck the session opens on; null for the bundled deck. */
    private String deckOption;

    record Session(int exitCode, String output) {
    }

    private Session session(String input) {
        return session(input, 0);
    }

    private Session session(String input, int columns) {
        return session(input, columns, Terminal.TYPE_DUMB);
    }

    /**
     * A session on a terminal {@code columns} wide (0: one that does not know, as a pipe). Of type dumb,
     * JLine only inserts and deletes; of another type it edits the line and moves through history as on a
     * real terminal.
     */
    private Session session(String input, int columns, String type) {
        return session(new Cli(home), input, columns, type);
    }

    private Session session(Cli cli, String input, int columns, String type) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Terminal terminal = new DumbTerminal("test", type,
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
                terminal.setSize(new Size(columns, 24));
                // As on a real terminal: Ctrl-C (byte 3) raises Signal.INT.
                Attributes tty = terminal.getAttributes();
                tty.setLocalFlag(Attributes.LocalFlag.ISIG, true);
                tty.setControlChar(Attributes.ControlChar.VINTR, 3);
                tty.setControlChar(Attributes.ControlChar.VQUIT, 28);
                tty.setControlChar(Attributes.ControlChar.VSUSP, 26);
                tty.setControlChar(Attributes.ControlChar.VSTATUS, 20);
                terminal.setAttributes(tty);
                int code = new Repl(cli.services(), terminal, deckOption).run();
                terminal.flush();
                return new Session(code, out.toString(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void theWelcomeSaysHowToGetHelpAndThePromptShowsDeckAndDue() {
        Session s = session("quit\n");
        assertThat(s.exitCode()).isZero();
        assertThat(s.output().replace("\n", " ")).contains("New here? Type quiz to start on today's 20 new terms,"
                + " beginner ones first.").contains("'help' for commands").contains("backend · 0 due > ").contains("bye");
    }

    @Test
    void thePromptCountsTheTermsDueNow() {
        Cli.Result quiz = new Cli(home).stdin("\n1\n").run("quiz", "--term", "jwt", "--mode", "flip");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();
        Cli tomorrow = new Cli(home).clock(Clock.fixed(Cli.NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        Session s = session(tomorrow, "level advanced\nquit\n", 0, Terminal.TYPE_DUMB);
        assertThat(s.output()).contains("backend · 1 due > ").contains("backend [advanced] · 0 due > ");
    }

    @Test
    void anExamShowsUnderTheWelcomeAndInThePromptUntilItsDayIsOver() {
        Session s = session("exam 2026-03-14 --level beginner\nquit\n");
        assertThat(s.output()).contains("backend · 0 due > ").contains("backend · 0 due · exam in 12 days > ");

        Session next = session("quit\n");
        assertThat(next.output()).contains("Ctrl-D to leave.\nexam in 12 days · 57 unseen · 20 new/day · 0 % predicted recall\n")
                .contains("backend · 0 due · exam in 12 days > ");

        Cli after = new Cli(home).clock(Clock.fixed(Cli.NOW.plus(Duration.ofDays(13)), ZoneOffset.UTC));
        Session lapsed = session(after, "quit\n", 0, Terminal.TYPE_DUMB);
        assertThat(lapsed.output()).contains("The exam of 2026-03-14 is over; the ordinary schedule is back.\n")
                .contains("backend · 0 due > ").doesNotContain("exam in");
    }

    @Test
    void commandsRunTheSameCodeAsTheOneShots() {
        Session s = session("show idempotency\nsearch jwt\nquit\n");
        assertThat(s.output()).contains("Idempotency  intermediate")
                .contains("1. JWT (JSON Web Token)");
    }

    /** The hostile review's C5: a stray word got picocli's "Unmatched argument at index 0: '3'". */
    @Test
    void aStrayWordIsAnUnknownCommand() {
        Session s = session("3\nquit\n");
        assertThat(s.output()).contains("glossary: unknown command '3' (see: help)").doesNotContain("Unmatched");
    }

    @Test
    void anErrorPrintsOneLineAndTheSessionGoesOn() {
        Session s = session("show no-such-term-here\nquiz --count x\nshow jwt\nquit\n");
        assertThat(s.output()).contains("glossary: no term \"no-such-term-here\"")
                .contains("Invalid value for option '--count'")
                .contains("JWT (JSON Web Token)  intermediate");
        assertThat(s.exitCode()).isZero();
    }

    private Path otherDeck() throws IOException {
        Path file = home.resolve("other.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"other\", \"terms\": [{\"id\": \"a\", \"term\": \"Alpha\","
                + " \"level\": \"beginner\", \"definition\": \"The first letter of the Greek alphabet.\"}]}");
        return file;
    }

    @Test
    void aBadDeckOptionIsOneLineAndTheSessionGoesOnWithItsOwnDeck() {
        Session s = session("show jwt --deck nope\nshow jwt\nquit\n");
        assertThat(s.exitCode()).isZero();
        assertThat(s.output().split("no such deck file", -1)).hasSize(2);
        assertThat(s.output()).contains("glossary: nope: no such deck file")
                .contains("JWT (JSON Web Token)  intermediate").contains("bye");
        assertThat(s.output().split("backend · 0 due > ", -1)).as("a prompt on the session's deck before each line")
                .hasSize(4);
    }

    @Test
    void aDeckOptionOnOneCommandAppliesToThatCommandOnly() throws IOException {
        Session s = session("show alpha --deck " + otherDeck() + "\nshow alpha\nshow jwt\nquit\n");
        assertThat(s.output()).contains("Alpha  beginner")
                .contains("glossary: no term \"alpha\" in deck backend")
                .contains("JWT (JSON Web Token)  intermediate");
        assertThat(s.output()).doesNotContain("other · ");
    }

    @Test
    void aLineOfOnlyADeckOptionSwitchesTheSessionsDeck() throws IOException {
        Session s = session("--deck " + otherDeck() + "\nshow alpha\nquit\n");
        assertThat(s.output()).contains("deck: ").contains("other · 0 due > ").contains("Alpha  beginner");
    }

    @Test
    void aUsageErrorIsOneLineWithHintsAsTypedAtThePrompt() {
        Session s = session("quiz --count abc\nstat\nshow zzqqxxvv\nquit\n", 200);
        assertThat(s.output()).contains("glossary: Invalid value for option '--count': 'abc' is not an int (see: help quiz)\n"
                        + "backend · 0 due > ")
                .contains("glossary: unknown command 'stat'; did you mean stats or path? (see: help)\n")
                .contains("; try: search zzqqxxvv\n")
                .doesNotContain("Usage:").doesNotContain("glossary stats").doesNotContain("glossary search")
                .doesNotContain("glossary help");
    }

    @Test
    void longErrorsAreWrappedToTheTerminal() {
        Session s = session("show jwt --deck /no/such/directory/anywhere/deck.json\nquit\n", 40);
        List<String> error = s.output().lines().dropWhile(l -> !l.startsWith("glossary:")).takeWhile(l -> !l.contains(" > "))
                .toList();
        assertThat(error).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(String.join(" ", error).replaceAll(" +", " "))
                .contains("/no/such/directory/anywhere/deck.json: no such deck file or installed deck");
    }

    @Test
    void helpListsEveryCommandAsTypedAtThePromptAndTheSessionsOwn() {
        Session s = session("help\nquit\n", 100);
        var commands = new Cli(home).commands(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands();
        assertThat(commands).containsKeys("show", "search", "browse", "quiz", "review", "stats", "deck", "help");
        commands.forEach((name, command) -> {
            if (!command.getCommandSpec().usageMessage().hidden()) {
                assertThat(s.output()).as(name).containsPattern("(?m)^  " + name + " +\\S");
            }
        });
        assertThat(s.output()).containsPattern("(?m)^  level L +Keep").containsPattern("(?m)^  clear +Clear")
                .containsPattern("(?m)^  quit +Leave").containsPattern("(?m)^  --deck D +Switch")
                .doesNotContain("Usage:").doesNotContain("glossary show").doesNotContain("cds-training");
    }

    @Test
    void helpOnOneCommandShowsItsOptions() {
        Session s = session("help quiz\nbrowse --help\nhelp level\nquit\n", 100);
        assertThat(s.output()).contains("Usage: glossary quiz").contains("--mode=MODE")
                .contains("Usage: glossary browse").containsPattern("(?m)^  level L +Keep");
    }

    @Test
    void aCommandCopiedFromAShellRunsAsTyped() {
        Session s = session("glossary show jwt\nquit\n");
        assertThat(s.output()).contains("JWT (JSON Web Token)  intermediate");
    }

    @Test
    void endOfInputEndsTheSessionWithExitZero() {
        Session s = session("show jwt\n");
        assertThat(s.exitCode()).isZero();
        assertThat(s.output()).endsWith("bye\n");
    }

    @Test
    void ctrlDAsTypedEndsTheSessionWithExitZero() {
        Session s = session("show jwt\n\u0004show idempotency\n");
        assertThat(s.exitCode()).isZero();
        assertThat(s.output()).contains("JWT (JSON Web Token)  intermediate").endsWith("bye\n")
                .doesNotContain("Idempotency  intermediate");
    }

    @Test
    void choicesCanBeAnsweredWithLetters() throws IOException {
        // Enter first: the new term is introduced before it is asked. The same seed asks the same question, so a
        // first run that stops at it tells which letter is right; "x" is no choice and is ignored.
        String quiz = "quiz --mode choice --count 1 --seed 3\n\r";
        Session probe = session(new Cli(home.resolve("probe")), quiz, 0, Terminal.TYPE_DUMB);
        Matcher asked = Pattern.compile("New term · \\w+\\R(.+)\\R").matcher(probe.output());
        assertThat(asked.find()).as(probe.output()).isTrue();
        String name = asked.group(1);
        Matcher right = Pattern.compile("(?m)^  (\\d)\\) " + Pattern.quote(name) + "$").matcher(probe.output());
        assertThat(right.find()).as(probe.output()).isTrue();
        String letter = String.valueOf("abcd".charAt(Integer.parseInt(right.group(1)) - 1));

        Session s = session(quiz + "x" + letter + "\nquit\n");
        assertThat(s.output()).contains("Your answer (1-4 or a-d): " + letter + "\n").contains("✓ Right — " + name)
                .contains("Score:");
        assertThat(Files.readString(home.resolve("progress.json")).split("\"rating\"", -1)).hasSize(2);
    }

    @Test
    void ctrlCAbandonsTheLineAndTheSessionGoesOn() {
        Session s = session("show idem\u0003show jwt\nquit\n");
        assertThat(s.output()).doesNotContain("Idempotency  intermediate")
                .contains("JWT (JSON Web Token)  intermediate");
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void levelNarrowsLaterCommandsUntilLevelAll() {
        Session s = session("level advanced\nbrowse\nlevel all\nquit\n");
        assertThat(s.output()).contains("level: advanced").contains("backend [advanced] · 0 due > ")
                .contains("Advanced (46)").doesNotContain("Beginner (").contains("level: all levels");
    }

    @Test
    void levelWithNoLevelIsRejectedAndKeepsTheSessionsLevels() {
        Session s = session("level advanced\nlevel ,\nlevel\nquit\n");
        assertThat(s.output()).contains("glossary: name a level:").contains("level: advanced\n")
                .doesNotContain("all levels");
        assertThat(s.output().split("backend \\[advanced] · 0 due > ", -1)).hasSize(4);
    }

    @Test
    void levelAllWidensBrowseAgain() {
        Session s = session("level advanced\nbrowse\nlevel all\nbrowse\nquit\n");
        String afterAll = s.output().substring(s.output().indexOf("level: all levels"));
        assertThat(s.output().substring(0, s.output().indexOf("level: all levels"))).doesNotContain("Beginner (");
        assertThat(afterAll).contains("Beginner (").contains("Intermediate (").contains("Advanced (46)");
    }

    @Test
    void theQuizSummaryCountsOnlyTheSessionsLevels() {
        // A beginner term found hard (due again in minutes), then an advanced one known well under level advanced.
        Session s = session("quiz --term 401 --mode flip\n  2level advanced\nquiz --term token-bucket --mode flip\n  4"
                + "quit\n");
        String second = s.output().substring(s.output().indexOf("level: advanced"));
        assertThat(second).contains("Score: 1/1").containsPattern("Next term due in \\d+d\\.")
                .doesNotContainPattern("Next term due in \\d+m\\.");
    }

    @Test
    void aBareTermNameShowsItOtherWordsSearchAndACommandStillWins() {
        Session s = session("jwt\nrate limiting\nwhat is idempotency\nstats --json\nstat\nquit\n", 200);
        assertThat(s.output()).contains("JWT (JSON Web Token)  intermediate").contains("Rate Limiting  intermediate")
                .contains("1. Idempotency").contains("\"totalTerms\"")
                .contains("unknown command 'stat'; did you mean stats or path?");
    }

    @Test
    void showNumbersTheRelatedTermsAndShowNFollowsThem() {
        Session s = session("browse\nshow idempotency\nshow 2\n3\nquit\n", 200);
        String afterShow = s.output().substring(s.output().indexOf("backend · 0 due > show idempotency"));
        assertThat(afterShow).contains("Related: 1 Idempotency Key, 2 PUT, 3 GET");
        String second = afterShow.substring(afterShow.indexOf("> show 2"));
        assertThat(second).contains("PUT  beginner");
        assertThat(second.substring(second.indexOf("> 3"))).as("the third related term of PUT").doesNotContain("glossary:")
                .containsPattern("(?m)^\\S.*  (beginner|intermediate|advanced)");
    }

    @Test
    void showTakesANumberFromTheLastList() {
        Session s = session("search token bucket\nshow 1\nquit\n");
        assertThat(s.output()).contains("Token Bucket  advanced");
    }

    @Test
    void quizHitsDrillsExactlyTheTermsOfTheLastSearch() throws IOException {
        session("search token bucket --limit 2\nquiz --hits --mode flip\n   3 3\nquit\n");
        String progress = Files.readString(home.resolve("progress.json"));
        assertThat(progress).contains("\"token-bucket\"");
        assertThat(progress.split("\"reviews\"", -1)).hasSize(3);
    }

    @Test
    void confusionsAreListedAndDrilledWithOneKeyEachInTheRepl() throws IOException {
        assertThat(new Cli(home).stdin("leaky bucket\ntoken bucket\n").run("quiz", "--term", "Token Bucket", "--mode",
                "typed").exitCode()).isZero();

        // Keys answer the cards at once; whatever they pick, each card is answered and saved as it is pressed.
        Session s = session("confusions\nquiz --confusions --seed 2\n1 1 1 1 1 1\nquit\n");

        assertThat(s.output()).contains("1  Leaky Bucket / Token Bucket").contains("Drill it: quiz --confusions")
                .contains("1 pair to tell apart · 2 cards").contains("Which term does this define: ")
                .contains("Your answer (1-2 or a-b): 1").contains("Score:");
        String progress = Files.readString(home.resolve("progress.json"));
        assertThat(progress).contains("\"pairedWith\" : \"token-bucket\"").contains("\"pairedWith\" : \"leaky-bucket\"");
    }

    @Test
    void bangsAndBackslashesReachTheCommandAsTyped() {
        // With JLine's event expansion "!!" would be the previous line; with its escapes "C:\dir" would be "C:dir".
        Session s = session("show C:\\dir\nshow Wow!!\nshow a!b \\n\nquit\n", 200);
        assertThat(s.output()).contains("glossary: no term \"C:\\dir\" in deck backend")
                .contains("glossary: no term \"Wow!!\" in deck backend")
                .contains("glossary: no term \"a!b \\n\" in deck backend");
    }

    @Test
    void historyIsWrittenAsTyped() throws IOException {
        session("search Wow! C:\\dir\nshow jwt\nquit\n");
        // JLine's history file escapes backslashes; it reads them back as typed.
        String history = String.join("\n", Files.readAllLines(home.resolve("history"))).replace("\\\\", "\\");
        assertThat(history).contains("search Wow! C:\\dir").contains("show jwt");
    }

    @Test
    void historyFromAnEarlierSessionIsThereInTheNext() {
        session("search token bucket\nquit\n");
        // Ctrl-P twice: the line before the last one ("quit") of the session before.
        Session s = session("\u0010\u0010\nquit\n", 80, "ansi");
        assertThat(s.output()).contains("Token Bucket");
    }

    @Test
    void theHistoryKeepsAboutTheLastThousandLines() throws IOException {
        StringBuilder lines = new StringBuilder();
        // JLine trims the file back to the cap once it holds a quarter more.
        for (int i = 0; i < Repl.HISTORY_LINES * 5 / 4 + 1; i++) {
            lines.append("level x").append(i).append('\n');
        }
        session(lines + "show jwt\nquit\n");
        List<String> history = Files.readAllLines(home.resolve("history"));
        assertThat(history.size()).isBetween(Repl.HISTORY_LINES, Repl.HISTORY_LINES * 5 / 4);
        assertThat(history.get(history.size() - 1)).endsWith("quit");
        assertThat(history).anySatisfy(line -> assertThat(line).endsWith("show jwt"))
                .noneSatisfy(line -> assertThat(line).endsWith("level x0"));
    }

    /** The hostile review's F8: JLine threw on such a file, over the prompt. */
    @Test
    void aHistoryThatIsNotUtf8IsReadAndLeftAsItWas() throws IOException {
        byte[] garbage = new byte[5000];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(home.resolve("history"), garbage);
        Session s = session("show jwt\nquit\n");
        assertThat(s.output()).contains("JWT (JSON Web Token)  intermediate").doesNotContain("Exception")
                .doesNotContain("warning");
        byte[] after = Files.readAllBytes(home.resolve("history"));
        assertThat(java.util.Arrays.copyOf(after, garbage.length)).isEqualTo(garbage);
        assertThat(new String(after, StandardCharsets.UTF_8)).contains(":show jwt");
    }

    /** F8: JLine took lines without a time for errors and rewrote the file without them. */
    @Test
    void historyLinesWithoutTimesAreKeptAndRecalled() throws IOException {
        Files.writeString(home.resolve("history"), "show jwt\nsearch retry\n");
        Session s = session("\u0010\u0010\nquit\n", 80, "ansi");
        assertThat(s.output()).contains("JWT (JSON Web Token)").doesNotContain("History file contained errors");
        assertThat(Files.readAllLines(home.resolve("history"))).startsWith("show jwt", "search retry");
    }

    /** F8: a history that is a directory printed 83 lines of stack traces. */
    @Test
    void aHistoryThatIsADirectoryIsOneWarningAndTheSessionGoesOn() throws IOException {
        Files.createDirectory(home.resolve("history"));
        Session s = session("show jwt\nsearch jwt\nquit\n");
        assertThat(s.output()).containsOnlyOnce("glossary: warning: the REPL history")
                .contains("cannot be read (it is a directory; move it aside)")
                .contains("JWT (JSON Web Token)  intermediate").contains("bye").doesNotContain("Exception");
    }

    /** F8: a history that cannot be written (a read-only home, a full disk) warned with a stack trace per line. */
    @Test
    void aHistoryThatCannotBeSavedIsOneWarningForTheWholeSession() throws IOException {
        Path notADirectory = Files.writeString(home.resolve("plain-file"), "x");
        Files.createSymbolicLink(home.resolve("history"), notADirectory.resolve("history"));
        Session s = session("show jwt\nsearch jwt\nshow http-200\nquit\n");
        assertThat(s.output()).containsOnlyOnce("glossary: warning: the REPL history")
                .contains("cannot be saved (Not a directory)").contains("bye").doesNotContain("Exception");
    }

    @Test
    void quizAnswersAreNotWrittenToHistory() throws IOException {
        session("quiz --mode typed --count 1 --seed 7\nmy secret answer\n\nquit\n");
        String history = String.join("\n", Files.readAllLines(home.resolve("history")));
        assertThat(history).contains("quiz --mode typed --count 1 --seed 7").doesNotContain("my secret answer");
    }

    @Test
    void aQuizInTheSessionIsSavedAndShowsInThePrompt() {
        Session s = session("quiz --mode choice --count 2 --seed 3\n1\n\n1\n\nstats\nquit\n");
        assertThat(s.output()).contains("Which term is this?").contains("Score:");
        assertThat(home.resolve("progress.json")).exists();
    }

    @Test
    void ctrlCDuringAQuizEndsTheQuizKeepsAnswersAndReturnsToThePrompt() {
        Session s = session("quiz --mode choice --count 3 --seed 3\n   1 \u0003show jwt\nquit\n");
        assertThat(s.output()).contains("Quiz stopped; every answer you gave is saved.")
                .contains("Score:")
                .contains("JWT (JSON Web Token)  intermediate");
        assertThat(s.exitCode()).isZero();
    }

    /**
     * A session the test types into line by line, doing things from "another terminal" in between, as a
     * learner would: each {@link #type} waits until the session has run the lines typed, which it knows
     * by a {@code level} command typed after them (the prompt itself is redrawn as keys echo).
     */
    private final class LiveSession implements AutoCloseable {
        private final PipedOutputStream keys = new PipedOutputStream();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Terminal terminal;
        private final Thread loop;
        private int seen;

        LiveSession(String terminalType, Cli cli) throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            terminal = new DumbTerminal("test", terminalType, in, out, StandardCharsets.UTF_8);
            terminal.setSize(new Size(100, 40));
            Services services = cli.services();
            loop = new Thread(() -> new Repl(services, terminal, null).run(), "repl-under-test");
            loop.start();
        }

        /** Types the lines and returns what the session printed while it ran them. */
        String type(String lines) throws IOException {
            keys.write((lines + "level\n").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            return await("level: all levels");
        }

        private String await(String marker) {
            return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (true) {
                    String all = out.toString(StandardCharsets.UTF_8);
                    int at = all.indexOf(marker, seen);
                    if (at >= 0) {
                        String printed = all.substring(seen, at);
                        seen = at + marker.length();
                        return printed;
                    }
                    Thread.sleep(20);
                }
            });
        }

        @Override
        public void close() throws IOException {
            keys.write("quit\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            try {
                loop.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            terminal.close();
        }
    }

    @Test
    void aProgressFileMovedAsideDuringTheSessionLosesNoAnswer() throws Exception {
        Path file = home.resolve("progress.json");
        Path moved = home.resolve("moved.json");
        try (LiveSession s = new LiveSession(Terminal.TYPE_DUMB, new Cli(home))) {
            assertThat(s.type("quiz --term Redis --mode flip\n  3")).contains("Score:");
            Files.move(file, moved);
            String second = s.type("quiz --term GET --mode flip\n  3");
            assertThat(second).contains("Score:").doesNotContain("no such file");
        }
        String now = Files.readString(file);
        assertThat(now).contains("\"redis\"").contains("\"get\"");
        assertThat(Files.readString(moved)).contains("\"redis\"").doesNotContain("\"get\"");
    }

    @Test
    void aReviewFromAnotherTerminalShowsAtTheNextCommandAndIsKept() throws Exception {
        try (LiveSession s = new LiveSession(Terminal.TYPE_DUMB, new Cli(home))) {
            assertThat(s.type("why redis\n")).contains("never reviewed");
            new Cli(home).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
            assertThat(s.type("why redis\n")).contains("Reviews:").contains("good");
            assertThat(s.type("quiz --term GET --mode flip\n  3")).contains("Score:");
        }
        assertThat(Files.readString(home.resolve("progress.json"))).contains("\"redis\"").contains("\"get\"");
    }

    @Test
    void statsOnAColourTerminalDrawsChartsInColourUnlessNoColorIsSet() throws Exception {
        new Cli(home).stdin("\n3\n").run("quiz", "--term", "GET", "--mode", "flip");
        // Colour is SGR ("ESC[…m"); JLine's own mode switches (keypad, bracketed paste) are not.
        String colour = "(?s).*\u001b\\[[0-9;]*m.*";
        try (LiveSession s = new LiveSession("xterm-256color", new Cli(home))) {
            assertThat(s.type("stats\n")).contains("█").contains("Mon").matches(colour);
        }
        try (LiveSession s = new LiveSession("xterm-256color", new Cli(home).env("NO_COLOR", "1"))) {
            assertThat(s.type("stats\n")).contains("█").contains("Mon").doesNotMatch(colour);
        }
    }

    private List<String> complete(String line) throws IOException {
        return candidates(line).stream().map(Candidate::value).toList();
    }

    private List<Candidate> candidates(String line) throws IOException {
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            Cli cli = new Cli(home);
            Services services = cli.services();
            dev.glossary.cli.Session session = cli.replSession();
            session.deckOption(deckOption);
            session.keepDeck();
            var commands = Commands.create(services, session, terminal.writer(), terminal.writer());
            ReplCompleter completer = new ReplCompleter(commands::getCommandSpec, services, session, ReplHelp.NAMES);
            DefaultParser parser = new DefaultParser();
            parser.setEscapeChars(new char[0]);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
            List<Candidate> candidates = new ArrayList<>();
            completer.complete(reader, parser.parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE),
                    candidates);
            return candidates;
        }
    }

    @Test
    void completionOffersCommandsOptionsLevelsAndTermNames() throws IOException {
        assertThat(complete("sea")).contains("search");
        assertThat(complete("")).contains("quiz", "show", "level", "quit");
        assertThat(complete("quiz --mo")).contains("--mode");
        assertThat(complete("quiz --mode ")).contains("typed", "flip", "choice");
        assertThat(complete("quiz --level ")).contains("advanced");
        assertThat(complete("level ")).contains("beginner", "all");
        assertThat(complete("show Circ")).contains("Circuit Breaker Pattern");
        assertThat(complete("show Circuit Br")).containsExactly("Breaker Pattern");
        assertThat(complete("show jw")).containsExactly("JWT (JSON Web Token)");
        assertThat(complete("quiz --tag ")).contains("http", "reliability");
    }

    /** Every kind of sequence a shared deck could carry, JSON-escaped: CSI, OSC 52, BEL, C1 CSI, CR, bidi, BS. */
    private static final String NASTY =
            "\\u001b[2J\\u001b]52;c;cHduZWQ=\\u0007\\u009b31m\\r\\u202eevil\\u2066x\\u2069\\u0008";

    private void openHostileDeck() throws IOException {
        Path deck = home.resolve("hostile.json");
        Files.writeString(deck, """
                {"format": 1, "id": "hostile", "name": "Hostile N",
                 "terms": [
                  {"id": "evil", "term": "Evil N", "level": "beginner", "definition": "Words N.", "aliases": ["Alias N"],
                   "tags": ["tag N", "plain"]},
                  {"id": "plain", "term": "Plain", "level": "advanced", "definition": "Plain words."}
                 ]}
                """.replace("N", NASTY));
        deckOption = deck.toString();
    }

    private static void assertClean(String text) {
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066", "\u2069", "\b");
    }

    @Test
    void theWelcomeLineAndThePromptOfAHostileDeckAreNeutralised() throws IOException {
        openHostileDeck();
        Session s = session("quit\n");
        assertThat(s.output()).contains("glossary Hostile \\e[2J\\e]52;c;cHduZWQ=").contains("hostile · 0 due > ");
        assertClean(s.output());
    }

    @Test
    void anInternalErrorQuotingDeckTextIsNeutralised() {
        String line = Repl.internalError(dev.glossary.cli.Session.oneShot(new Cli(home).services()), new IllegalStateException("bad \u001b]52;c;eA==\u0007 \u202e"));
        assertThat(line).isEqualTo("glossary: internal error: java.lang.IllegalStateException: bad \\e]52;c;eA==\uFFFD"
                + " \uFFFD (the session goes on)");
    }

    @Test
    void tabCompletionShowsAHostileNameNeutralisedAndShowFindsWhatItCompletes() throws IOException {
        openHostileDeck();
        List<Candidate> names = candidates("show Ev");
        assertThat(names).hasSize(1);
        assertClean(names.get(0).value() + names.get(0).displ());
        assertThat(names.get(0).value()).startsWith("Evil \\e[2J");
        List<Candidate> aliases = candidates("show Ali");
        assertThat(aliases).extracting(Candidate::value).singleElement().asString().startsWith("Alias \\e[2J");
        assertClean(aliases.get(0).value() + aliases.get(0).displ());
        assertThat(complete("quiz --tag ")).containsExactly("plain");

        Session s = session("show " + names.get(0).value() + "\nwhy " + aliases.get(0).value() + "\nquit\n");
        assertThat(s.output()).contains("Words \\e[2J").contains("never reviewed").doesNotContain("no term");
        assertClean(s.output());
    }

    @Test
    void completionAfterHelpOffersCommandNames() throws IOException {
        assertThat(complete("help ")).contains("quiz", "search", "deck", "level").doesNotContain("--man", "cds-training");
        assertThat(complete("help qu")).contains("quiz");
        assertThat(complete("help deck ")).contains("import", "list").doesNotContain("quiz");
    }

    @Test
    void completionOfATermNameSkipsOptionsBeforeIt() throws IOException {
        assertThat(complete("show --json Circ")).contains("Circuit Breaker Pattern");
        assertThat(complete("show --json Circuit Br")).containsExactly("Breaker Pattern");
    }

    @Test
    void completionOffersValuesAfterAnEqualsSignAndWithinAList() throws IOException {
        assertThat(complete("quiz --tag=")).contains("--tag=http", "--tag=reliability");
        assertThat(complete("quiz --mode=")).contains("--mode=flip", "--mode=typed");
        assertThat(complete("quiz --level advanced,")).containsExactlyInAnyOrder("advanced,beginner",
                "advanced,intermediate");
        assertThat(complete("quiz --level=beginner,")).contains("--level=beginner,advanced")
                .doesNotContain("--level=beginner,beginner");
        assertThat(complete("level advanced,")).containsExactlyInAnyOrder("advanced,beginner", "advanced,intermediate");
        assertThat(complete("deck ")).contains("import", "export", "list");
    }

    @Test
    void completionLeavesTheCommandLineAsItWas() throws IOException {
        Cli cli = new Cli(home);
        Services services = cli.services();
        dev.glossary.cli.Session session = cli.replSession();
        StringWriter out = new StringWriter();
        var commands = Commands.create(services, session, new PrintWriter(out, true), new PrintWriter(out, true));
        ReplCompleter completer = new ReplCompleter(commands::getCommandSpec, services, session, ReplHelp.NAMES);
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            DefaultParser parser = new DefaultParser();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
            for (String line : List.of("quiz --mo", "show jwt --deck nope ", "quiz --count 3 ")) {
                completer.complete(reader, parser.parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE),
                        new ArrayList<>());
            }
        }
        assertThat(commands.execute("frobnicate")).isEqualTo(2);
        assertThat(commands.execute("show", "jwt")).isZero();
        assertThat(out.toString()).contains("unknown command 'frobnicate'")
                .contains("JWT (JSON Web Token)  intermediate");
    }
}
