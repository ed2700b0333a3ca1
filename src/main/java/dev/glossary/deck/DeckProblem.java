package dev.glossary.deck;

/**
 * One thing wrong with a deck, with its place: a JSON path such as {@code terms[12] "zed": level}
 * and, when known, the line and column in the file (0 when not known).
 */
public record DeckProblem(String where, String message, int line, int column) {

    public static DeckProblem at(String where, String message) {
        return new DeckProblem(where, message, 0, 0);
    }

    /** Longer values are cut when a message echoes them: a hostile file's 20 000-character key fills no screen. */
    static final int SHOWN = 40;

    /** A value from the file in double quotes, cut after {@value #SHOWN} characters with its full length said. */
    public static String quote(String value) {
        if (value.length() <= SHOWN) {
            return "\"" + value + "\"";
        }
        int cut = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return "\"" + value.substring(0, cut) + "…\" (" + value.length() + " characters)";
    }

    /** The problem as one line, prefixed by {@code file:line:column: } when a position is known. */
    public String format(String file) {
        String place = line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
        return where.isEmpty() ? place + message : place + where + ": " + message;
    }
}
