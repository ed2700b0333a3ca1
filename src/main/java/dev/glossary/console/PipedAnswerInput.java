package dev.glossary.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers read one per line from a pipe, so teachers and scripts can drive a quiz; prompts go to
 * stderr so that stdout holds only the results (or the {@code --json} document).
 */
public final class PipedAnswerInput implements AnswerInput {
    /**
     * Longer than any answer a person or a script gives: a "line" of this length is a stream that is not
     * answers ({@code quiz < /dev/zero}), and reading on would only fill memory.
     */
    static final int MAX_LINE = 65_536;
    /** Lines in a row that answer nothing asked ({@code yes | glossary quiz}): the input is not answers. */
    static final int MAX_UNUSABLE = 20;

    private final BufferedReader in;
    private final PrintWriter prompts;
    private boolean ended;

    public PipedAnswerInput(InputStream in, PrintWriter prompts) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.prompts = prompts;
    }

    @Override
    public Optional<String> line(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        Optional<String> line = readLine();
        if (line.isPresent()) {
            prompts.println();
        }
        return line;
    }

    /**
     * The next line, or empty at the end of input. Input that cannot be read (standard input is a directory)
     * or that is no lines of answers ends the input too, with a note: a quiz then stops, keeping what was answered.
     */
    private Optional<String> readLine() {
        if (ended) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    ended = true;
                    return line.isEmpty() ? Optional.empty() : Optional.of(line.toString());
                }
                if (line.length() == MAX_LINE) {
                    return end("a line of answers is over " + MAX_LINE + " characters, so this is no list of answers");
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            return end("standard input cannot be read (" + e.getMessage() + ")");
        }
        int last = line.length() - 1;
        return Optional.of(last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString());
    }

    private <T> Optional<T> end(String why) {
        ended = true;
        prompts.println();
        prompts.println(why + "; taking it as the end of the answers");
        prompts.flush();
        return Optional.empty();
    }

    @Override
    public Optional<Character> key(String prompt, String allowed) {
        for (int unusable = 0; ; unusable++) {
            if (unusable == MAX_UNUSABLE) {
                return end(MAX_UNUSABLE + " lines in a row answered nothing asked");
            }
            Optional<String> line = line(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String text = line.get().trim().toLowerCase(Locale.ROOT);
            if (text.isEmpty() && allowed.indexOf('\n') >= 0) {
                return Optional.of('\n');
            }
            if (text.length() == 1 && allowed.toLowerCase(Locale.ROOT).indexOf(text.charAt(0)) >= 0) {
                return Optional.of(text.charAt(0));
            }
            prompts.println("(answer with one of: " + describe(allowed) + ")");
        }
    }

    static String describe(String allowed) {
        StringBuilder out = new StringBuilder();
        for (char c : allowed.toCharArray()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(c == '\n' ? "Enter" : c == ' ' ? "Space" : String.valueOf(c));
        }
        return out.toString();
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
