package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.store.DeckCache;
import dev.glossary.store.DeckReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The teacher's commands, through the real command line. */
class DeckCommandsTest {
    @TempDir
    Path home;

    @Test
    void deckNewWritesAValidStarterDeck() throws IOException {
        Path file = home.resolve("course.json");
        Cli.Result r = new Cli(home).run("deck", "new", file.toString(), "--name", "My Course");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Cli.Result check = new Cli(home).run("deck", "validate", file.toString());
        assertThat(check.out()).isEqualTo("ok: 4 terms (2 beginner, 1 intermediate, 1 advanced)\n");
        Deck deck = DeckReader.load(file);
        assertThat(deck.id()).isEqualTo("my-course");
        assertThat(deck.same(deck.byId("feature-flag").orElseThrow())).extracting(t -> t.id()).containsExactly("feature-toggle");
        assertThat(Files.readString(file)).contains("\"same\" : [");
        Cli.Result lint = new Cli(home).run("deck", "lint", file.toString());
        assertThat(lint.out()).as("the starter deck is an example to follow").isEqualTo("lint: no advice for 4 terms\n");
        assertThat(deck.metadata().version()).isEqualTo("1.0");
        assertThat(new Cli(home).run("deck", "new", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void deckNewMakesTheIdWithTheSameSlugsAsImportedTerms() {
        for (String[] nameAndId : new String[][] {{"Курс физики", "kurs-fiziki"}, {"Курс химии", "kurs-khimii"},
                {"Ünïcödé Cöurse", "unicode-course"}, {"C# for beginners", "c-sharp-for-beginners"}}) {
            Path file = home.resolve(nameAndId[1] + ".json");
            Cli.Result r = new Cli(home).run("deck", "new", file.toString(), "--name", nameAndId[0]);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(DeckReader.load(file).id()).isEqualTo(nameAndId[1]);
        }
    }

    @Test
    void importingCsvWritesADeckThatValidates() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition,level,aliases\n"
                + "Idempotency,\"Same result, however often it runs.\",intermediate,\n"
                + "JWT,\"A signed token, with claims.\",,JSON Web Token\n");
        Path out = home.resolve("imported.json");
        Cli.Result r = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "--output", out.toString(),
                "--level", "beginner");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Deck deck = DeckReader.load(out);
        assertThat(deck.id()).isEqualTo("imported");
        assertThat(deck.byName("json web token").orElseThrow().level().id()).isEqualTo("beginner");
        assertThat(deck.byName("Idempotency").orElseThrow().definition()).isEqualTo("Same result, however often it runs.");
    }

