package dev.glossary.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress file under real processes: several one-shots writing at once lose nothing, and a writer
 * killed with SIGKILL at any moment leaves a file that reads.
 */
class ProgressProcessesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = Path.of("target/glossary.jar").toAbsolutePath().toString();

    @TempDir
    Path home;

    private Process start(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-jar", JAR));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GLOSSARY_HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes());
        p.getOutputStream().close();
        return p;
    }

    /**
     * Starts a quiz and waits until it asks its first question, so that the kill that follows lands while
     * answers are being written, however long the JVM took to start on a busy machine.
     */
    private Process startAnswering(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-jar", JAR));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GLOSSARY_HOME", home.toString());
        Process p = pb.start();
        CountDownLatch asking = new CountDownLatch(1);
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains("Your answer")) {
                        asking.countDown();
                    }
                }
            } catch (IOException e) {
                // The process was killed: its output ends here.
            }
            asking.countDown();
        });
        drain.setDaemon(true);
        drain.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(asking.await(90, TimeUnit.SECONDS)).isTrue();
        return p;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private int reviews() throws Exception {
        JsonNode root = JSON.readTree(home.resolve("progress.json").toFile());
        int n = 0;
        for (JsonNode deck : root.get("decks")) {
            for (JsonNode term : deck) {
                n += term.get("reviews").size();
            }
        }
        return n;
    }

    @Test
    void oneShotsStartedAtOnceKeepEveryReview() throws Exception {
        String[] terms = {"Idempotency", "Token Bucket", "Redis", "GraphQL", "Webhook", "Middleware"};
        List<Process> running = new ArrayList<>();
        for (String term : terms) {
            // Three answers each: wrong, wrong, then a rating that ends the term.
            running.add(start("\n1\n\n1\n\n3\n", "quiz", "--term", term, "--mode", "flip"));
        }
        for (Process p : running) {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(reviews()).isEqualTo(terms.length * 3);
    }

    @Test
    void oneShotsReviewingTheSameTermAtOnceKeepEveryReviewAndRecomputeItsCard() throws Exception {
        int processes = 6;
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            running.add(start("\n1\n\n1\n\n3\n", "quiz", "--term", "Redis", "--mode", "flip"));
        }
        for (Process p : running) {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        JsonNode redis = JSON.readTree(home.resolve("progress.json").toFile()).get("decks").get("backend").get("redis");
        assertThat(redis.get("reviews")).hasSize(processes * 3);
        // The card is the replay of the union of every process's answers, not of one process's own.
        assertThat(redis.get("card").get("reps").asInt()).isEqualTo(processes * 3);
    }

    @Test
    void aWriterKilledAtAnyMomentLeavesAReadableFile() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        String answers = "1\n".repeat(400);
        int before = 0;
        for (int round = 0; round < 10; round++) {
            // Scheduled answers (which replay and reschedule cards) and cram answers in turn.
            List<String> args = new ArrayList<>(List.of("quiz", "--mode", "choice", "--count", "200", "--new", "200",
                    "--seed", String.valueOf(round)));
            if (round % 2 == 1) {
                args.add("--cram");
            }
            Process p = startAnswering(answers, args.toArray(String[]::new));
            Thread.sleep(random.nextInt(700));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            File file = home.resolve("progress.json").toFile();
            if (file.exists()) {
                int now = reviews();
                assertThat(now).isGreaterThanOrEqualTo(before);
                before = now;
            }
            try (var leftovers = Files.list(home)) {
                assertThat(leftovers.filter(f -> f.getFileName().toString().endsWith(".tmp")).count())
                        .as("a temporary file may be left by a kill, but never replaces progress.json").isLessThanOrEqualTo(1);
            }
        }
        assertThat(before).isPositive();
        Process check = start("", "stats", "--json");
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).isZero();
    }
}
