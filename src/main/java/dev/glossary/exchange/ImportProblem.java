package dev.glossary.exchange;

/**
 * One thing wrong with an imported file: where the record starts (1 for the first, 0 when the problem is about
 * the whole file) and a message that says how to fix it. Text files count physical lines; an Anki package, which
 * has none, counts notes ({@code unit} "note").
 */
public record ImportProblem(int line, String message, String unit) {

    public ImportProblem {
        unit = unit == null ? "line" : unit;
    }

    public ImportProblem(int line, String message) {
        this(line, message, "line");
    }

    /**
     * The problem as one line, prefixed by {@code file:line: } ({@code file: note N: } for a package's note, or
     * {@code file: } when the place is the whole file).
     */
    public String format(String file) {
        if (line <= 0) {
            return file + ": " + message;
        }
        return unit.equals("line") ? file + ":" + line + ": " + message : file + ": " + unit + " " + line + ": " + message;
    }
}
