package dev.glossary.quiz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the quiz a functional core: java.base and the deck model only, no I/O, no clock, no hidden chance. */
class QuizPackageIsPureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/glossary/quiz");
    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "import (static )?(java\\.(util|time|text|math)\\.|dev\\.glossary\\.(deck|quiz)\\.)[\\w.*]+;");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void importsOnlyTheJavaBaseUtilitiesAndTheDeckModel() throws IOException {
        assertThat(sources()).isNotEmpty();
        for (Path source : sources()) {
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("import ")) {
                    assertThat(line).as(source.getFileName().toString()).matches(ALLOWED_IMPORT);
                }
            }
        }
    }

    @Test
    void neverReadsTheClockOrMakesItsOwnRandomness() throws IOException {
        for (Path source : sources()) {
            String text = Files.readString(source);
            assertThat(text).as(source.getFileName().toString())
                    .doesNotContain("Instant.now", "Clock", "System.", "new Random", "Math.random", "java.io",
                            "java.nio", "ThreadLocalRandom");
        }
    }
}
