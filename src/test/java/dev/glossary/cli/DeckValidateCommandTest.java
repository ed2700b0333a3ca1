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
        assertThat(r.err()).startsWith("glossary: " + file + ":3:1: not valid JSON");
    }
}
