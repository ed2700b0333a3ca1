package dev.glossary.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SrsDependenciesTest {

    @Test
    void the_scheduler_imports_nothing_but_java_base() throws IOException {
        Path sources = Path.of("src/main/java/dev/glossary/srs");
        List<String> imports;
        try (Stream<Path> files = Files.list(sources)) {
            imports = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(SrsDependenciesTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .toList();
        }

        assertThat(imports).isNotEmpty()
                .allMatch(line -> line.matches("import (static )?java\\.(time|util|lang)\\b.*"))
                .noneMatch(line -> line.contains("java.io") || line.contains("java.nio"));
    }

    @Test
    void the_scheduler_reads_no_clock_and_draws_no_random_numbers() throws IOException {
        Path sources = Path.of("src/main/java/dev/glossary/srs");
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.flatMap(SrsDependenciesTest::lines))
                    .noneMatch(line -> line.contains(".now(") || line.contains("Math.random")
                            || line.contains("new Random") || line.contains("currentTimeMillis"));
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
