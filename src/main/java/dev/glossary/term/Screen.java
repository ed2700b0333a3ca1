package dev.glossary.term;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.util.Map;

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
     * Colour only on a terminal whose TERM is not dumb and with NO_COLOR unset; width from the terminal,
     * else COLUMNS, else 80.
     */
    public static Screen detect(Map<String, String> env) {
        TerminalProvider provider = nativeProvider();
        boolean tty = provider != null ? isTty(provider) : System.console() != null;
        int width = tty && provider != null ? safeWidth(provider) : 0;
        if (width <= 0) {
            width = columns(env);
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

    private static TerminalProvider nativeProvider() {
        try {
            return TerminalProvider.load("jni");
        } catch (Throwable e) {
            return null;
        }
    }

    private static boolean isTty(TerminalProvider provider) {
        try {
            return provider.isSystemStream(SystemStream.Output);
        } catch (Throwable e) {
            return System.console() != null;
        }
    }

    private static int safeWidth(TerminalProvider provider) {
        try {
            return provider.systemStreamWidth(SystemStream.Output);
        } catch (Throwable e) {
            return 0;
        }
    }
}
