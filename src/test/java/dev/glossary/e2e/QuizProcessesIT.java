package dev.glossary.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-shot quiz driven through a pipe and stopped with SIGINT, as Ctrl-C in a shell pipeline would. */
class QuizProcessesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = Path.of("target/glossary.jar").toAbsolutePath().toString();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    /** A running quiz: its stdin held open, stdout and stderr collected as they come. */
    private record Running(Process process, OutputStream stdin, ByteArrayOutputStream outBytes,
                           ByteArrayOutputStream errBytes) {
        String err() {
            synchronized (errBytes) {
                return errBytes.toString(StandardCharsets.UTF_8);
            }
        }

        String out() {
            synchronized (outBytes) {
                return outBytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private Running start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("GLOSSARY_HOME", home.toString());
        Process p = pb.start();
        Running running = new Running(p, p.getOutputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        collect(p.getInputStream(), running.outBytes());
        collect(p.getErrorStream(), running.errBytes());
        return running;
    }

    private static void collect(InputStream from, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = from.read(buffer)) > 0; ) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                    }
                }
            } catch (java.io.IOException e) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void waitForErr(Running r, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!r.err().contains(text)) {
            assertThat(Instant.now()).as("waiting for \"" + text + "\"; stderr so far:\n" + r.err()).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static int interrupt(Running r) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(r.process().pid())).start().waitFor()).isZero();
        assertThat(r.process().waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // Let the collectors drain what the process wrote last.
        Thread.sleep(200);
        return r.process().exitValue();
    }

    @Test
    void ctrlCWithJsonStillPrintsTheWholeDocumentOnStdout() throws Exception {
        Running r = start("quiz", "--term", "Idempotency", "--term", "JWT", "--mode", "typed", "--json");
        waitForErr(r, "Type the term:");
        r.stdin().write("idempotency\n".getBytes(StandardCharsets.UTF_8));
        r.stdin().flush();
        waitForErr(r, "[2/2]");

        int code = interrupt(r);

        assertThat(code).isEqualTo(130);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("endedEarly").asBoolean()).isTrue();
        assertThat(doc.get("answers").asInt()).isEqualTo(1);
        assertThat(doc.get("results").get(0).get("id").asText()).isEqualTo("idempotency");
        assertThat(r.err()).contains("every answer you gave is saved");
    }

    @Test
    void ctrlCWithoutJsonPrintsTheSummaryOnStdout() throws Exception {
        Running r = start("quiz", "--term", "Idempotency", "--term", "JWT", "--mode", "typed");
        waitForErr(r, "Type the term:");
        r.stdin().write("idempotency\n".getBytes(StandardCharsets.UTF_8));
        r.stdin().flush();
        waitForErr(r, "[2/2]");

        assertThat(interrupt(r)).isEqualTo(130);
        assertThat(r.out()).contains("Score: 1/1");
    }
}
