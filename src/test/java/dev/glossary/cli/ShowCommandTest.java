package dev.glossary.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ShowCommandTest {
    @TempDir
    Path home;

    private Path hostileDeck() throws IOException {
        Path file = home.resolve("hostile.json");
        Files.writeString(file, """
                {"format": 1, "id": "hostile", "terms": [
                  {"id": "evil", "term": "Evil\\u001b]52;c;ZXZpbA==\\u0007Term", "level": "beginner",
                   "definition": "Clears \\u001b[2J the screen\\r and \\u202eflips text.", "aliases": ["EVL"]},
                  {"id": "plain", "term": "Plain", "level": "advanced", "definition": "Nothing odd in here at all.",
                   "related": ["evil"], "example": "plain example"}
                ]}
                """);
        return file;
    }

    @Test
    void showPrintsTheTermWithItsLevelDefinitionAndRelatedTerms() throws IOException {
        Cli.Result r = new Cli(home).run("--deck", hostileDeck().toString(), "show", "plain");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Plain  advanced\n")
                .contains("  Nothing odd in here at all.")
                .contains("Example: plain example")
                .contains("Related: Evil\\e]52;c;ZXZpbA==\uFFFDTerm");
    }

    @Test
    void showListsTwinsAsSameAsAndShowJsonCarriesTheirIds() throws Exception {
        Cli.Result r = new Cli(home).run("show", "cron job");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("  Same as: Scheduled Task\n").contains("  Related: Background Job, Worker\n");
        assertThat(new Cli(home).run("show", "scheduled task").out()).contains("  Same as: Cron Job\n");
        assertThat(new Cli(home).run("show", "middleware").out()).doesNotContain("Same as");

        var json = new ObjectMapper().readTree(
                new Cli(home).run("show", "early return", "--json").out());
        assertThat(json.get("same").toString()).isEqualTo("[\"guard-clause\"]");
        assertThat(new ObjectMapper().readTree(
                new Cli(home).run("show", "middleware", "--json").out()).get("same").toString()).isEqualTo("[]");
    }

    @Test
    void showFindsATermByAliasIgnoringCaseAndNeutralisesEscapes() throws IOException {
        Cli.Result r = new Cli(home).run("show", "evl", "--deck", hostileDeck().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\r", "\u0007", "\u202e")
                .contains("Evil\\e]52;c;ZXZpbA==\uFFFDTerm")
                .contains("Clears \\e[2J the screen\uFFFD and \uFFFDflips text.");
    }

    @Test
    void showWrapsToTheScreenWidth() throws IOException {
        Cli.Result r = new Cli(home).screen(Screen.plain(20)).run("--deck", hostileDeck().toString(), "show", "Plain");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
    }

    @Test
    void anUnknownTermIsOneLineAndExitCodeOne() {
        Cli.Result r = new Cli(home).run("show", "no-such-thing-at-all");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("glossary: no term \"no-such-thing-at-all\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBrokenDeckIsOneLineWithExitCode65AndNoStackTrace() throws IOException {
        Path file = home.resolve("broken.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"x\", \"terms\": [ {\"id\": \"a\",, } ]}");
        Cli.Result r = new Cli(home).run("show", "a", "--deck", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).startsWith("glossary: " + file + ":1:48: a field name was expected, not another comma; remove the extra comma").doesNotContain("at dev.");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void showWithoutATermIsAUsageError() {
        Cli.Result r = new Cli(home).run("show");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: Missing required parameter: 'TERM'");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Cli.Result r = new Cli(home).run("show", "--frobnicate", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void aMissingTermIsAUsageErrorWithExitCodeTwo() {
        Cli.Result r = new Cli(home).run("show");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: Missing required parameter: 'TERM'");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(new Cli(home).run("--version").out()).startsWith("glossary ");
        Cli.Result help = new Cli(home).run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("show", "deck", "Exit codes:");
    }
}
