package dev.glossary.term;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the generated AsciiDoc man pages (picocli's manpage doctype) into text for a terminal: section
 * titles in capitals, {@code *bold*} and {@code _italic_} marks resolved, comments and attributes
 * dropped. Only the small subset the generator writes is handled; asciidoctor makes the real roff page.
 */
public final class ManText {
    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}])_([^_\\n]+)_(?![\\p{L}\\p{N}])");
    private static final Pattern XREF = Pattern.compile("xref:[^\\[]*\\[([^\\]]*)\\]");

    private ManText() {
    }

    public static String render(String adoc, Painter paint) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : adoc.split("\n", -1)) {
            if (line.startsWith("//") || line.startsWith(":")) {
                continue;
            }
            String text;
            if (line.startsWith("= ")) {
                text = paint.bold(line.substring(2).strip().toUpperCase(java.util.Locale.ROOT));
            } else if (line.startsWith("==")) {
                text = paint.bold(line.replaceFirst("^=+\\s*", "").replaceAll(":$", "").toUpperCase(java.util.Locale.ROOT));
            } else if (line.endsWith("::")) {
                text = "  " + inline(line.substring(0, line.length() - 2), paint);
            } else if (line.startsWith("  ")) {
                text = "      " + inline(line.strip(), paint);
            } else if (line.startsWith("----") || line.equals("+")) {
                continue;
            } else {
                text = line.isBlank() ? "" : "  " + inline(line, paint);
            }
            if (text.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
                continue;
            }
            blank = false;
            out.append(text).append('\n');
        }
        return out.toString();
    }

    private static String inline(String text, Painter paint) {
        String s = XREF.matcher(text).replaceAll("$1");
        Matcher bold = BOLD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (bold.find()) {
            bold.appendReplacement(out, Matcher.quoteReplacement(paint.bold(bold.group(1))));
        }
        bold.appendTail(out);
        return ITALIC.matcher(out.toString()).replaceAll("$1").replace("{empty}", "").replace("pass:[", "")
                .replace("&#8230;", "…");
    }
}
