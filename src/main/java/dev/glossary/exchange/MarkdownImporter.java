package dev.glossary.exchange;

import dev.glossary.deck.Level;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a glossary written in Markdown: {@code new MarkdownImporter().read(reader, options)}. The shapes read:
 * <ul>
 *   <li>headings, each followed by its definition ({@code ## Term}, then a paragraph); a heading followed by
 *       other headings or entries is a section, whose name becomes the category (or the level, when it is
 *       Beginner, Intermediate or Advanced); the first {@code # Title} names the deck. This is also what
 *       {@link MarkdownExporter} writes, with its {@code *Example:*}, {@code *Also called:*},
 *       {@code *Same as:*}, {@code *Category:*} and {@code *Related:*} lines, so its export comes back
 *       whole;</li>
 *   <li>definition lists: a term on its own line, then {@code : definition};</li>
 *   <li>bold terms: {@code **Term**: definition}, {@code - **Term** — definition} (a colon, dash or
 *       en or em dash after the bold, or a colon inside it);</li>
 *   <li>a pipe table whose first two columns are the term and the definition (or named so in its header).</li>
 * </ul>
 */
public final class MarkdownImporter implements DeckImporter {
    static final String SHAPES = "headings each followed by a paragraph (## Term), definition lists (Term, then"
            + " \": definition\" on the next line), bold terms (**Term**: definition, or - **Term** — definition) and"
            + " two-column pipe tables";
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern BOLD_ENTRY = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\*\\*(.+?)\\*\\*\\s*(?:--|[:\\u2014\\u2013-])\\s*(.*)$");
    private static final Pattern BOLD_COLON_INSIDE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\*\\*(.+?):\\*\\*\\s*(.*)$");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}:\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FIELD_LINE = Pattern.compile("^\\*(Example|Also called|Same as|Category|Related):\\*\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    @Override
    public ImportResult read(Reader in, ImportOptions options) throws IOException {
        SourceText source = SourceText.read(in);
        if (source.tooLarge()) {
            return ImportResult.failed(new ImportProblem(0, SourceText.TOO_LARGE));
        }
        TermCollector collector = new TermCollector(options);
        new Walk(source, collector).run();
        return collector.result();
    }

    /** One pass over the lines; headings are kept until it is known whether a paragraph or entries follow them. */
    private static final class Walk {
        private final SourceText source;
        private final TermCollector collector;
        private final String[] lines;
        private int entries;
        private boolean titled;
        private String level;
        private String category;
        private int sectionDepth;
        private int levelDepth;
        /** A heading whose body is being read: its depth, its line, its text, and the body so far. */
        private int headingDepth;
        private int headingLine;
        private String headingText;
        private final List<String> body = new ArrayList<>();

        Walk(SourceText source, TermCollector collector) {
            this.source = source;
            this.collector = collector;
            this.lines = source.text().split("\\r\\n|\\r|\\n", -1);
        }

        void run() {
            int i = 0;
            while (i < lines.length) {
                String line = lines[i];
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    endHeading(false);
                    heading(i + 1, h.group(1).length(), inline(h.group(2)));
                    i++;
                } else if (isTableStart(i)) {
                    endHeading(true);
                    i = table(i);
                } else if (!line.isBlank() && i + 1 < lines.length && DEFINITION.matcher(lines[i + 1]).matches()
                        && !line.startsWith(" ")) {
                    endHeading(true);
                    i = definitionList(i);
                } else if (boldEntry(line) != null) {
                    endHeading(true);
                    String[] entry = boldEntry(line);
                    int j = i + 1;
                    StringBuilder definition = new StringBuilder(entry[1]);
                    while (j < lines.length && lines[j].startsWith("  ") && !lines[j].isBlank()
                            && boldEntry(lines[j]) == null) {
                        definition.append('\n').append(lines[j].strip());
                        j++;
                    }
                    entry(i + 1, entry[0], definition.toString(), null, List.of(), null, List.of(), List.of());
                    i = j;
                } else {
                    if (headingText != null) {
                        body.add(line);
                    }
                    i++;
                }
            }
            endHeading(false);
            if (entries == 0) {
                collector.problem(0, "no terms found; glossary reads Markdown written as " + SHAPES
                        + ", or the file \"glossary deck export --to markdown\" writes");
            }
        }

        private void heading(int line, int depth, String text) {
            if (depth == 1 && !titled) {
                titled = true;
                collector.deckName(text);
                return;
            }
            headingDepth = depth;
            headingLine = line;
            headingText = text;
            body.clear();
        }

        /**
         * Ends the heading being read: a term when a paragraph followed it, else a section (and its paragraph, if
         * entries follow one, a description).
         */
        private void endHeading(boolean entriesFollow) {
            if (headingText == null) {
                return;
            }
            String text = headingText;
            headingText = null;
            if (!entriesFollow && body.stream().anyMatch(l -> !l.isBlank())) {
                headingTerm(text);
                return;
            }
            Level named = Level.parse(text.toLowerCase(Locale.ROOT)).orElse(null);
            if (named != null) {
                level = named.id();
                levelDepth = headingDepth;
            } else {
                if (levelDepth >= headingDepth) {
                    level = null;
                }
                category = text;
                sectionDepth = headingDepth;
            }
        }

        private void headingTerm(String name) {
            if (sectionDepth >= headingDepth) {
                category = null;
            }
            if (levelDepth >= headingDepth) {
                level = null;
            }
            List<String> paragraphs = paragraphs(body);
            List<String> definition = new ArrayList<>();
            String example = null;
            String termCategory = null;
            List<String> aliases = List.of();
            List<String> related = List.of();
            List<String> same = List.of();
            for (String p : paragraphs) {
                Matcher f = FIELD_LINE.matcher(p);
                if (!f.matches()) {
                    definition.add(block(p));
                    continue;
                }
                switch (f.group(1)) {
                    case "Example" -> example = block(f.group(2));
                    case "Also called" -> aliases = list(f.group(2));
                    case "Same as" -> same = list(f.group(2));
                    case "Category" -> termCategory = inline(f.group(2));
                    default -> related = list(f.group(2));
                }
            }
            entry(headingLine, name, String.join("\n\n", definition), example, aliases,
                    termCategory, related, same);
        }

        private void entry(int line, String name, String definition, String example, List<String> aliases,
                           String termCategory, List<String> related, List<String> same) {
            entries++;
            collector.add(new Row(line, name, definition, level, termCategory != null ? termCategory : category,
                    example, null, aliases, related, same, List.of()));
        }

        private boolean isTableStart(int i) {
            return lines[i].strip().startsWith("|") && i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1]).matches();
        }

        private int table(int i) {
            List<String> header = cells(lines[i]);
            int term = 0;
            int definition = 1;
            int example = -1;
            for (int c = 0; c < header.size(); c++) {
                String column = CsvImporter.column(inline(header.get(c)));
                if ("term".equals(column)) {
                    term = c;
                } else if ("definition".equals(column)) {
                    definition = c;
                } else if ("example".equals(column)) {
                    example = c;
                }
            }
            int j = i + 2;
            while (j < lines.length && lines[j].strip().startsWith("|")) {
                List<String> row = cells(lines[j]);
                entry(j + 1, cell(row, term), cell(row, definition), example < 0 ? null : cell(row, example),
                        List.of(), null, List.of(), List.of());
                j++;
            }
            return j;
        }

        private int definitionList(int i) {
            String name = inline(lines[i]);
            int j = i + 1;
            List<String> definitions = new ArrayList<>();
            while (j < lines.length) {
                Matcher d = DEFINITION.matcher(lines[j]);
                if (d.matches()) {
                    definitions.add(inline(d.group(1)));
                } else if (lines[j].startsWith("  ") && !lines[j].isBlank() && !definitions.isEmpty()) {
                    int last = definitions.size() - 1;
                    definitions.set(last, definitions.get(last) + "\n" + inline(lines[j]));
                } else {
                    break;
                }
                j++;
            }
            entry(i + 1, name, String.join("\n\n", definitions), null, List.of(), null, List.of(), List.of());
            return j;
        }
    }

    /** [term, definition] of a bold entry, or null. */
    private static String[] boldEntry(String line) {
        Matcher m = BOLD_COLON_INSIDE.matcher(line);
        if (!m.matches()) {
            m = BOLD_ENTRY.matcher(line);
            if (!m.matches()) {
                return null;
            }
        }
        return new String[] {inline(m.group(1)), inline(m.group(2))};
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? inline(row.get(index).replace("<br>", "\n")) : "";
    }

    /** Paragraphs of a heading's body: blank lines between them; each paragraph's lines kept. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (p.length() > 0) {
                    paragraphs.add(p.toString());
                    p.setLength(0);
                }
            } else {
                p.append(p.length() > 0 ? "\n" : "").append(line.strip());
            }
        }
        if (p.length() > 0) {
            paragraphs.add(p.toString());
        }
        return paragraphs;
    }

    /** A paragraph: a line ending in a backslash (or two spaces) is a hard break, other breaks are spaces. */
    private static String block(String paragraph) {
        StringBuilder out = new StringBuilder();
        String[] lines = paragraph.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean hard = line.endsWith("\\") && !line.endsWith("\\\\");
            String text = inline(hard ? line.substring(0, line.length() - 1) : line);
            out.append(text);
            if (i + 1 < lines.length) {
                out.append(hard ? "\n" : " ");
            }
        }
        return out.toString();
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                item.append(c).append(text.charAt(++i));
            } else if (c == ',') {
                items.add(inline(item.toString()));
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(inline(item.toString()));
        return Row.tidy(items);
    }

    /**
     * Inline Markdown as plain text: emphasis and code markers and link targets dropped, backslash escapes
     * undone. An escaped character is never taken for markup.
     */
    static String inline(String text) {
        String s = LINK.matcher(text.strip()).replaceAll("$1");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPE.matcher(s.substring(i, i + 2)).matches()) {
                out.append(s.charAt(++i));
            } else if (c == '*' || c == '`') {
                continue;
            } else if (c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))
                    || i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
