package dev.glossary.term;

import java.util.Map;

/**
 * What the output can take: its width in cells, whether colour is allowed, and whether it is a terminal
 * (where long output is paged). One-shot commands detect it ({@code console.SystemScreen}); the REPL makes one
 * from its terminal.
 */
public record Screen(int width, boolean color, boolean terminal) {
    public static final int DEFAULT_WIDTH = 80;

    /** Plain output of a given width that is not a terminal: a pipe, a file, a test. */
    public static Screen plain(int width) {
        return new Screen(width, false, false);
    }

    /** Colour unless NO_COLOR is set (to anything) or TERM is dumb. */
    public static boolean colourAllowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        String term = env.get("TERM");
        return term == null || !term.equals("dumb");
    }

    public static int columns(Map<String, String> env) {
        try {
            int n = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return n > 0 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
