package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What fits glossary into a shell: completion scripts, the man page, due --count, help and exit codes. */
class ShellCommandsTest {
    @TempDir
    Path home;

    @Test
    void bashCompletionComesFromTheCommandModelWithTermsLevelsAndModes() {
        Cli.Result r = new Cli(home).run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F _complete_glossary")
                .contains("quiz").contains("search")
                .contains("(\"beginner\" \"intermediate\" \"advanced\")")
                .contains("(\"flip\" \"choice\" \"typed\" \"reverse\" \"mixed\")")
                .contains("\"circuit-breaker-pattern\"").contains("\"Idempotency\"");
    }

    @Test
    void zshCompletionLoadsTheBashScriptThroughBashcompinit() {
        Cli.Result r = new Cli(home).run("completion", "zsh");
        assertThat(r.out()).startsWith("autoload -U +X compinit && compinit").contains("bashcompinit");
    }

    @Test
    void theManPageIsGeneratedFromTheSameModel() {
        Cli.Result page = new Cli(home).run("help", "--man");
        assertThat(page.exitCode()).isZero();
        assertThat(page.out()).startsWith("GLOSSARY(1)").contains("SYNOPSIS").contains("COMMANDS")
                .contains("quiz").doesNotContain("// tag::");
        Cli.Result source = new Cli(home).run("help", "--man", "--source", "quiz");
        assertThat(source.out()).contains(":doctype: manpage").contains("--pass-mark");
    }

    @Test
    void helpForOneCommandListsItsOptions() {
        Cli.Result r = new Cli(home).run("help", "quiz");
        assertThat(r.out()).contains("--mode=MODE").contains("--level=LEVEL").contains("--pass-mark=PERCENT");
        assertThat(new Cli(home).run("help", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void dueCountPrintsJustTheNumber() {
        assertThat(new Cli(home).run("due", "--count").out()).isEqualTo("0\n");
        new Cli(home).stdin("\n1\n").run("quiz", "--term", "Redis", "--mode", "flip");
        Cli later = new Cli(home).clock(java.time.Clock.offset(java.time.Clock.fixed(Cli.NOW, java.time.ZoneOffset.UTC),
                java.time.Duration.ofMinutes(5)));
        assertThat(later.run("due", "--count").out()).isEqualTo("1\n");
        assertThat(later.run("due").out()).contains("Redis");
    }

    @Test
    void dueListsWhatIsDueSoonestFirstAndCountsByLevel() {
        java.time.Clock start = java.time.Clock.fixed(Cli.NOW, java.time.ZoneOffset.UTC);
        new Cli(home).stdin("\n1\n").run("quiz", "--term", "Redis", "--mode", "flip");
        new Cli(home).clock(java.time.Clock.offset(start, java.time.Duration.ofMinutes(2))).stdin("\n1\n")
                .run("quiz", "--term", "Actix", "--mode", "flip");
        Cli later = new Cli(home).clock(java.time.Clock.offset(start, java.time.Duration.ofHours(1)));

        String listed = later.run("due").out();
        assertThat(listed.indexOf("Redis")).as(listed).isNotNegative().isLessThan(listed.indexOf("Actix"));
        assertThat(later.run("due", "--count").out()).isEqualTo("2\n");
        assertThat(later.run("due", "--count", "--level", "advanced").out()).isEqualTo("1\n");
        assertThat(later.run("due", "--count", "--level", "beginner").out()).isEqualTo("0\n");
    }

    @Test
    void exitCodesAreListedInTheHelp() {
        assertThat(new Cli(home).run("--help").out()).contains("Exit codes:").contains("65").contains("74");
    }

    @Test
    void showBrowseAndDuePrintJsonForScripts() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var term = json.readTree(new Cli(home).run("show", "jwt", "--json").out());
        assertThat(term.get("id").asText()).isEqualTo("jwt");
        assertThat(term.get("aliases").toString()).contains("JSON Web Token");
        assertThat(term.get("mastery").asText()).isEqualTo("new");
        var list = json.readTree(new Cli(home).run("browse", "--level", "advanced", "--json").out());
        assertThat(list).hasSize(46);
        assertThat(json.readTree(new Cli(home).run("due", "--json").out())).isEmpty();
    }
}
