package dev.glossary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Output that did not arrive is a failure (the hostile review's F4). */
class MainTest {
    private final StringWriter err = new StringWriter();

    @Test
    void aFullDiskIs74WithTheReason() {
        int code = Main.withOutputChecked(0, new IOException("No space left on device"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(GlossaryException.IO);
        assertThat(err.toString()).isEqualTo("glossary: cannot write to standard output: no space left on device\n");
    }

    @Test
    void aClosedPipeIsAQuiet141() {
        int code = Main.withOutputChecked(0, new IOException("Broken pipe"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(GlossaryException.BROKEN_PIPE).isEqualTo(141);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void outputThatArrivedKeepsTheCommandsCode() {
        assertThat(Main.withOutputChecked(65, null, new PrintWriter(err, true))).isEqualTo(65);
        assertThat(err.toString()).isEmpty();
    }
}
