package dev.glossary.repl;

import dev.glossary.console.LeanLineReader;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The history read on its own thread is the one JLine would have read, whole, before any use. */
class BackgroundHistoryTest {
    @TempDir
    Path home;

    private LineReader reader(Terminal terminal, Path file) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_FILE, file);
        variables.put(LineReader.HISTORY_SIZE, 5000);
        LeanLineReader reader = new LeanLineReader(terminal, "test", variables);
        reader.setHistory(new BackgroundHistory());
        return reader;
    }

    private static Terminal terminal(String input) throws IOException {
        return new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aLongHistoryIsThereWholeOnFirstUse() throws IOException {
        Path file = home.resolve("history");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add((1_700_000_000_000L + i) + ":search term " + i);
        }
        Files.write(file, lines);
        try (Terminal terminal = terminal("")) {
            LineReader reader = reader(terminal, file);
            History history = reader.getHistory();
            history.attach(reader);

            assertThat(history.size()).isEqualTo(3000);
            assertThat(history.get(history.last())).isEqualTo("search term 2999");
            history.attach(reader);
            assertThat(history.size()).as("attached again to the same reader, it is not read again").isEqualTo(3000);
        }
    }

    @Test
    void linesReadAreAddedAndSaved() throws IOException {
        Path file = home.resolve("history");
        Files.writeString(file, "1700000000000:show jwt\n");
        try (Terminal terminal = terminal("search cap\nquit\n")) {
            LineReader reader = reader(terminal, file);

            assertThat(reader.readLine("> ")).isEqualTo("search cap");
            assertThat(reader.readLine("> ")).isEqualTo("quit");
            reader.getHistory().save();
        }
        assertThat(Files.readAllLines(file)).hasSize(3).last().asString().endsWith(":quit");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("1700000000000:show jwt");
    }
}
