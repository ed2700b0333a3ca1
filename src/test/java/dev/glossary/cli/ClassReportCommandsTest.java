package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossary.term.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class report both ways through the real command line: learners write theirs with {@code glossary report},
 * the teacher reads a directory of them with {@code glossary deck report}.
 */
class ClassReportCommandsTest {
    private static final String DECK = """
            {"format": 1, "id": "biology-101-cells", "name": "Biology 101: Cells", "version": "1.3", "author": "Ms Rivera",
             "terms": [
              {"id": "cell", "term": "Cell", "level": "beginner", "definition": "The smallest unit of life."},
              {"id": "nucleus", "term": "Nucleus", "level": "beginner", "definition": "Holds the genetic material."},
              {"id": "ribosome", "term": "Ribosome", "level": "intermediate", "definition": "Builds proteins."}
            ]}
            """;

    @TempDir
    Path dir;

    private Path learner(String name) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home);
        Path deck = home.resolve("bio.json");
        Files.writeString(deck, DECK);
        assertThat(new Cli(home).run("deck", "install", deck.toString()).exitCode()).isZero();
        return home;
    }

    private Path fixtures() throws IOException {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        for (String name : List.of("ana.json", "ben.json")) {
            try (InputStream in = getClass().getResourceAsStream("/report/" + name)) {
                Files.write(reports.resolve(name), in.readAllBytes());
            }
        }
        return reports;
    }

    @Test
    void aLearnersReportHoldsOneDeckByTermIdWithoutAnswerTextsAndPrintsExactlyWhatItWrote() throws IOException {
        Path home = learner("ana");
        Cli.Result quiz = new Cli(home).stdin("mitochondria-typed-answer\n")
                .run("--deck", "biology-101-cells", "quiz", "--term", "Nucleus", "--mode", "typed");
        assertThat(quiz.exitCode()).as(quiz.toString()).isEqualTo(0);
        assertThat(new Cli(home).stdin("\n3\n").run("quiz", "--term", "Idempotency", "--mode", "flip").exitCode())
                .isZero();
        Path file = dir.resolve("ana-report.json");

        Cli.Result r = new Cli(home).run("--deck", "biology-101-cells", "report", "--name", "Ana", "-o",
                file.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String written = Files.readString(file);
        assertThat(r.out()).isEqualTo("wrote " + file + " (deck biology-101-cells, 3 terms, 1 answered, named \"Ana\");"
                + " this is all it holds:\n" + written);
        assertThat(written).doesNotContain("mitochondria", "backend", "idempotency");
        JsonNode report = new ObjectMapper().readTree(written);
        assertThat(report.get("deck").asText()).isEqualTo("biology-101-cells");
        assertThat(report.get("deckVersion").asText()).isEqualTo("1.3");
        assertThat(report.get("learner").asText()).isEqualTo("Ana");
        assertThat(report.get("terms")).hasSize(3);
        JsonNode nucleus = report.get("terms").get(1);
        assertThat(nucleus.get("id").asText()).isEqualTo("nucleus");
        assertThat(nucleus.get("answers").asInt()).isEqualTo(1);
        assertThat(nucleus.get("firstTries").asInt()).isEqualTo(1);
        assertThat(nucleus.get("firstTriesRight").asInt()).isZero();
        assertThat(nucleus.get("confusions")).isEmpty();
        assertThat(written.lines()).hasSize(3 + 7 + 2);
    }

    @Test
    void withoutAFileTheReportGoesToStandardOutputAndANameIsOneLine() throws IOException {
        Path home = learner("ben");
        Cli.Result r = new Cli(home).run("--deck", "biology-101-cells", "report");
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).has("learner")).isFalse();

        Cli.Result badName = new Cli(home).run("--deck", "biology-101-cells", "report", "--name", "Ben\nDROP");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("--name takes a name of 1 to 80 characters on one line");

        Path file = dir.resolve("taken.json");
        Files.writeString(file, "mine");
        Cli.Result taken = new Cli(home).run("--deck", "biology-101-cells", "report", "-o", file.toString());
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void theTeacherReadsADirectoryOfReportsAsATable() throws IOException {
        Cli.Result r = new Cli(dir.resolve("teacher")).run("deck", "report", fixtures().toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                Class report for biology-101-cells: 2 learners
                Reports of 2 versions of the deck: 1.2 (1 learner), 1.3 (1 learner); terms are
                matched by id. Not in every report: Golgi Apparatus (1 of 2).

                Hardest terms (most missed at first try across the class, then most lapses)
                   #  TERM               MET  FIRST TRY  LAPSES  ANSWERS
                   1  Ribosome           2/2       17 %       3        9
                   2  Nucleus            2/2       50 %       2        9
                   3  Golgi Apparatus    1/2        0 %       0        2
                   4  Cell               2/2      100 %       0        6

                Most confused pairs
                  Nucleus and Ribosome: 4 times, by 2 learners

                Coverage per learner
                  LEARNER       VERSION       SEEN    DUE  KNOWN
                  Ana           1.3            4/5      2      2
                  ben.json      1.2            3/4      1      2

                Not reached by anyone yet (1)
                  Lysosome
                """);
    }

    @Test
    void theTeachersJsonAndCsvCarryEveryTerm() throws IOException {
        Path reports = fixtures();
        Cli.Result json = new Cli(dir.resolve("teacher")).run("deck", "report", reports.resolve("ana.json").toString(),
                reports.resolve("ben.json").toString(), "--json");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("deck").asText()).isEqualTo("biology-101-cells");
        assertThat(doc.get("learnerCount").asInt()).isEqualTo(2);
        assertThat(doc.get("terms")).hasSize(5);
        assertThat(doc.get("terms").get(0).get("id").asText()).isEqualTo("ribosome");
        assertThat(doc.get("terms").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(doc.get("terms").get(4).get("rank").isNull()).isTrue();
        assertThat(doc.get("notReached").get(0).asText()).isEqualTo("lysosome");
        assertThat(doc.get("confusedPairs").get(0).get("times").asInt()).isEqualTo(4);
        assertThat(doc.get("versions").get("1.2").asInt()).isEqualTo(1);
        assertThat(doc.get("partialTerms").get(0).get("id").asText()).isEqualTo("golgi");

        List<String> terms = new Cli(dir.resolve("teacher")).run("deck", "report", reports.toString(), "--csv")
                .out().lines().toList();
        assertThat(terms).hasSize(6);
        assertThat(terms.get(0)).isEqualTo("rank,id,term,learners_met,reports_with_term,first_try_accuracy,"
                + "class_misses,first_tries,first_tries_right,lapses,answers,confused_with");
        assertThat(terms.get(1)).isEqualTo("1,ribosome,Ribosome,2,2,0.167,1.667,5,1,3,9,nucleus (4)");
        assertThat(terms.get(5)).isEqualTo("\"\",lysosome,Lysosome,0,2,,0.000,0,0,0,0,");
        List<String> learners = new Cli(dir.resolve("teacher")).run("deck", "report", reports.toString(), "--csv",
                "--learners").out().lines().toList();
        assertThat(learners).containsExactly("learner,deck_version,terms,seen,due,known", "Ana,1.3,5,4,2,2",
                "ben.json,1.2,4,3,1,2");
    }

    @Test
    void aFileThatIsNotAReportStopsTheTeacherUnlessSkipBadIsGiven() throws IOException {
        Path reports = fixtures();
        Files.writeString(reports.resolve("notes.json"), "{\"format\": 1, \"id\": \"bio\"}");

        Cli.Result stop = new Cli(dir.resolve("teacher")).run("deck", "report", reports.toString());
        assertThat(stop.exitCode()).isEqualTo(65);
        assertThat(stop.err()).isEqualTo("glossary: " + reports.resolve("notes.json") + ": not a class report; a learner"
                + " writes one with: glossary report --deck ID -o FILE (--skip-bad leaves such files out)\n");

        Cli.Result skip = new Cli(dir.resolve("teacher")).run("deck", "report", reports.toString(), "--skip-bad");
        assertThat(skip.exitCode()).isZero();
        assertThat(skip.err()).startsWith("warning: left out " + reports.resolve("notes.json"));
        assertThat(skip.out()).startsWith("Class report for biology-101-cells: 2 learners");
    }

    @Test
    void reportsOfDifferentDecksAreNotMixed() throws IOException {
        Path reports = fixtures();
        Files.writeString(reports.resolve("ben.json"), Files.readString(reports.resolve("ben.json"))
                .replace("biology-101-cells", "chemistry"));

        Cli.Result r = new Cli(dir.resolve("teacher")).run("deck", "report", reports.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("glossary: the reports are of different decks: biology-101-cells (Ana);"
                + " chemistry (ben.json); read one deck's reports at a time\n");
    }

    @Test
    void aNarrowScreenCutsNamesNotColumns() throws IOException {
        Cli.Result r = new Cli(dir.resolve("teacher")).screen(Screen.plain(50)).run("deck", "report",
                fixtures().toString());
        assertThat(r.out()).contains("   3  Golgi Appar…    1/2");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(6 + 12 + 35));
    }
}
