package dev.glossary.cli;

import dev.glossary.net.LoopbackServer;
import dev.glossary.store.DeckReader;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class's deck shared by link: install, update, check, remove and list, through the real command line against
 * a real HTTP server on the loopback address.
 */
class DeckLinksTest {
    private static final String V1 = """
            {"format": 1, "id": "biology-101-cells", "name": "Biology 101: Cells", "terms": [
              {"id": "cell", "term": "Cell", "level": "beginner", "definition": "The smallest unit of life."},
              {"id": "nucleus", "term": "Nucleus", "level": "beginner", "definition": "Holds the genetic material."},
              {"id": "ribosome", "term": "Ribosome", "level": "intermediate", "definition": "Builds proteins."}
            ]}
            """;
    private static final String V2 = """
            {"format": 1, "id": "biology-101-cells", "name": "Biology 101: Cells", "terms": [
              {"id": "cell", "term": "Cell", "level": "beginner", "definition": "The smallest unit of life."},
              {"id": "nucleus", "term": "Nucleus", "level": "beginner", "definition": "Holds the cell's DNA."},
              {"id": "ribosome", "term": "Ribosome", "level": "intermediate", "definition": "Builds proteins."},
              {"id": "golgi", "term": "Golgi Apparatus", "level": "advanced", "definition": "Packs proteins."}
            ]}
            """;

    @TempDir
    Path home;

    private final LoopbackServer server = newServer();

