package dev.glossary.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StandardOutputTest {
    /** A descriptor whose writes fail as the system reports them. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    @Test
    void aPrintWriterSwallowsTheErrorButTheStreamRemembersIt() {
        StandardOutput out = new StandardOutput(failing("No space left on device"));
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        writer.println("a line");
        writer.println("another");
        assertThat(writer.checkError()).isTrue();
        assertThat(out.failure()).hasMessage("No space left on device");
        assertThat(StandardOutput.isBrokenPipe(out.failure())).isFalse();
    }

    @Test
    void aReaderThatWentAwayIsABrokenPipe() {
        StandardOutput out = new StandardOutput(failing("Broken pipe"));
        new PrintWriter(out, true, StandardCharsets.UTF_8).println("x");
        assertThat(StandardOutput.isBrokenPipe(out.failure())).isTrue();
    }

    @Test
    void writesThatArriveLeaveNoFailure() {
        StandardOutput out = new StandardOutput(OutputStream.nullOutputStream());
        new PrintWriter(out, true, StandardCharsets.UTF_8).println("x");
        assertThat(out.failure()).isNull();
    }
}
