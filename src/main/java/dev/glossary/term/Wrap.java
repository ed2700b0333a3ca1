package dev.glossary.term;

import org.jline.utils.WCWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps plain text to a column width, counting display cells (wide CJK characters take two), so
 * output fits the terminal; colour and bold sequences take no cells. {@code Wrap.lines("…", 80)} gives
 * the lines; {@link #fit} cuts one line.
 */
public final class Wrap {
    private Wrap() {
    }

    /** A no-break space: {@link #together} joins words with it, and wrapped lines show it as a plain space. */
    private static final char KEEP = '\u00A0';

    /**
     * The text with its words kept on one line when wrapped, as a command the learner may copy ("quiz --cram")
     * should be: split across two lines, it reads as two things and pastes as two lines.
     */
    public static String together(String text) {
        return text.replace(' ', KEEP);
    }

    /**
     * Wraps each paragraph of the text (split on line breaks) to at most {@code width} cells; words joined by
     * {@link #together} stay on one line (unless they are wider than a line), and are spaced plainly.
     */
    public static List<String> lines(String text, int width) {
        int w = Math.max(width, 10);
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, w, out);
        }
        out.replaceAll(line -> line.replace(KEEP, ' '));
        return out;
    }

    /** Wraps with every line prefixed by {@code indent}, joined with line breaks. */
    public static String indented(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(text, width - indent.length())) {
            out.append(indent).append(line).append('\n');
        }
        return out.toString();
    }

    /** Cuts one line to {@code width} cells, ending in "…" when it was cut. */
    public static String fit(String line, int width) {
        if (cells(line) <= width) {
            return line;
        }
        return take(line, width - 1).stripTrailing() + "…";
    }

    /** The longest start of the text that fits in {@code width} cells. */
    static String take(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int style = styleLength(text, i);
            if (style > 0) {
                i += style;
                continue;
            }
            int cp = text.codePointAt(i);
            int cw = Math.max(WCWidth.wcwidth(cp), 0);
            if (used + cw > width) {
                break;
            }
            used += cw;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    public static int cells(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int style = styleLength(text, i);
            if (style > 0) {
                i += style;
                continue;
            }
            int cp = text.codePointAt(i);
            n += Math.max(WCWidth.wcwidth(cp), 0);
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * The length of an SGR sequence (colour, bold) starting at {@code i}, else 0. Only our own painter
     * writes these: deck text has its escapes neutralised before it is styled, so they take no cells.
     */
    private static int styleLength(String text, int i) {
        if (text.charAt(i) != 0x1B || i + 1 >= text.length() || text.charAt(i + 1) != '[') {
            return 0;
        }
        int j = i + 2;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == ';')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == 'm' ? j + 1 - i : 0;
    }

    /** Words are what the spaces separate; found by hand, as {@code split(" +")} compiles a regex per paragraph. */
    private static void wrapParagraph(String paragraph, int width, List<String> out) {
        StringBuilder line = new StringBuilder();
        int used = 0;
        // Where the line's last word starts; 0 while it has at most one.
        int lastWord = 0;
        int next = 0;
        while (next < paragraph.length()) {
            int start = next;
            while (start < paragraph.length() && paragraph.charAt(start) == ' ') {
                start++;
            }
            next = start;
            while (next < paragraph.length() && paragraph.charAt(next) != ' ') {
                next++;
            }
            if (start == next) {
                continue;
            }
            String word = paragraph.substring(start, next);
            int w = cells(word);
            if (used > 0 && used + 1 + w > width) {
                int carried = carriedStart(line, lastWord, word, w, width);
                if (carried == line.length()) {
                    out.add(line.toString());
                    line.setLength(0);
                } else {
                    out.add(line.substring(0, carried - 1));
                    line.delete(0, carried);
                }
                used = cells(line.toString());
                lastWord = 0;
            }
            while (w > width) {
                String head = take(word, width);
                if (head.isEmpty()) {
                    break;
                }
                if (used > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                out.add(head);
                word = word.substring(head.length());
                w = cells(word);
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            lastWord = line.length();
            line.append(word);
            used += w;
        }
        out.add(line.toString());
    }

    /**
     * Where the next line starts in {@code line} when {@code word} does not fit after it: at the end, unless the
     * word is only closing punctuation, such as the "}" or "})" of a code example, which would stand alone on a
     * line; then the last word of the line goes down with it, if the line has another and the two fit.
     */
    private static int carriedStart(StringBuilder line, int lastWord, String word, int cells, int width) {
        if (lastWord == 0 || !isClosingOnly(word)) {
            return line.length();
        }
        return cells(line.substring(lastWord)) + 1 + cells <= width ? lastWord : line.length();
    }

    private static boolean isClosingOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (")]}>;,.:!?\"'`".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
