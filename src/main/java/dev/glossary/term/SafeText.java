package dev.glossary.term;

/**
 * Makes text from a deck safe to print: a shared deck is untrusted, and a raw escape sequence could
 * move the cursor, rewrite the screen, set the clipboard (OSC 52) or reverse the text direction.
 * Every piece of deck text goes through {@link #clean} or {@link #line} before it reaches a terminal.
 */
public final class SafeText {
    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** Keeps line breaks and tabs; shows ESC as a visible {@code \e} and every other control as {@code �}. */
    public static String clean(String text) {
        return neutralise(text, false);
    }

    /** As {@link #clean}, and folds line breaks and tabs into spaces for a one-line listing. */
    public static String line(String text) {
        return neutralise(text, true);
    }

    public static boolean isSafe(String text) {
        return text == null || text.equals(clean(text));
    }

    private static String neutralise(String text, boolean oneLine) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c, oneLine);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c, boolean oneLine) {
        if (c == '\n' || c == '\t') {
            return oneLine ? " " : null;
        }
        if (c == 0x1B) {
            return "\\e";
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            return String.valueOf(REPLACEMENT);
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
