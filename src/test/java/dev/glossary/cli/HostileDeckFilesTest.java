package dev.glossary.cli;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Deck files and --deck values the hostile review found wrongly reported (W2, W4, W5, W8, W11). */
class HostileDeckFilesTest {
    @TempDir
    Path home;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(home.resolve(name), text);
    }

    @Test
    void aDeckIdTooLongToInstallFailsValidationNotTheInstall() throws IOException {
        String id = "a".repeat(300);
        Path deck = write("long-id.json", "{\"format\": 1, \"id\": \"" + id + "\", \"terms\": [{\"id\": \"t\", \"term\": \"T\","
                + " \"level\": \"beginner\", \"definition\": \"A definition.\"}]}");
        Cli.Result validate = new Cli(home).run("deck", "validate", deck.toString());
        assertThat(validate.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(validate.out() + validate.err()).contains("id: is 300 characters long; a deck id may have at most 100");
        Cli.Result install = new Cli(home).run("deck", "install", deck.toString());
        assertThat(install.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(install.err()).doesNotContain("File name too long");
    }

    @Test
    void aHugeKeyIsReportedAsAFieldNameOnItsOwnLineNotAsTheFieldBefore() throws IOException {
        Path deck = write("long-key.json", "{\"format\": 1,\n \"" + "k".repeat(60_000) + "\": 1, \"id\": \"x\", \"terms\": []}");
        Cli.Result r = new Cli(home).run("deck", "validate", deck.toString());
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).startsWith("glossary: " + deck + ":2:").contains(": a field name is longer than 10000")
                .doesNotContain("format:");
    }

    @Test
    void aHugeNumberNamesItsField() throws IOException {
        Path deck = write("long-number.json", "{\"format\": " + "1".repeat(20_000) + ", \"id\": \"x\", \"terms\": []}");
        Cli.Result r = new Cli(home).run("deck", "validate", deck.toString());
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).contains(": format: ");
    }

    @Test
    void anEmptyDeckOptionIsAUsageErrorNotTheBundledDeck() {
        Cli.Result r = new Cli(home).run("--deck", "", "show", "jwt");
        assertThat(r.exitCode()).isEqualTo(GlossaryException.USAGE);
        assertThat(r.err()).isEqualTo("glossary: --deck \"\" names no deck; give a deck file or an installed deck's id,"
                + " or leave --deck out for the bundled deck\n");
    }

    @Test
    void aDeviceAsTheDeckIsReadNotCalledMissing() {
        Cli.Result r = new Cli(home).run("--deck", "/dev/null", "show", "jwt");
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).startsWith("glossary: /dev/null: the file is empty;").doesNotContain("no such deck");
    }

    /**
     * W11, answered: a file that is not JSON has its first word quoted, cut to 20 characters, because that is
     * what a teacher needs to find an unquoted word; glossary is not setuid, so it reads nothing its user cannot.
     */
    @Test
    void aFileThatIsNotJsonHasAtMostTwentyCharactersOfItQuoted() throws IOException {
        Path shadow = write("shadow", "root:$6$averylongsecrethashthatmustnotbeprintedwhole:19000:0:99999:7:::\n");
        Cli.Result r = new Cli(home).run("--deck", shadow.toString(), "show", "x");
        assertThat(r.exitCode()).isEqualTo(GlossaryException.BAD_DATA);
        assertThat(r.err()).doesNotContain("mustnotbeprintedwhole");
    }
}
