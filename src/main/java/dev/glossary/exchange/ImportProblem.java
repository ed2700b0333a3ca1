package dev.glossary.exchange;

/**
 * One thing wrong with an imported file: the physical line where the record starts (1 for the first line,
 * 0 when the problem is about the whole file) and a message that says how to fix it.
 */
public record ImportProblem(int line, String message) {

    /** The problem as one line, prefixed by {@code file:line: } (or {@code file: } when the line is not known). */
    public String format(String file) {
        return (line > 0 ? file + ":" + line + ": " : file + ": ") + message;
    }
}
