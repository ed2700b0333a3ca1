package dev.glossary.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeckValidateCommandTest {
    @TempDir
    Path home;

    @Test
    void aCleanDeckPrintsOkWithCountsPerLevel() throws IOException {
        Path file = home.resolve("ok.json");
        Files.writeString(file, """
                {"format": 1, "id": "ok", "terms": [
                  {"id": "a", "term": "A", "level": "beginner", "definition": "First one."},
                  {"id": "b", "term": "B", "level": "advanced", "definition": "Second one."},
                  {"id": "c", "term": "C", "level": "advanced", "definition": "Third one."}
                ]}
                """);
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("ok: 3 terms (1 beginner, 0 intermediate, 2 advanced)\n");
    }

    @Test
    void aBadDeckListsEveryProblemWithItsPlace() throws IOException {
        Path file = home.resolve("bad.json");
        Files.writeString(file, """
                {"format": 1, "id": "bad", "terms": [
                  {"id": "zed", "term": "Zed", "level": "expert", "definition": "Text."},
                  {"id": "zed", "term": "Other", "level": "beginner", "definition": "", "typo": 1}
                ]}
                """);
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains(file + ":2:3: terms[0] \"zed\": level: level \"expert\" is not one of")
                .contains("terms[1] \"zed\": id: duplicate id")
                .contains("terms[1] \"zed\": definition: empty")
                .contains("\"typo\": unknown field")
                .contains("4 problems in " + file);
    }

    @Test
    void aSyntaxErrorIsReportedWithLineAndColumn() throws IOException {
        Path file = home.resolve("syntax.json");
        Files.writeString(file, "{\n\"format\": 1\n\"id\": \"x\"}");
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("glossary: " + file + ":3:1: a comma is missing between two fields\n");
    }

    @Test
    void aDeckOfOneTermIsOneTerm() throws IOException {
        Path file = home.resolve("one.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"one\", \"terms\": [{\"id\": \"a\", \"term\": \"A\","
                + " \"level\": \"beginner\", \"definition\": \"Some words.\"}]}");
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.out()).isEqualTo("ok: 1 term (1 beginner, 0 intermediate, 0 advanced)\n");
    }

    @Test
    void aFormatOfTheWrongTypeIsOneProblemNotAlsoMissing() throws IOException {
        Path file = home.resolve("format.json");
        Files.writeString(file, "{\"format\": \"1\", \"id\": \"f\", \"terms\": [{\"id\": \"a\", \"term\": \"A\","
                + " \"level\": \"beginner\", \"definition\": \"Some words.\"}, 7]}");
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo(file + ":1:12: format: must be a whole number such as 1, not a string\n"
                + file + ":1:114: terms[1]: must be an object with id, term, level, definition\n"
                + "2 problems in " + file + "\n");
    }

    @Test
    void aTermSharingAnAliasOrUsingAnotherTermsNameAsOneFailsNamingBoth() throws IOException {
        Path file = home.resolve("alias.json");
        Files.writeString(file, """
                {"format": 1, "id": "al", "terms": [
                  {"id": "a", "term": "Queue", "level": "beginner", "definition": "Words.", "aliases": ["q"]},
                  {"id": "b", "term": "Quota", "level": "beginner", "definition": "Words.", "aliases": ["Q "]},
                  {"id": "c", "term": "Cue", "level": "beginner", "definition": "Words.", "aliases": ["queue", "cue"]}
                ]}""");
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo(file + ":3:3: terms[1] \"b\": aliases: \"Q \" is also an alias of terms[0] \"a\";"
                + " an alias must lead to one term, so remove it from one of them\n"
                + file + ":4:3: terms[2] \"c\": aliases: \"queue\" is the name of terms[0] \"a\"; an alias must lead"
                + " to one term, so remove it from one of them\n"
                + "2 problems in " + file + "\n");
    }

    @Test
    void aLevelMustBeWrittenInLowerCaseAsTheSchemaSays() throws IOException {
        Path file = home.resolve("level.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"l\", \"terms\": [{\"id\": \"a\", \"term\": \"A\","
                + " \"level\": \"Beginner\", \"definition\": \"Some words.\"}]}");
        Cli.Result r = new Cli(home).run("deck", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).startsWith(file + ":1:36: terms[0] \"a\": level: level \"Beginner\" must be written"
                + " \"beginner\", in lower case\n");
    }
}
