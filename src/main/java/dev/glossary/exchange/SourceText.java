package dev.glossary.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The whole input as one string, byte order mark removed, with the offset where each physical line starts:
 * parsers report where a record starts as a character offset, teachers want a line number.
 */
final class SourceText {
    /** The same bound as for deck files: nothing a teacher writes by hand comes near it. */
    static final int MAX_CHARS = 50 * 1024 * 1024;
    static final String TOO_LARGE = "the file is over " + MAX_CHARS / (1024 * 1024)
            + " million characters; split it into smaller files";

    private final String text;
    private final boolean tooLarge;
    private final int[] lineStarts;

    private SourceText(String text, boolean tooLarge) {
        this.text = text;
        this.tooLarge = tooLarge;
        this.lineStarts = lineStarts(text);
    }

    static SourceText read(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            sb.append(buffer, 0, n);
            if (sb.length() > MAX_CHARS) {
                return new SourceText("", true);
            }
        }
        if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
            sb.deleteCharAt(0);
        }
        return new SourceText(sb.toString(), false);
    }

    static SourceText of(String text) {
        return new SourceText(text, false);
    }

    String text() {
        return text;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset where a 1-based line starts. */
    int lineStart(int line) {
        return line > lineStarts.length ? text.length() : lineStarts[line - 1];
    }

    /** The text of a 1-based line, without its line break. */
    String line(int line) {
        int start = lineStart(line);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    /** The 1-based line that holds the character at {@code offset}. */
    int lineAt(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The line where a record really starts: a parser gives the offset where it began looking, which may be an
     * empty line or a comment it skipped on the way.
     */
    int recordLine(long offset, boolean hashComments) {
        int line = lineAt(offset);
        while (line < lineCount()) {
            String text = line(line);
            if (!text.isEmpty() && !(hashComments && text.startsWith("#"))) {
                break;
            }
            line++;
        }
        return line;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
