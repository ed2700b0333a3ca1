package dev.glossary.cli;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file where the learner directory needs a directory (the hostile review's F9 and W6): one line naming the
 * path and what to do; the daily backup never vetoes a save.
 */
class LearnerDirectoryTest {
    @TempDir
    Path home;

    private Cli.Result answer(Path where) {
        return new Cli(where).stdin("\n3\n").run("quiz", "--term", "Redis", "--mode", "flip");
    }

    @Test
    void aBackupsFileOnlyCostsTheBackupWithOneWarningAndTheAnswerIsSaved() throws IOException {
        assertThat(answer(home).exitCode()).isZero();
        Files.writeString(home.resolve("backups"), "x");
        Cli.Result r = new Cli(home).stdin("\n3\n\n2\n").run("quiz", "--term", "Redis", "--term", "GET", "--mode", "flip");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).containsOnlyOnce("glossary: warning: today's backup of progress could not be made in "
                + home.resolve("backups") + ": " + home.resolve("backups") + " is a file where glossary needs a"
                + " directory; move it aside; your answers are still saved\n");
        assertThat(new Cli(home).run("stats", "--json").out()).contains("\"totalReviews\" : 3");
    }

    @Test
    void aHomeThatIsAFileNamesItselfInTheOneLineOfAFailedSave() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-dir"), "x");
        Cli.Result r = answer(file);
        assertThat(r.exitCode()).isEqualTo(GlossaryException.IO);
        assertThat(r.err()).endsWith("glossary: your answer to Redis was not saved: " + file.resolve("progress.json")
                + ": cannot save progress: " + file + " is a file where glossary needs a directory; move it aside\n");
        Cli.Result config = new Cli(file).run("config", "retention", "0.8");
        assertThat(config.exitCode()).isEqualTo(GlossaryException.IO);
        assertThat(config.err()).contains(file + " is a file where glossary needs a directory");
        assertThat(new Cli(file).run("show", "jwt").exitCode()).isZero();
    }
}