    @Test
    void badRowsStopTheImportUnlessSkipBadIsGiven() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition,level\nGood,Fine words here.,beginner\nBad,Other words.,expert\n");
        Path out = home.resolve("out.json");
        Cli.Result r = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains(csv + ":3:").contains("nothing written");
        assertThat(out).doesNotExist();
        Cli.Result skip = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString(),
                "--skip-bad");
        assertThat(skip.exitCode()).isZero();
        assertThat(DeckReader.load(out).size()).isEqualTo(1);
    }

    @Test
    void aColumnThisAppDoesNotReadIsAWarningAndTheImportGoesOn() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition,notes\nCache,Keeps copies close.,mine\nQueue,Holds work in order.,\n");
        Path out = home.resolve("out.json");
        Cli.Result r = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).startsWith(csv + ":1: warning: the column \"notes\" is not one this app reads and was"
                + " ignored").hasLineCount(1);
        assertThat(r.out()).isEqualTo("wrote " + out + ": 2 terms\n");
    }

    @Test
    void theSummaryCountsProblemsAndRowsApartWithPlurals() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition,level\nGood,Fine words here.,beginner\nBad,,expert\n");
        Path out = home.resolve("out.json");
        Cli.Result r = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).endsWith("2 problems; nothing written. Fix them, or add --skip-bad to import the 1 good"
                + " row without the 1 bad row.\n");
        Cli.Result skip = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", out.toString(),
                "--skip-bad");
        assertThat(skip.out()).isEqualTo("wrote " + out + ": 1 term (1 bad row skipped)\n");
    }

    @Test
    void quizletSeparatorsThatCannotWorkAreAUsageError() throws IOException {
        Path txt = home.resolve("cards.txt");
        Files.writeString(txt, "A;;one\n");
        String out = home.resolve("out.json").toString();
        for (String[] separators : new String[][] {{";;", ";;"}, {"", "\\n"}, {"\\t", ""}, {"\\n\\n", "\\n"}}) {
            Cli.Result r = new Cli(home).run("deck", "import", txt.toString(), "--from", "quizlet", "-o", out,
                    "--term-separator", separators[0], "--card-separator", separators[1]);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).startsWith("glossary: --").hasLineCount(1).doesNotContain("internal error");
        }
    }

    @Test
    void aDeckIdThatIsNotASlugIsAUsageError() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition\nCache,Keeps copies close.\n");
        Cli.Result r = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o",
                home.resolve("out.json").toString(), "--id", "Bad Id");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("glossary: --id \"Bad Id\" is not a deck id; use lower-case letters, digits and"
                + " hyphens, e.g. --id bad-id\n");
    }

    @Test
    void aSecondImportInTheSameSessionForgetsTheFirstOnesOptions() throws IOException {
        Path csv = home.resolve("terms.csv");
        Files.writeString(csv, "term,definition\nJWT,\"A signed token, with claims.\"\n");
        Path first = home.resolve("first.json");
        Path second = home.resolve("second.json");
        StringWriter err = new StringWriter();
        CommandLine session = new Cli(home).commands(new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(session.execute("deck", "import", csv.toString(), "--from", "csv", "-o", first.toString(),
                "--level", "advanced", "--category", "Auth", "--id", "first")).as(err.toString()).isZero();
        assertThat(session.execute("deck", "import", csv.toString(), "--from", "csv", "-o", second.toString()))
                .as(err.toString()).isZero();
        Deck deck = DeckReader.load(second);
        assertThat(deck.id()).isEqualTo("second");
        assertThat(deck.byName("JWT").orElseThrow().level().id()).isEqualTo("intermediate");
        assertThat(deck.byName("JWT").orElseThrow().category()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageErrorNotACrash() {
        Cli.Result r = new Cli(home).run("deck", "validate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("glossary: Missing required parameter: 'FILE|LINK'");
    }

    @Test
    void exportThenImportGivesTheSameTerms() {
        Path anki = home.resolve("deck.txt");
        Cli.Result r = new Cli(home).run("deck", "export", "--to", "anki", "--output", anki.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path back = home.resolve("back.json");
        Cli.Result in = new Cli(home).run("deck", "import", anki.toString(), "--from", "anki", "-o", back.toString());
        assertThat(in.exitCode()).as(in.toString()).isZero();
        Deck bundled = dev.glossary.store.DeckSource.bundled();
        // Ids, related terms and categories too: progress is keyed by id.
        assertThat(DeckReader.load(back).terms()).containsExactlyElementsOf(bundled.terms());

        Path csv = home.resolve("deck.csv");
        assertThat(new Cli(home).run("deck", "export", "--to", "csv", "-o", csv.toString()).exitCode()).isZero();
        Path fromCsv = home.resolve("from-csv.json");
        Cli.Result csvIn = new Cli(home).run("deck", "import", csv.toString(), "--from", "csv", "-o", fromCsv.toString());
        assertThat(csvIn.exitCode()).as(csvIn.toString()).isZero();
        assertThat(DeckReader.load(fromCsv).terms()).containsExactlyElementsOf(bundled.terms());
    }

    @Test
    void markdownExportIsAPrintableGlossary() {
        Cli.Result r = new Cli(home).run("deck", "export", "--to", "markdown");
        assertThat(r.out()).startsWith("# Backend Glossary").contains("## Beginner").contains("### Idempotency");
    }

    @Test
    void installingALargeDeckKeepsItsCopyAndIndexSoItsFirstOpenReadsThem() throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": 1, \"id\": \"large\", \"name\": \"Large\", \"terms\": [\n");
        for (int i = 0; i < 2500; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"t").append(i).append("\", \"term\": \"Term ").append(i)
                    .append("\", \"level\": \"beginner\", \"definition\": \"Number ").append(i).append(" of a deck that is")
                    .append(" large. ".repeat(60)).append("\"}");
        }
        Path file = Files.writeString(home.resolve("large.json"), json.append("]}").toString());
        assertThat(Files.size(file)).isGreaterThan(DeckCache.MIN_BYTES);

        assertThat(new Cli(home).run("deck", "install", file.toString()).exitCode()).isZero();
        List<String> kept;
        try (Stream<Path> files = Files.list(home.resolve("cache/decks"))) {
            kept = files.map(f -> f.getFileName().toString().replaceAll(".*\\.", "")).sorted().toList();
        }
        assertThat(kept).containsExactly("deck", "index");

        var installed = new DeckCache(home.resolve("cache/decks"), Runnable::run)
                .load(home.resolve("decks").resolve("large.json"));
        assertThat(installed.searchIndex().search("term 1234", 1))
                .extracting(hit -> hit.term().id()).containsExactly("t1234");
        assertThat(new Cli(home).run("--deck", "large", "search", "term 77").out()).contains("Term 77");
    }

    @Test
    void installThenSelectByIdAndUpdateKeepsProgress() throws IOException {
        Path v1 = home.resolve("v1.json");
        Files.writeString(v1, """
                {"format": 1, "id": "course", "name": "Course", "terms": [
                  {"id": "a", "term": "Alpha", "level": "beginner", "definition": "The first letter of the Greek alphabet."},
                  {"id": "b", "term": "Beta", "level": "beginner", "definition": "The second letter of the Greek alphabet."}
                ]}""");
        Cli.Result install = new Cli(home).run("deck", "install", v1.toString());
        assertThat(install.out()).contains("installed \"Course\" (course), 2 terms");
        Cli.Result quiz = new Cli(home).stdin("\n3\n").run("--deck", "course", "quiz", "--term", "Alpha", "--mode", "flip");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();

        Path v2 = home.resolve("v2.json");
        Files.writeString(v2, """
                {"format": 1, "id": "course", "name": "Course", "terms": [
                  {"id": "a", "term": "Alpha", "level": "beginner", "definition": "The first letter of the Greek alphabet, A."},
                  {"id": "c", "term": "Gamma", "level": "advanced", "definition": "The third letter of the Greek alphabet."}
                ]}""");
        Cli.Result update = new Cli(home).run("deck", "install", v2.toString());
        assertThat(update.out()).contains("1 added (c), 1 changed (a), 1 removed (b)");
        Cli.Result why = new Cli(home).run("--deck", "course", "why", "Alpha");
        assertThat(why.out()).contains("Reviews:").contains("good");
        Cli.Result list = new Cli(home).run("deck", "list");
        assertThat(list.out()).contains("backend").containsPattern("(?m)^course .* 2 +1 +\\d+  ");
        Cli.Result bundled = new Cli(home).run("why", "Idempotency");
        assertThat(bundled.out()).contains("never reviewed");
    }

    @Test
    void anotherDeckThatOnlySharesTheIdIsRefusedUnlessForced() throws IOException {
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            terms.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"term\": \"Term ").append(i)
                    .append("\", \"level\": \"beginner\", \"definition\": \"Words for term ").append(i).append(".\"}");
        }
        Path mine = home.resolve("mine.json");
        Files.writeString(mine, "{\"format\": 1, \"id\": \"t\", \"name\": \"Terms\", \"terms\": [" + terms + "]}");
        assertThat(new Cli(home).run("deck", "install", mine.toString()).exitCode()).isZero();
        assertThat(new Cli(home).stdin("\n3\n").run("--deck", "t", "quiz", "--term", "Term 0", "--mode", "flip")
                .exitCode()).isZero();

        Path other = home.resolve("biology.json");
        Files.writeString(other, """
                {"format": 1, "id": "t", "name": "Biology", "terms": [
                  {"id": "t0", "term": "Photosynthesis", "level": "beginner", "definition": "Light made into sugar."}
                ]}""");
        Cli.Result refused = new Cli(home).run("deck", "install", other.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("glossary: " + other + ": deck id \"t\" is already installed, and this deck"
                + " is named \"Biology\", not \"Terms\" and renames or removes 6 of its 6 terms;")
                .contains("--force").hasLineCount(1);
        assertThat(DeckReader.load(home.resolve("decks/t.json")).name()).isEqualTo("Terms");
        assertThat(new Cli(home).run("--deck", "t", "why", "t0").out()).contains("Term 0");

        Path renamed = home.resolve("renamed.json");
        Files.writeString(renamed, Files.readString(mine).replace("Term 1\"", "One\"").replace("Term 2\"", "Two\"")
                .replace("Term 3\"", "Three\"").replace("Term 4\"", "Four\""));
        Cli.Result mostRenamed = new Cli(home).run("deck", "install", renamed.toString());
        assertThat(mostRenamed.exitCode()).isEqualTo(1);
        assertThat(mostRenamed.err()).contains("this deck renames or removes 4 of its 6 terms");

        Cli.Result forced = new Cli(home).run("deck", "install", other.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.out()).contains("updated \"Biology\" (t): 0 added, 1 changed (t0), 5 removed")
                .contains("progress stays with every term id the deck still has");
    }

    private Path oneTermDeck(String file, String id, String name) throws IOException {
        Path deck = home.resolve(file);
        Files.writeString(deck, "{\"format\": 1, \"id\": \"" + id + "\", \"name\": \"" + name + "\", \"terms\": ["
                + "{\"id\": \"a\", \"term\": \"Alpha\", \"level\": \"beginner\", \"definition\": \"The first letter.\"}]}");
        return deck;
    }

    @Test
    void deckListAndValidatePrintJsonForScripts() throws IOException {
        Path deck = oneTermDeck("one.json", "one", "One");
        assertThat(new Cli(home).run("deck", "install", deck.toString()).out()).contains(", 1 term;");
        Cli.Result list = new Cli(home).run("deck", "list", "--json");
        assertThat(list.exitCode()).isZero();
        var decks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.out());
        assertThat(decks).hasSize(2);
        assertThat(decks.get(0).get("id").asText()).isEqualTo("backend");
        assertThat(decks.get(0).get("file").isNull()).isTrue();
        assertThat(decks.get(1).get("id").asText()).isEqualTo("one");
        assertThat(decks.get(1).get("terms").asInt()).isEqualTo(1);
        assertThat(decks.get(1).get("studied").asInt()).isZero();

        Cli.Result ok = new Cli(home).run("deck", "validate", deck.toString(), "--json");
        assertThat(ok.exitCode()).isZero();
        var outcome = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ok.out());
        assertThat(outcome.get("ok").asBoolean()).isTrue();
        assertThat(outcome.get("terms").asInt()).isEqualTo(1);
        assertThat(outcome.get("levels").get("beginner").asInt()).isEqualTo(1);
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(deck).replace("beginner", "expert"));
        Cli.Result problems = new Cli(home).run("deck", "validate", bad.toString(), "--json");
        assertThat(problems.exitCode()).isEqualTo(65);
        var failed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(problems.out());
        assertThat(failed.get("ok").asBoolean()).isFalse();
        assertThat(failed.get("problems").get(0).get("where").asText()).isEqualTo("terms[0] \"a\": level");
        assertThat(failed.get("problems").get(0).get("message").asText()).contains("\"expert\" is not one of");
    }

    @Test
    void countsOfOneAreSingular() throws IOException {
        Path deck = oneTermDeck("one.json", "one", "One");
        assertThat(new Cli(home).run("deck", "validate", deck.toString()).out())
                .isEqualTo("ok: 1 term (1 beginner, 0 intermediate, 0 advanced)\n");
        assertThat(new Cli(home).run("deck", "lint", deck.toString()).out()).endsWith(" for 1 term (advice only;"
                + " the deck is valid)\n");
        Path csv = home.resolve("one.csv");
        assertThat(new Cli(home).run("deck", "export", deck.toString(), "--to", "csv", "-o", csv.toString()).out())
                .isEqualTo("wrote " + csv + ": 1 term as csv\n");
    }

    @Test
    void aLongDeckNameIsCutSoTheColumnsStayInLine() throws IOException {
        Path deck = oneTermDeck("long.json", "long", "A very long deck name that goes on and on past its column");
        new Cli(home).run("deck", "install", deck.toString());
        List<String> lines = new Cli(home).run("deck", "list").out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("long  ").contains("A very long deck name that…")
                .doesNotContain("past its column");
        assertThat(lines.get(2).indexOf(String.format("%5d  %7d  %4d", 1, 0, 0)))
                .isEqualTo(lines.get(1).indexOf(String.format("%5d  %7d  %4d", 236, 0, 0)));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void exportTakesAnInstalledDeckIdAsWellAsAFile() throws IOException {
        Path deck = oneTermDeck("one.json", "one", "One");
        new Cli(home).run("deck", "install", deck.toString());
        Files.delete(deck);
        Cli.Result r = new Cli(home).run("deck", "export", "one", "--to", "csv");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Alpha,The first letter.,beginner");
        assertThat(new Cli(home).run("deck", "export", "nothing-here", "--to", "csv").err())
                .contains("nothing-here: no such deck file or installed deck");
    }

    @Test
    void deckPicksAnInstalledDeckByTheIdInsideItOrByItsFileName() throws IOException {
        Path decks = Files.createDirectories(home.resolve("decks"));
        Files.copy(oneTermDeck("x.json", "physics", "Physics"), decks.resolve("My Physics.json"));
        for (String name : List.of("physics", "My Physics", "My Physics.json")) {
            Cli.Result r = new Cli(home).run("--deck", name, "show", "Alpha");
            assertThat(r.exitCode()).as(name + "\n" + r).isZero();
            assertThat(r.out()).contains("The first letter.");
        }
    }

    @Test
    void deckNewWritesTheSchemaItPointsToUnlessOneIsThere() throws IOException {
        Path file = home.resolve("course.json");
        Cli.Result r = new Cli(home).run("deck", "new", file.toString());
        assertThat(r.out()).contains(home.resolve("deck.schema.json") + " for editors");
        assertThat(Files.readString(file)).contains("\"$schema\" : \"./deck.schema.json\"");
        String schema = Files.readString(home.resolve("deck.schema.json"));
        assertThat(schema).isEqualTo(Files.readString(Path.of("data/deck.schema.json")));

        Files.writeString(home.resolve("deck.schema.json"), "{\"mine\": true}");
        Cli.Result again = new Cli(home).run("deck", "new", home.resolve("other.json").toString());
        assertThat(again.out()).doesNotContain("for editors");
        assertThat(Files.readString(home.resolve("deck.schema.json"))).isEqualTo("{\"mine\": true}");
    }

    @Test
    void theBundledDeckIdCannotBeInstalledOver() throws IOException {
        Path file = home.resolve("clash.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"backend\", \"terms\": [{\"id\": \"a\", \"term\": \"A\","
                + " \"level\": \"beginner\", \"definition\": \"Some words.\"}]}");
        Cli.Result r = new Cli(home).run("deck", "install", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("is the bundled deck's");
    }

    @Test
    void lintGivesAdviceWithoutFailing() throws IOException {
        Path file = home.resolve("lint.json");
        Files.writeString(file, """
                {"format": 1, "id": "lint", "terms": [
                  {"id": "a", "term": "Cache", "level": "beginner", "definition": "A cache keeps copies close."},
                  {"id": "b", "term": "Buffer", "level": "beginner", "definition": "Memory that holds data briefly while it moves between two places at different speeds.", "related": ["c"]},
                  {"id": "c", "term": "Queue", "level": "beginner", "definition": "Memory that holds data briefly while it moves between two places at different speeds!", "related": ["b"]}
                ]}""");
        Cli.Result r = new Cli(home).run("deck", "lint", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"a\": the definition names the term (\"Cache\")")
                .contains("\"a\": the definition is 27 characters, short for a card")
                .contains("\"a\": no related terms")
                .contains("\"c\": the definition is nearly the same as \"b\"'s");
    }
}
