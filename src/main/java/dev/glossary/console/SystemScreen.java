package dev.glossary.console;

import dev.glossary.term.Screen;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** The screen of this process, detected from its environment when first asked for: {@code new SystemScreen()}. */
public final class SystemScreen implements Supplier<Screen> {
    @Override
    public Screen get() {
        return detect(System.getenv());
    }

    /**
     * Colour only on a terminal whose TERM is not dumb and with NO_COLOR unset. The width comes from
     * COLUMNS (the launcher exports the terminal's), else from JLine's native terminal access, else 80.
     * JLine's native library costs a noticeable part of start-up, so it is asked only as a last resort.
     */
    public static Screen detect(Map<String, String> env) {
        boolean tty = System.console() != null;
        int width = Screen.columns(env);
        if (tty && !env.containsKey("COLUMNS")) {
            width = nativeWidth().orElse(width);
        }
        return new Screen(width, tty && Screen.colourAllowed(env), tty);
    }

    private static OptionalInt nativeWidth() {
        try {
            int width = TerminalProvider.load("jni").systemStreamWidth(SystemStream.Output);
            return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
        } catch (Exception | LinkageError e) {
            // No native library for this platform: the default width will do.
            return OptionalInt.empty();
        }
    }
}
