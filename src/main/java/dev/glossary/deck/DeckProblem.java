package dev.glossary.deck;

/**
 * One thing wrong with a deck, with its place: a JSON path such as {@code terms[12] "zed": level}
 * and, when known, the line and column in the file (0 when not known).
 */
public record DeckProblem(String where, String message, int line, int column) {

    public static DeckProblem at(String where, String message) {
        return new DeckProblem(where, message, 0, 0);
    }

    /** The problem as one line, prefixed by {@code file:line:column: } when a position is known. */
    public String format(String file) {
        String place = line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
        return where.isEmpty() ? place + message : place + where + ": " + message;
    }
}
