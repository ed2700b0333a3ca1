package dev.glossary.exchange;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of an Anki field into the plain text a terminal shows: tags dropped, {@code <br>} and block
 * elements ({@code <div>}, {@code <p>}, …) made line breaks, entities decoded, whitespace tidied as a browser
 * would, and cloze deletions ({@code {{c1::answer::hint}}}) replaced by their answer.
 */
final class HtmlText {
    /**
     * Tags that Anki's editor writes. A looser test would take {@code List<String>} for HTML and drop
     * {@code <String>}, and glossaries of programming terms are full of those.
     */
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:a|b|big|blockquote|br|code|del|div|em|font"
            + "|h[1-6]|hr|i|img|ins|li|mark|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead"
            + "|tr|u|ul)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);");
    /** The innermost cloze first, so nested clozes come apart from the inside out. */
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c\\d+::((?:(?!\\{\\{|\\}\\}).)*?)\\}\\}",
            Pattern.DOTALL);
    static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "template");

    private HtmlText() {
    }

    /** An Anki field as text: sound tags dropped, HTML read as HTML (Anki stores every field so). */
    static String fieldText(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String text = field.contains("[sound:") ? SOUND.matcher(field).replaceAll("") : field;
        // Text with no tag and no entity reads the same without an HTML parser, which is most of the time spent.
        return text.indexOf('<') < 0 && text.indexOf('&') < 0
                ? LINE_SPACES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll(" ").strip() : toPlainText(text);
    }

    static boolean looksLikeHtml(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    static String toPlainText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (INVISIBLE.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(name)) {
                        breakLine(out);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    breakLine(out);
                }
                return FilterResult.CONTINUE;
            }
        });
        return tidy(out.toString());
    }

    static String stripCloze(String text) {
        String current = text;
        while (true) {
            Matcher m = CLOZE.matcher(current);
            if (!m.find()) {
                return current;
            }
            StringBuilder sb = new StringBuilder();
            do {
                String inside = m.group(1);
                int hint = inside.indexOf("::");
                m.appendReplacement(sb, Matcher.quoteReplacement(hint < 0 ? inside : inside.substring(0, hint)));
            } while (m.find());
            m.appendTail(sb);
            current = sb.toString();
        }
    }

    /** Whitespace in HTML source is one space, and none at the start of a line. */
    private static void appendCollapsed(StringBuilder out, String text) {
        String collapsed = SPACES.matcher(text).replaceAll(" ");
        boolean afterSpace = out.length() == 0 || out.charAt(out.length() - 1) == '\n'
                || out.charAt(out.length() - 1) == ' ';
        if (afterSpace && collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private static void breakLine(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Non-breaking spaces become plain ones; each line trimmed; at most one blank line in a row. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(LINE_SPACES.matcher(line).replaceAll(" ").strip());
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
