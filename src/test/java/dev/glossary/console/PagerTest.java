package dev.glossary.console;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The pager on a JLine terminal over piped streams, as a learner's keys would drive it. */
class PagerTest {
    @TempDir
    Path home;

    private record Paged(String terminal, String out) {}

    private Paged page(String keys, String text, boolean isTerminal) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
                terminal.setSize(new Size(40, 10));
                StringWriter out = new StringWriter();
                Pager.show(isTerminal, () -> terminal, new PrintWriter(out, true), text);
                terminal.flush();
                return new Paged(screen.toString(StandardCharsets.UTF_8), out.toString());
            }
        });
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void longOutputOnATerminalIsPagedAndQStopsAfterThePage() {
        Paged paged = page("q", lines(50), true);

        assertThat(paged.out()).isEmpty();
        assertThat(paged.terminal()).contains("line 1").contains("line 8").doesNotContain("line 30");
    }

    @Test
    void spaceShowsTheNextPage() {
        Paged paged = page(" q", lines(50), true);

        assertThat(paged.terminal()).contains("line 15").doesNotContain("line 40");
    }

    @Test
    void outputThatFitsTheScreenIsPrintedAsItIs() {
        Paged paged = page("", lines(5), true);

        assertThat(paged.out()).isEqualTo(lines(5));
        assertThat(paged.terminal()).isEmpty();
    }

    @Test
    void outputThatIsNotATerminalIsNeverPaged() {
        Paged paged = page("", lines(50), false);

        assertThat(paged.out()).isEqualTo(lines(50));
        assertThat(paged.terminal()).isEmpty();
    }

    /** The hostile review's C7: only q left the pager, and Ctrl-C did nothing. */
    @Test
    void ctrlCLeavesThePagerAsQDoes() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new java.io.PipedInputStream(keys),
                    screen, StandardCharsets.UTF_8)) {
                terminal.setSize(new Size(40, 10));
                org.jline.terminal.Attributes tty = terminal.getAttributes();
                tty.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
                tty.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
                terminal.setAttributes(tty);
                // As in the REPL: Ctrl-C outside a read is ignored.
                terminal.handle(Terminal.Signal.INT, signal -> { });
                keys.write(3);
                keys.flush();
                StringWriter out = new StringWriter();
                Pager.show(true, () -> terminal, new PrintWriter(out, true), lines(50));
                assertThat(screen.toString(StandardCharsets.UTF_8)).contains("line 1");
                assertThat(Thread.currentThread().isInterrupted()).isFalse();
            }
        });
    }
}
