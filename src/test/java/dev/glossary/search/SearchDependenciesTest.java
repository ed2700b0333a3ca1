package dev.glossary.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search core stays pure: java.base and the deck model only, so it never grows a terminal or a file. */
class SearchDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/glossary/search");

    /**
     * The JDK's language, text and collections, the deck model, and for an index written to or read from
     * memory ({@code SearchIndex.write}, {@code read}) the stream interface and byte buffers: never a file,
     * a path or a stream that opens one.
     */
    @Test
    void searchImportsOnlyTheJdkAndTheDeckModel() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(SearchDependenciesTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .toList();
        }

        assertThat(imports).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                "import (static )?(java\\.(lang|text|util)\\..*|dev\\.glossary\\.deck\\..*|java\\.io\\.(DataOutput|IOException)"
                        + "|java\\.nio\\.(ByteBuffer|BufferUnderflowException|charset\\.StandardCharsets));"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
