package dev.glossary.term;

import dev.glossary.deck.Term;

import java.util.Collection;

/**
 * Makes text from a deck safe to print: a shared deck is untrusted, and a raw escape sequence could
 * move the cursor, rewrite the screen, set the clipboard (OSC 52) or reverse the text direction.
 * Every piece of deck text goes through {@link #clean} or {@link #line} before it reaches a terminal.
 *
 * <p>Also neutralised: the Unicode line and paragraph separators (read as line breaks), tag characters outside
 * an emoji flag (invisible text), and a pile of combining marks past {@value #MAX_MARKS} on one letter, which
 * spills over the lines around it. Zero-width spaces and joiners are left: scripts and emoji need them, and they
 * move nothing.
 */
public final class SafeText {
    private static final char REPLACEMENT = '\uFFFD';
    /** More than any script puts on one letter (Vietnamese and Hebrew use two or three). */
    static final int MAX_MARKS = 4;

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

    /** The terms' names, each as {@link #line} shows it, joined with commas: "Body, 200, Client". */
    public static String names(Collection<Term> terms) {
        return String.join(", ", terms.stream().map(t -> line(t.name())).toList());
    }

    public static boolean isSafe(String text) {
        return text == null || text.equals(clean(text));
    }

    private static String neutralise(String text, boolean oneLine) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int marks = 0;
        boolean inFlag = false;
        for (int i = 0; i < text.length(); ) {
            int code = text.codePointAt(i);
            int next = i + Character.charCount(code);
            String replacement = replacement(code, oneLine);
            int type = Character.getType(code);
            marks = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? marks + 1 : 0;
            if (replacement == null && marks > MAX_MARKS) {
                replacement = "";
            }
            if (replacement == null && isTag(code) && !inFlag) {
                replacement = String.valueOf(REPLACEMENT);
            }
            // A black flag starts an emoji tag sequence (England's flag): its tags are part of it.
            inFlag = code == BLACK_FLAG || inFlag && isTag(code);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text, i, next);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static final int BLACK_FLAG = 0x1F3F4;

    private static boolean isTag(int code) {
        return code >= 0xE0000 && code <= 0xE007F;
    }

    private static String replacement(int c, boolean oneLine) {
        if (c == '\n' || c == '\t') {
            return oneLine ? " " : null;
        }
        if (c == '\u2028' || c == '\u2029') {
            return oneLine ? " " : "\n";
        }
        if (c == 0x1B) {
            return "\\e";
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            return String.valueOf(REPLACEMENT);
        }
        return null;
    }

    private static boolean isBidiControl(int c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
