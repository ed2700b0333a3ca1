package dev.glossary.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code path TERM} on the bundled deck, through the real command line. */
class PathCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private void easy(String term) {
        Cli.Result r = new Cli(home).stdin("\n4\n").run("quiz", "--term", term, "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void aNewLearnersPathIsEverythingTheTermBuildsOnFoundationsFirst() {
        Cli.Result r = new Cli(home).run("path", "aggregate root");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                Aggregate Root builds on 2 terms; all are new or shaky for you. Foundations
                first:
                  1  Entity          intermediate  new
                  2  Entity (DDD)    advanced      new
                  3  Aggregate Root  advanced      new
                """);
    }

    @Test
    void termsTheLearnerKnowsLeaveThePathWithTheirStateAndDueShownForTheRest() {
        easy("Entity");
        new Cli(home).stdin("\n1\n").run("quiz", "--term", "Entity (DDD)", "--mode", "flip");

        Cli.Result r = new Cli(home).run("path", "Aggregate Root");

        assertThat(r.out()).startsWith("Aggregate Root builds on 2 terms; 1 of them is new or shaky for you.")
                .contains("1  Entity (DDD)    advanced      learning · due in 1m · recall 100 %")
                .contains("2  Aggregate Root  advanced      new")
                .doesNotContain("  Entity  ");
    }

    @Test
    void aTermWhoseFoundationsAreAllKnownSaysSo() {
        easy("Body");
        assertThat(new Cli(home).run("path", "200").out()).startsWith("200 builds on 1 term, and you know it.");
        assertThat(new Cli(home).run("path", "Body").out()).startsWith("Body builds on no other term of the deck.");
    }

    @Test
    void jsonListsThePathWithWhatEachTermBuildsOnAlongIt() throws IOException {
        JsonNode path = JSON.readTree(new Cli(home).run("path", "Aggregate Root", "--json").out());

        assertThat(path).hasSize(3);
        assertThat(path.get(0).get("id").asText()).isEqualTo("entity");
        assertThat(path.get(0).get("new").asBoolean()).isTrue();
        assertThat(path.get(0).get("due").isNull()).isTrue();
        assertThat(path.get(2).get("id").asText()).isEqualTo("aggregate-root");
        assertThat(path.get(2).get("buildsOn").toString()).isEqualTo("[\"entity\",\"entity-ddd\"]");
    }

    @Test
    void anUnknownTermIsOneLineWithSuggestions() {
        Cli.Result r = new Cli(home).run("path", "agregate root");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("glossary: no term \"agregate root\" in deck backend; did you mean \"Aggregate Root\"");
    }

    private static java.util.List<String> ids(JsonNode array, String field) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asText()));
        return ids;
    }

    @Test
    void quizPathStudiesThePathFoundationsFirstEndingWithTheTerm() throws IOException {
        easy("Client");
        JsonNode path = JSON.readTree(new Cli(home).run("path", "Idempotency Key", "--json").out());
        assertThat(ids(path, "id")).doesNotContain("client").endsWith("idempotency-key").hasSizeGreaterThan(2);

        Cli.Result r = new Cli(home).stdin("3\n".repeat(path.size())).run("quiz", "--path", "Idempotency Key",
                "--mode", "flip", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(ids(JSON.readTree(r.out()).get("results"), "id")).isEqualTo(ids(path, "id"));
    }

    @Test
    void quizPathSaysWhenThePathIsLongerThanTheSession() {
        Cli.Result r = new Cli(home).stdin("3\n3\n").run("quiz", "--path", "Idempotency Key", "--mode", "flip",
                "--count", "2");
        assertThat(r.err().replace('\n', ' ')).contains("The path to Idempotency Key has 5 terms; this session takes the first 2,"
                + " foundations first. Run it again for the rest.");
        assertThat(new Cli(home).run("quiz", "--path", "Idempotency Key", "--term", "JWT").exitCode()).isEqualTo(2);
        assertThat(new Cli(home).run("quiz", "--path", "no such term at all").exitCode()).isEqualTo(1);
    }

    @Test
    void anIntroductionNamesThePrerequisitesTheChosenLevelsLeftOutThatAreNewToTheLearner() {
        Cli.Result r = new Cli(home).stdin("3\n").run("quiz", "--level", "intermediate", "--term", "Idempotency Key",
                "--mode", "flip");
        assertThat(r.err()).contains("Builds on: Client, POST, Server, new to you; see them with:")
                .contains("glossary show Client");

        easy("Client");
        easy("POST");
        easy("Server");
        Cli.Result known = new Cli(home.resolve("other")).stdin("3\n").run("quiz", "--term", "Idempotency Key",
                "--mode", "flip");
        assertThat(known.err()).as("all levels chosen").doesNotContain("Builds on");
        Cli.Result met = new Cli(home).stdin("3\n").run("quiz", "--level", "intermediate", "--term", "Idempotency"
                + " Key", "--mode", "flip", "--cram");
        assertThat(met.err()).doesNotContain("Builds on");
    }
}
