package dev.glossary.term;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What the output can take: its width in cells, whether colour is allowed, and whether it is a terminal
 * (where long output is paged). One-shot commands use
 * {@link #detect} (no full JLine terminal, which is slow to build); the REPL builds one from its terminal.
 */
public record Screen(int width, boolean color, boolean terminal) {
    public static final int DEFAULT_WIDTH = 80;

    /** Plain output of a given width that is not a terminal: a pipe, a file, a test. */
    public static Screen plain(int width) {
        return new Screen(width, false, false);
    }

    /**
     * Colour only on a terminal whose TERM is not dumb and with NO_COLOR unset. The width comes from
     * COLUMNS (the launcher exports the terminal's), else from JLine's native terminal access, else 80.
     * JLine's native library costs a noticeable part of start-up, so it is asked only as a last resort.
     */
    public static Screen detect(Map<String, String> env) {
        boolean tty = System.console() != null;
        int width = columns(env);
        if (tty && !env.containsKey("COLUMNS")) {
            width = nativeWidth().orElse(width);
        }
        return new Screen(width, tty && colourAllowed(env), tty);
    }

    public static boolean colourAllowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        String term = env.get("TERM");
        return term == null || !term.equals("dumb");
    }

    static int columns(Map<String, String> env) {
        try {
            int n = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return n > 0 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    private static java.util.OptionalInt nativeWidth() {
        try {
            int width = TerminalProvider.load("jni").systemStreamWidth(SystemStream.Output);
            return width > 0 ? java.util.OptionalInt.of(width) : java.util.OptionalInt.empty();
        } catch (Exception | LinkageError e) {
            // No native library for this platform: the default width will do.
            return java.util.OptionalInt.empty();
        }
    }

    /** The screen of this process, detected from its environment when first asked for. */
    public static final class OfThisProcess implements Supplier<Screen> {
        @Override
        public Screen get() {
            return detect(System.getenv());
        }
    }
}