    private static LoopbackServer newServer() {
        try {
            return new LoopbackServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result run(String... args) {
        return new Cli(home).run(args);
    }

    @Test
    void aDeckInstalledFromALinkIsRememberedAndUpdatedFromIt() {
        server.file("/bio.json", V1, "\"v1\"");
        Cli.Result install = run("deck", "install", server.url("/bio.json"));

        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.out()).isEqualTo("installed \"Biology 101: Cells\" (biology-101-cells), 3 terms; use it"
                + " with: glossary --deck biology-101-cells\n"
                + "new versions from " + server.url("/bio.json") + " come with: glossary deck update biology-101-cells\n");
        assertThat(install.err()).isEqualTo("warning: " + server.url("/bio.json") + " is plain http, which is not"
                + " encrypted; it is accepted for this machine only, to try a deck out\n");
        assertThat(home.resolve("decks/biology-101-cells.source")).exists();

        Cli.Result quiz = new Cli(home).stdin("\n3\n").run("--deck", "biology-101-cells", "quiz", "--term", "Nucleus",
                "--mode", "flip");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();

        Cli.Result unchanged = run("deck", "update");
        assertThat(unchanged.exitCode()).as(unchanged.toString()).isZero();
        assertThat(unchanged.out()).isEqualTo("biology-101-cells: up to date (" + server.url("/bio.json")
                + " has not changed)\n");
        assertThat(server.requests("/bio.json").get(1).header("If-None-Match")).isEqualTo("\"v1\"");

        server.file("/bio.json", V2, "\"v2\"");
        Cli.Result check = run("deck", "update", "--check");
        assertThat(check.out()).isEqualTo("biology-101-cells: a new version is available: 1 added (golgi), 1 changed"
                + " (nucleus), 0 removed; install it with: glossary deck update biology-101-cells\n");
        assertThat(DeckReader.load(home.resolve("decks/biology-101-cells.json")).size()).isEqualTo(3);

        Cli.Result update = run("deck", "update", "biology-101-cells");
        assertThat(update.exitCode()).as(update.toString()).isZero();
        assertThat(update.out()).isEqualTo("updated \"Biology 101: Cells\" (biology-101-cells): 1 added (golgi),"
                + " 1 changed (nucleus), 0 removed; progress stays with every term id the deck still has\n");
        assertThat(DeckReader.load(home.resolve("decks/biology-101-cells.json")).size()).isEqualTo(4);
        assertThat(run("--deck", "biology-101-cells", "why", "Nucleus").out()).contains("Reviews:");
        assertThat(run("deck", "update").out()).contains("up to date");
    }

    @Test
    void anUpdateThatFailsItsChecksLeavesTheDeckAsItWasAndListsEveryProblem() {
        server.file("/bio.json", V1, "\"v1\"");
        run("deck", "install", server.url("/bio.json"));
        server.file("/bio.json", V2.replace("\"advanced\"", "\"expert\"").replace("\"Builds proteins.\"", "\"\""),
                "\"v2\"");

        Cli.Result update = run("deck", "update");

        assertThat(update.exitCode()).isEqualTo(65);
        assertThat(update.err()).contains("glossary: biology-101-cells: the new version from " + server.url("/bio.json")
                + " was not installed, as it has 2 problems; the installed deck stays as it was:\n")
                .contains("  " + server.url("/bio.json") + ":").contains("\"expert\"").contains("definition");
        assertThat(DeckReader.load(home.resolve("decks/biology-101-cells.json")).size()).isEqualTo(3);
    }

    @Test
    void installingFromALinkChecksTheDeckAsAFileIsChecked() {
        server.file("/bad.json", V1.replace("\"beginner\"", "\"Beginner\""), null);
        server.file("/page", "<!DOCTYPE html><html><body>Biology</body></html>", null);

        Cli.Result bad = run("deck", "install", server.url("/bad.json"));
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("glossary: " + server.url("/bad.json") + ":2:").contains("lower case")
                .contains("run: glossary deck validate " + server.url("/bad.json"));
        assertThat(home.resolve("decks")).doesNotExist();

        Cli.Result page = run("deck", "install", server.url("/page"));
        assertThat(page.exitCode()).isEqualTo(65);
        assertThat(page.err()).contains("the link gives a web page, not a deck file");

        Cli.Result missing = run("deck", "install", server.url("/nothing.json"));
        assertThat(missing.exitCode()).isEqualTo(74);
        assertThat(missing.err()).contains("nothing there (HTTP 404)");

        Cli.Result validate = run("deck", "validate", server.url("/bad.json"));
        assertThat(validate.exitCode()).isEqualTo(65);
        assertThat(validate.err()).contains("2 problems in " + server.url("/bad.json"));
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBeforeAnythingIsSent() {
        Cli.Result r = run("deck", "install", "http://example.org/bio.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: http://example.org/bio.json: http:// is not encrypted").hasLineCount(1);
    }

    @Test
    void aDeckInstalledFromAFileIsUpdatedFromThatFile() throws IOException {
        Path file = home.resolve("bio.json");
        Files.writeString(file, V1);
        assertThat(run("deck", "install", file.toString()).out()).doesNotContain("new versions from");
        Files.writeString(file, V2);

        Cli.Result update = run("deck", "update");

        assertThat(update.out()).startsWith("updated \"Biology 101: Cells\" (biology-101-cells): 1 added (golgi)");
        Files.delete(file);
        Cli.Result gone = run("deck", "update");
        assertThat(gone.exitCode()).isEqualTo(74);
        assertThat(gone.err()).isEqualTo("glossary: biology-101-cells: " + file + ": no such file; check the path\n");
    }

    @Test
    void aDeckWhoseSourceIsUnknownIsSkippedOrNamedAsSuch() throws IOException {
        Files.createDirectories(home.resolve("decks"));
        Files.writeString(home.resolve("decks/biology-101-cells.json"), V1);

        assertThat(run("deck", "update").out()).isEqualTo("biology-101-cells: skipped, its source is not known;"
                + " install it once more from its link or file to update it from there\n");
        Cli.Result named = run("deck", "update", "biology-101-cells");
        assertThat(named.exitCode()).isEqualTo(1);
        assertThat(named.err()).contains("where it came from is not known");
    }

    @Test
    void removingADeckKeepsItsProgressUnlessToldToForgetIt() throws IOException {
        server.file("/bio.json", V1, "\"v1\"");
        run("deck", "install", server.url("/bio.json"));
        new Cli(home).stdin("\n3\n").run("--deck", "biology-101-cells", "quiz", "--term", "Cell", "--mode", "flip");

        Cli.Result remove = run("deck", "remove", "biology-101-cells");
        assertThat(remove.exitCode()).as(remove.toString()).isZero();
        assertThat(remove.out()).isEqualTo("removed biology-101-cells; your progress in it (1 review) stays, and counts"
                + " again if you install it again (--forget-progress deletes it)\n");
        assertThat(home.resolve("decks/biology-101-cells.json")).doesNotExist();
        assertThat(home.resolve("decks/biology-101-cells.source")).doesNotExist();
        assertThat(Files.readString(home.resolve("progress.json"))).contains("biology-101-cells");

        run("deck", "install", server.url("/bio.json"));
        assertThat(run("--deck", "biology-101-cells", "why", "Cell").out()).contains("Reviews:");
        Cli.Result forget = run("deck", "remove", "biology-101-cells", "--forget-progress");
        assertThat(forget.out()).isEqualTo("removed biology-101-cells and forgot your progress in it (1 review)\n");
        assertThat(Files.readString(home.resolve("progress.json"))).doesNotContain("biology-101-cells");
    }

    @Test
    void forgettingProgressAtATerminalIsAskedOnceAndNoLeavesEverything() throws IOException {
        Path file = home.resolve("bio.json");
        Files.writeString(file, V1);
        run("deck", "install", file.toString());
        new Cli(home).stdin("\n3\n").run("--deck", "biology-101-cells", "quiz", "--term", "Cell", "--mode", "flip");

        TerminalQuiz.Run no = TerminalQuiz.run(home, "n", "deck", "remove", "biology-101-cells", "--forget-progress");
        assertThat(no.exitCode()).as(no.toString()).isEqualTo(1);
        assertThat(no.screen()).contains("Forget 1 review of 1 term in biology-101-cells? This cannot be undone. [y/N]");
        assertThat(no.out()).isEqualTo("nothing removed\n");
        assertThat(home.resolve("decks/biology-101-cells.json")).exists();

        TerminalQuiz.Run yes = TerminalQuiz.run(home, "y", "deck", "remove", "biology-101-cells", "--forget-progress");
        assertThat(yes.exitCode()).as(yes.toString()).isZero();
        assertThat(Files.readString(home.resolve("progress.json"))).doesNotContain("biology-101-cells");
    }

    @Test
    void theBundledDeckAndUnknownDecksCannotBeRemoved() {
        assertThat(run("deck", "remove", "backend").err()).contains("is the bundled deck");
        Cli.Result unknown = run("deck", "remove", "biology");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("biology: no such deck file or installed deck");
    }

    @Test
    void deckListNeverCutsAnIdEvenOnANarrowScreenAndSaysWhereEachDeckCameFrom() {
        String longId = "biology-101-cells-and-their-organelles-autumn";
        server.file("/bio.json", V1.replace("biology-101-cells", longId), null);
        run("deck", "install", server.url("/bio.json"));

        for (int width : new int[] {200, 80, 40}) {
            List<String> lines = new Cli(home).screen(Screen.plain(width)).run("deck", "list").out().lines().toList();
            assertThat(lines.get(0)).as("width " + width).startsWith("ID ").contains("NAME").contains("TERMS  STUDIED");
            assertThat(lines.get(2)).as("width " + width).startsWith(longId + "  ");
            assertThat(lines.get(1).indexOf(String.format("%5d  %7d  %4d", 236, 0, 0)))
                    .isEqualTo(lines.get(2).indexOf(String.format("%5d  %7d  %4d", 3, 0, 0)));
        }
        List<String> wide = new Cli(home).screen(Screen.plain(200)).run("deck", "list").out().lines().toList();
        assertThat(wide.get(1)).endsWith("  bundled");
        assertThat(wide.get(2)).contains("Biology 101: Cells").endsWith(server.url("/bio.json"));
    }

    @Test
    void anUnknownDeckSuggestsTheClosestInstalledIds() throws IOException {
        Path file = home.resolve("bio.json");
        Files.writeString(file, V1);
        run("deck", "install", file.toString());

        Cli.Result part = run("--deck", "biology-101", "due");
        assertThat(part.exitCode()).isEqualTo(74);
        assertThat(part.err()).isEqualTo("glossary: biology-101: no such deck file or installed deck; did you mean"
                + " biology-101-cells? (installed decks: glossary deck list)\n");
        assertThat(run("--deck", "biolgy-101-cells", "due").err()).contains("did you mean biology-101-cells?");
        assertThat(run("--deck", "chemistry", "due").err()).contains("see installed decks with: glossary deck list");
    }

    @Test
    void versionAndAuthorAreShownAndAnUpdatePrintsTheChangelogSinceTheInstalledVersion() {
        String v12 = V1.replace("\"name\": \"Biology 101: Cells\",", "\"name\": \"Biology 101: Cells\", \"version\": \"1.2\","
                + " \"author\": \"Ms Rivera\", \"changelog\": [{\"version\": \"1.2\", \"changes\": \"First shared version\"}],");
        server.file("/bio.json", v12, "\"v12\"");
        Cli.Result install = run("deck", "install", server.url("/bio.json"));
        assertThat(install.out()).startsWith("installed \"Biology 101: Cells\" (biology-101-cells) 1.2 by Ms Rivera,"
                + " 3 terms;");
        assertThat(new Cli(home).screen(Screen.plain(160)).run("deck", "list").out())
                .contains("Biology 101: Cells (1.2, Ms Rivera)");

        String v13 = V2.replace("\"name\": \"Biology 101: Cells\",", "\"name\": \"Biology 101: Cells\", \"version\": \"1.3\","
                + " \"author\": \"Ms Rivera\", \"updated\": \"2026-03-01\", \"changelog\": ["
                + "{\"version\": \"1.3\", \"date\": \"2026-03-01\", \"changes\": [\"Nucleus: says DNA\", \"Added the Golgi"
                + " apparatus\"]}, {\"version\": \"1.2\", \"changes\": \"First shared version\"}],");
        server.file("/bio.json", v13, "\"v13\"");
        assertThat(run("deck", "update", "--check").out()).startsWith("biology-101-cells: a new version is available"
                + " (from 1.2 to 1.3 by Ms Rivera): 1 added (golgi), 1 changed (nucleus), 0 removed;");

        Cli.Result update = run("deck", "update");
        assertThat(update.out()).isEqualTo("""
                updated "Biology 101: Cells" (biology-101-cells) from 1.2 to 1.3 by Ms Rivera: 1 added (golgi), 1 changed \
                (nucleus), 0 removed; progress stays with every term id the deck still has
                what changed, in the author's words:
                  1.3 (2026-03-01): Nucleus: says DNA; Added the Golgi apparatus
                """);
    }
}
