package dev.glossary.console;

import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean reader has JLine's built-in widgets, all of them, and behaves as JLine's own reader. */
class LeanLineReaderTest {
    private Terminal terminal;

    @BeforeEach
    void openTerminal() throws IOException {
        // A type with cursor movement, so that the reader uses its emacs key map rather than the dumb one.
        terminal = new DumbTerminal("test", "xterm-256color",
                new ByteArrayInputStream("first\u0001X\n".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void closeTerminal() throws IOException {
        terminal.close();
    }

    private LeanLineReader lean() {
        return new LeanLineReader(terminal, "test", new HashMap<>());
    }

    @Test
    void everyBuiltInWidgetOfThisJLineIsThereUnderItsName() {
        Set<String> jlines = new LineReaderImpl(terminal, "test", new HashMap<>()).getBuiltinWidgets().keySet();
        LeanLineReader reader = lean();

        for (String name : jlines) {
            assertThat(reader.getBuiltinWidgets().get(name)).as(name).hasToString("." + name);
            assertThat(reader.getWidgets().get(name)).as(name).isSameAs(reader.getBuiltinWidgets().get(name));
        }
        assertThat(reader.getBuiltinWidgets().keySet()).as("iterating makes them all")
                .containsExactlyInAnyOrderElementsOf(jlines);
        assertThat(reader.getWidgets().keySet()).containsExactlyInAnyOrderElementsOf(jlines);
    }

    @Test
    void aNameNoWidgetHasIsMissing() {
        LeanLineReader reader = lean();

        assertThat(reader.getWidgets().get(LineReader.CALLBACK_INIT)).isNull();
        assertThat(reader.getWidgets().containsKey("no-such-widget")).isFalse();
        assertThat(reader.getBuiltinWidgets().get("no-such-widget")).isNull();
    }

    @Test
    void aWidgetTheApplicationSetsWinsAndCanBeRemoved() {
        LeanLineReader reader = lean();
        Widget mine = () -> true;
        Widget builtin = reader.getWidgets().get(LineReader.SELF_INSERT);

        assertThat(reader.getWidgets().put(LineReader.SELF_INSERT, mine)).isSameAs(builtin);
        assertThat(reader.getWidgets().get(LineReader.SELF_INSERT)).isSameAs(mine);
        assertThat(reader.getBuiltinWidgets().get(LineReader.SELF_INSERT)).isSameAs(builtin);

        reader.getWidgets().remove(LineReader.SELF_INSERT);
        assertThat(reader.getWidgets().get(LineReader.SELF_INSERT)).isNull();
        assertThat(reader.getWidgets()).containsKey(LineReader.ACCEPT_LINE).doesNotContainKey(LineReader.SELF_INSERT);
    }

    @Test
    void readsALineWithEditingKeysAsJLineDoes() {
        LeanLineReader reader = lean();

        // Ctrl-A goes to the start of the line (beginning-of-line), so the X lands first.
        String line = reader.readLine("> ");

        assertThat(line).isEqualTo("Xfirst");
    }

    @Test
    void theFirstKeyActionRunsOnceWhenTheFirstKeyHasArrived() throws IOException {
        try (Terminal typed = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream("ab\ncd\n".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            LeanLineReader reader = new LeanLineReader(typed, "test", new HashMap<>());
            StringBuilder seen = new StringBuilder();
            reader.onFirstKey(() -> seen.append("[first key, buffer '").append(reader.getBuffer()).append("']"));

            assertThat(reader.readLine("> ")).isEqualTo("ab");
            assertThat(reader.readLine("> ")).isEqualTo("cd");
            assertThat(seen).hasToString("[first key, buffer '']");
        }
    }
}
