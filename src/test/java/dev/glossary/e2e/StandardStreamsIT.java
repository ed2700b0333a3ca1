package dev.glossary.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard streams that are not a person at a terminal, through real processes and a real shell (the hostile
 * review's F3, F4 and F10): a closed or unreadable input is the end of input, output that does not arrive is
 * a failure.
 */
class StandardStreamsIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = Path.of("target/glossary.jar").toAbsolutePath().toString();
    private static final String LAUNCHER = Path.of("bin/glossary").toAbsolutePath().toString();

    @TempDir
    Path home;

    private record Ran(int exitCode, String out, String err) {
    }

    /** Runs a shell line, with {@code $G} the jar run directly and {@code $L} the launcher. */
    private Ran shell(String line) throws IOException, InterruptedException {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("GLOSSARY_HOME", home.resolve("learner").toString());
        pb.environment().put("G", JAVA + " -XX:TieredStopAtLevel=1 -jar " + JAR);
        pb.environment().put("L", LAUNCHER);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + line).isTrue();
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private void assertNothingRecorded() {
        assertThat(home.resolve("learner").resolve("progress.json")).doesNotExist();
    }

    @Test
    void aClosedInputEndsAQuizAtOnceWithNothingRecordedWithOrWithoutTheLauncher() throws Exception {
        for (String run : new String[] {"$G", "$L"}) {
            Ran r = shell(run + " quiz --count 3 --mode typed --json <&-");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("\"total\" : 0").contains("\"endedEarly\" : true");
            assertNothingRecorded();
        }
    }

    @Test
    void aClosedInputEndsTheRepl() throws Exception {
        for (String run : new String[] {"$G", "$L"}) {
            Ran r = shell(run + " <&-");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("bye");
            assertThat(r.out() + r.err()).doesNotContain("Unknown command").doesNotContain("Exception");
        }
    }

    @Test
    void aDirectoryAsInputEndsAQuizAndTheReplWithOneLine() throws Exception {
        Ran quiz = shell("$G quiz --count 2 --mode choice < /");
        assertThat(quiz.exitCode()).as(quiz.toString()).isZero();
        assertThat(quiz.err()).contains("standard input cannot be read (Is a directory)").doesNotContain("Exception");
        assertNothingRecorded();
        Ran repl = shell("$G < /");
        assertThat(repl.exitCode()).as(repl.toString()).isZero();
        assertThat(repl.out() + repl.err()).contains("standard input cannot be read").doesNotContain("Exception")
                .doesNotContain("internal error");
    }

    @Test
    void aFullDeviceIs74WithTheReason() throws Exception {
        for (String command : new String[] {"deck export --to csv", "show jwt", "stats --json"}) {
            Ran r = shell("$G " + command + " > /dev/full");
            assertThat(r.exitCode()).as(command + ": " + r).isEqualTo(74);
            assertThat(r.err()).isEqualTo("glossary: cannot write to standard output: no space left on device\n");
        }
    }

    @Test
    void aClosedOutputThroughTheLauncherIs74() throws Exception {
        Ran r = shell("$L show jwt >&-");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(74);
        assertThat(r.err()).isEqualTo("glossary: cannot write to standard output: bad file descriptor\n");
    }

    @Test
    void aReaderThatLeavesEarlyEndsTheExportQuietlyWith141() throws Exception {
        Ran r = shell("$G deck export --to csv | head -c 1 > /dev/null; echo \"${PIPESTATUS[0]}\"");
        assertThat(r.out().strip()).isEqualTo("141");
        assertThat(r.err()).isEmpty();
    }
}
