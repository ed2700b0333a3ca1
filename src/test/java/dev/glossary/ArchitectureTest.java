package dev.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The functional core stays pure: deck, srs, quiz, search and progress never reach for the terminal,
 * the command line, JSON, files or the wall clock; the shell (cli, repl, store, term) calls inward.
 */
class ArchitectureTest {
    private static final List<String> FORBIDDEN = List.of("import org.jline", "import picocli", "import com.fasterxml",
            "import java.io.File", "import java.nio.file", "import dev.glossary.cli", "import dev.glossary.repl",
            "import dev.glossary.store", "import dev.glossary.term", "Instant.now()", "System.currentTimeMillis",
            "new Random(", "Math.random", "System.out", "System.err");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deck", "srs", "quiz", "search", "progress"})
    void theCorePackageHasNoShellDependencies(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/dev/glossary", pkg);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String forbidden : FORBIDDEN) {
                    assertThat(source).as(file + " uses " + forbidden).doesNotContain(forbidden);
                }
            }
        }
    }
}
