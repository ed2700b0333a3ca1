package dev.glossary.console;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers from a pipe, and input that is not a person's answers (the hostile review's F3 and F10). */
class PipedAnswerInputTest {
    private final StringWriter prompts = new StringWriter();

    private PipedAnswerInput input(InputStream in) {
        return new PipedAnswerInput(in, new PrintWriter(prompts, true));
    }

    private PipedAnswerInput input(String text) {
        return input(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsOneAnswerPerLineThenTheEnd() {
        PipedAnswerInput in = input("jwt\r\n2\nlast");
        assertThat(in.line("> ")).contains("jwt");
        assertThat(in.key("? ", "1234")).contains('2');
        assertThat(in.line("> ")).contains("last");
        assertThat(in.line("> ")).isEmpty();
    }

    @Test
    void inputThatCannotBeReadIsTheEndOfInputWithANote() {
        InputStream directory = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Is a directory");
            }
        };
        PipedAnswerInput in = input(directory);
        assertThat(in.line("> ")).isEmpty();
        assertThat(in.key("? ", "1234")).isEmpty();
        assertThat(prompts.toString()).contains("standard input cannot be read (Is a directory); taking it as the end");
    }

    @Test
    void anEndlessLineIsNoListOfAnswers() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThat(input(zeros).line("> ")).isEmpty();
        assertThat(prompts.toString()).contains("over " + PipedAnswerInput.MAX_LINE + " characters");
    }

    @Test
    void aLongRunOfLinesThatAnswerNothingEndsTheInput() {
        PipedAnswerInput in = input("y\n".repeat(PipedAnswerInput.MAX_UNUSABLE) + "1\n");
        assertThat(in.key("? ", "1234")).isEmpty();
        assertThat(prompts.toString()).contains(PipedAnswerInput.MAX_UNUSABLE + " lines in a row answered nothing");
    }

    @Test
    void aFewStrayLinesAreAskedAgain() {
        PipedAnswerInput in = input("y\n".repeat(PipedAnswerInput.MAX_UNUSABLE - 1) + "3\n");
        assertThat(in.key("? ", "1234")).isEqualTo(Optional.of('3'));
    }
}
