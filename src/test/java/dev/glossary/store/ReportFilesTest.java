package dev.glossary.store;

import dev.glossary.GlossaryException;
import dev.glossary.report.LearnerReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFilesTest {
    @TempDir
    Path dir;

    private static final LearnerReport REPORT = new LearnerReport("bio", "1.3", "Ana \"A\" Silva",
            LocalDate.of(2026, 3, 2), List.of(
            new LearnerReport.TermSummary("cell", "Cell", 4, 3, 2, 1, "review", "known", true, 0.8765,
                    List.of(new LearnerReport.Confusion("nucleus", 2))),
            new LearnerReport.TermSummary("golgi", "Golgi", 0, 0, 0, 0, "new", "new", false, null, List.of())));

    private Path write(String json) throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aReportIsShortJsonWithOneTermALineAndReadsBackTheSame() throws IOException {
        String json = new String(ReportFiles.bytes(REPORT), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("""
                {
                  "glossaryReport": 1,
                  "deck": "bio",
                  "deckVersion": "1.3",
                  "learner": "Ana \\"A\\" Silva",
                  "date": "2026-03-02",
                  "terms": [
                    {"id": "cell", "term": "Cell", "answers": 4, "firstTries": 3, "firstTriesRight": 2, "lapses": 1, \
                "state": "review", "mastery": "known", "due": true, "retrievability": 0.877, "confusions": \
                [{"with": "nucleus", "times": 2}]},
                    {"id": "golgi", "term": "Golgi", "answers": 0, "firstTries": 0, "firstTriesRight": 0, "lapses": 0, \
                "state": "new", "mastery": "new", "due": false, "retrievability": null, "confusions": []}
                  ]
                }
                """);
        LearnerReport read = ReportFiles.read(write(json));
        assertThat(read.terms().get(0).retrievability()).isEqualTo(0.877);
        assertThat(read.terms().get(1)).isEqualTo(REPORT.terms().get(1));
        assertThat(read.learner()).isEqualTo("Ana \"A\" Silva");
        assertThat(read.deckVersion()).isEqualTo("1.3");
    }

    @Test
    void aReportWithoutANameHasNoNameField() {
        LearnerReport anonymous = new LearnerReport("bio", null, null, LocalDate.of(2026, 3, 2), List.of());
        assertThat(new String(ReportFiles.bytes(anonymous), StandardCharsets.UTF_8))
                .doesNotContain("learner").contains("\"deckVersion\": null").contains("\"terms\": []");
    }

    @Test
    void aFileThatIsNotAReportSaysWhatAReportIs() throws IOException {
        Path deck = write("{\"format\": 1, \"id\": \"bio\", \"terms\": []}");
        assertThatThrownBy(() -> ReportFiles.read(deck)).isInstanceOf(GlossaryException.class)
                .hasMessage(deck + ": not a class report; a learner writes one with: glossary report --deck ID -o FILE");
        Path broken = write("{\"glossaryReport\": 1, ");
        assertThatThrownBy(() -> ReportFiles.read(broken))
                .hasMessageStartingWith(broken + ":1:").hasMessageEndingWith("this is not a report written by: glossary"
                        + " report");
        assertThatThrownBy(() -> ReportFiles.read(dir.resolve("none.json")))
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(GlossaryException.IO);
    }

    @Test
    void everyFieldOfALearnersFileIsCheckedAndAProblemNamesIt() throws IOException {
        String good = new String(ReportFiles.bytes(REPORT), StandardCharsets.UTF_8);
        assertProblem(good.replace("\"answers\": 4", "\"answers\": \"4\""),
                "terms[0] \"cell\": answers: must be a whole number, 0 or more");
        assertProblem(good.replace("\"firstTriesRight\": 2", "\"firstTriesRight\": 7"),
                "terms[0] \"cell\": firstTriesRight: is more than firstTries");
        assertProblem(good.replace("\"state\": \"review\"", "\"state\": \"mastered\""),
                "terms[0] \"cell\": state: must be one of new, learning, review, relearning");
        assertProblem(good.replace("\"retrievability\": 0.877", "\"retrievability\": 7"),
                "terms[0] \"cell\": retrievability: must be a number from 0 to 1, or null");
        assertProblem(good.replace("\"with\": \"nucleus\"", "\"with\": \"<b>x</b>\""),
                "terms[0] \"cell\": confusions[0]: with: \"<b>x</b>\" is not a term id");
        assertProblem(good.replace("\"deck\": \"bio\"", "\"deck\": \"Bio Deck\""), "deck: \"Bio Deck\" is not a deck id");
        assertProblem(good.replace("\"glossaryReport\": 1", "\"glossaryReport\": 2"),
                "glossaryReport: this report is of format 2, and this glossary reads format 1; update glossary");
        assertProblem(good.replace("\"date\": \"2026-03-02\"", "\"date\": \"today\""),
                "date: must be a date such as 2026-03-02");
    }

    private void assertProblem(String json, String problem) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> ReportFiles.read(file)).isInstanceOf(GlossaryException.class)
                .hasMessage(file + ": " + problem)
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(GlossaryException.BAD_DATA);
    }
}
