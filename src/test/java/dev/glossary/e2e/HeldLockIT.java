package dev.glossary.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz whose save finds progress.lock held by another process (the hostile review's F7): it says so after 2 s
 * and waits, and stopped while waiting it never claims that every answer was saved.
 */
class HeldLockIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = Path.of("target/glossary.jar").toAbsolutePath().toString();
    private static final String TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath().toString();

    @TempDir
    Path home;

    private Process holdLock(long millis) throws Exception {
        Files.createDirectories(home);
        Process holder = new ProcessBuilder(JAVA, "-cp", TEST_CLASSES, LockHolder.class.getName(),
                home.resolve("progress.lock").toString(), String.valueOf(millis)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("held");
        return holder;
    }

    private Thread drain;

    private Process quiz(ByteArrayOutputStream output) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-jar", JAR, "quiz", "--count", "1",
                "--mode", "choice", "--term", "404").redirectErrorStream(true);
        pb.environment().put("GLOSSARY_HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().write("2\n3\n1\n4\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        drain = new Thread(() -> copy(p.getInputStream(), output));
        drain.setDaemon(true);
        drain.start();
        return p;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (Exception e) {
            // The process ended.
        }
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void awaitText(ByteArrayOutputStream out, String wanted) throws InterruptedException {
        for (int i = 0; i < 1200 && !text(out).contains(wanted); i++) {
            Thread.sleep(100);
        }
        assertThat(text(out)).contains(wanted);
    }

    @Test
    void aSaveWaitsForAHolderThatLetsGoAndSaysSo() throws Exception {
        Process holder = holdLock(6_000);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Process quiz = quiz(output);
        awaitText(output, "glossary: another glossary process is saving progress; waiting for it (up to 30 s)");
        assertThat(quiz.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(quiz.exitValue()).as(text(output)).isZero();
        assertThat(Files.readString(home.resolve("progress.json"))).contains("\"mode\" : \"choice\"");
        holder.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void aQuizStoppedWhileItsSaveWaitsNeverSaysEveryAnswerIsSaved() throws Exception {
        Process holder = holdLock(120_000);
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Process quiz = quiz(output);
            awaitText(output, "is saving progress; waiting for it");
            // SIGTERM, as timeout(1) or a closing terminal sends it; Process.destroy() would also close the pipe
            // the quiz writes to, and its last words would be lost.
            quiz.toHandle().destroy();
            assertThat(quiz.waitFor(60, TimeUnit.SECONDS)).isTrue();
            drain.join(10_000);
            String said = text(output);
            assertThat(said).doesNotContain("every answer you gave is saved")
                    .contains("Quiz stopped while your answer to 404 was being saved; it may not be.");
            assertThat(home.resolve("progress.json")).doesNotExist();
            assertThat(List.of(said.split("\n"))).noneMatch(line -> line.contains("Exception"));
        } finally {
            holder.destroyForcibly();
        }
    }
}
