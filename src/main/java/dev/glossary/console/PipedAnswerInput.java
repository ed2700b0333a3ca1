package dev.glossary.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers read one per line from a pipe, so teachers and scripts can drive a quiz; prompts go to
 * stderr so that stdout holds only the results (or the {@code --json} document).
 */
public final class PipedAnswerInput implements AnswerInput {
    private final BufferedReader in;
    private final PrintWriter prompts;

    public PipedAnswerInput(InputStream in, PrintWriter prompts) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.prompts = prompts;
    }

    @Override
    public Optional<String> line(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        try {
            String line = in.readLine();
            if (line != null) {
                prompts.println();
            }
            return Optional.ofNullable(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Character> key(String prompt, String allowed) {
        while (true) {
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
