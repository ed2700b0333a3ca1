package dev.glossary.exchange;

import dev.glossary.deck.Level;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Anki's "Notes in Plain Text" export (.txt): {@code new AnkiTextImporter().read(reader, options)}.
 *
 * <p>The header lines Anki writes at the top ({@code #separator:}, {@code #html:}, {@code #columns:},
 * {@code #tags:} and the {@code #… column:} lines) say how to read the rest, as they do for Anki itself. The
 * Front (or Term, Question) field becomes the name, the Back (Definition, Answer) the definition; without
 * column names the first two columns that are not guid, notetype, deck or tags are. Fields are turned from
 * HTML into plain text when the file says {@code #html:true}, or says nothing and the field holds HTML tags.
 * Tags are lower-cased; the tags {@link AnkiTextExporter} writes set the level ({@code glossary::<level>}), the
 * id ({@code glossary::id::<id>}), related terms ({@code glossary::related::<id>}) and twins
 * ({@code glossary::same::<id>}); a Category column, the category.
 */
public final class AnkiTextImporter implements DeckImporter {
    static final String LEVEL_TAG = "glossary::";
    static final String ID_TAG = "glossary::id::";
    static final String RELATED_TAG = "glossary::related::";
    static final String SAME_TAG = "glossary::same::";
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "pipe", '|', "space", ' ', "colon", ':');

    @Override
    public ImportResult read(Reader in, ImportOptions options) throws IOException {
        SourceText source = SourceText.read(in);
        if (source.tooLarge()) {
            return ImportResult.failed(new ImportProblem(0, SourceText.TOO_LARGE));
        }
        TermCollector collector = new TermCollector(options);
        List<ImportProblem> problems = new ArrayList<>();
        Header header = Header.read(source, problems);
        Columns columns = Columns.of(header);
        List<DelimitedRecords.Numbered> records = DelimitedRecords.parse(source, header.bodyStart,
                DelimitedRecords.format(header.separator, header.separator != '#'), problems);
        collector.problems(problems);
        for (DelimitedRecords.Numbered record : records) {
            row(record, header, columns, collector);
        }
        return collector.result();
    }

    private static void row(DelimitedRecords.Numbered record, Header header, Columns columns,
                            TermCollector collector) {
        Set<String> tags = new LinkedHashSet<>(header.tags);
        String tagCell = record.get(header.tagsColumn);
        if (tagCell != null) {
            tags.addAll(tags(tagCell));
        }
        Set<String> levels = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        List<String> related = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (var it = tags.iterator(); it.hasNext(); ) {
            String tag = it.next();
            if (tag.startsWith(ID_TAG)) {
                ids.add(tag.substring(ID_TAG.length()));
            } else if (tag.startsWith(RELATED_TAG)) {
                related.add(tag.substring(RELATED_TAG.length()));
            } else if (tag.startsWith(SAME_TAG)) {
                same.add(tag.substring(SAME_TAG.length()));
            } else if (tag.startsWith(LEVEL_TAG) && Level.parse(tag.substring(LEVEL_TAG.length())).isPresent()) {
                levels.add(tag.substring(LEVEL_TAG.length()));
            } else {
                continue;
            }
            it.remove();
        }
        if (levels.size() > 1) {
            collector.reject(record.line(), "the note has the level tags " + LEVEL_TAG
                    + String.join(" and " + LEVEL_TAG, levels) + "; keep one");
            return;
        }
        if (ids.size() > 1) {
            collector.reject(record.line(), "the note has the id tags " + ID_TAG + String.join(" and " + ID_TAG, ids)
                    + "; keep one");
            return;
        }
        String aliases = field(record.get(columns.aliases), header.html);
        collector.add(new Row(record.line(), field(record.get(columns.name), header.html),
                field(record.get(columns.definition), header.html), levels.stream().findFirst().orElse(null),
                field(record.get(columns.category), header.html), field(record.get(columns.example), header.html),
                ids.stream().findFirst().orElse(null), Row.splitList(aliases), related, same, List.copyOf(tags)));
    }

    private static String field(String value, Boolean html) {
        if (value == null) {
            return null;
        }
        String text = SOUND.matcher(value).replaceAll("");
        if (html == null ? HtmlText.looksLikeHtml(text) : html) {
            text = HtmlText.toPlainText(text);
        }
        return HtmlText.stripCloze(text);
    }

    static List<String> tags(String cell) {
        List<String> tags = new ArrayList<>();
        for (String tag : WHITESPACE.split(cell.strip())) {
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    /** The header lines at the top of the file; columns are 0-based here, -1 when absent. */
    private static final class Header {
        char separator = '\t';
        Boolean html;
        String columnLine;
        int tagsColumn = -1;
        int deckColumn = -1;
        int notetypeColumn = -1;
        int guidColumn = -1;
        List<String> tags = List.of();
        List<String> labels = List.of();
        int bodyStart;

        static Header read(SourceText source, List<ImportProblem> problems) {
            Header header = new Header();
            int line = 1;
            for (; line <= source.lineCount(); line++) {
                String text = source.line(line);
                if (line == 1 && text.startsWith("tags:")) {
                    // Older Anki versions wrote the tags for every note on a first line of their own.
                    header.tags = tags(text.substring("tags:".length()));
                } else if (text.startsWith("#")) {
                    header.meta(line, text.substring(1), problems);
                } else {
                    break;
                }
            }
            header.bodyStart = source.lineStart(line);
            if (header.columnLine != null) {
                List<DelimitedRecords.Numbered> labels = DelimitedRecords.parse(SourceText.of(header.columnLine),
                        0, DelimitedRecords.format(header.separator, false), new ArrayList<>());
                header.labels = labels.isEmpty() ? List.of() : labels.get(0).values();
            }
            return header;
        }

        private void meta(int line, String text, List<ImportProblem> problems) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return;
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1);
            switch (key) {
                case "separator" -> separator(line, value, problems);
                case "html" -> {
                    String v = value.strip().toLowerCase(Locale.ROOT);
                    if (v.equals("true") || v.equals("false")) {
                        html = v.equals("true");
                    } else {
                        problems.add(new ImportProblem(line, "#html:" + value.strip()
                                + " is not true or false; fields are read as HTML when they hold HTML tags"));
                    }
                }
                case "columns" -> columnLine = value;
                case "tags" -> tags = tags(value);
                case "tags column" -> tagsColumn = column(line, key, value, problems);
                case "deck column" -> deckColumn = column(line, key, value, problems);
                case "notetype column" -> notetypeColumn = column(line, key, value, problems);
                case "guid column" -> guidColumn = column(line, key, value, problems);
                default -> {
                    // Anki ignores header lines it does not know (#deck:, #notetype:, comments), and so do we.
                }
            }
        }

        private void separator(int line, String value, List<ImportProblem> problems) {
            Character named = SEPARATORS.get(value.strip().toLowerCase(Locale.ROOT));
            if (value.length() == 1) {
                separator = value.charAt(0);
            } else if (named != null) {
                separator = named;
            } else {
                problems.add(new ImportProblem(line, "#separator:" + value + " is not a separator; use tab, comma,"
                        + " semicolon, pipe, space, colon or a single character (reading with tab)"));
            }
        }

        private static int column(int line, String key, String value, List<ImportProblem> problems) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n - 1;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new ImportProblem(line, "#" + key + ":" + value.strip()
                    + " is not a column number; columns are counted from 1"));
            return -1;
        }
    }

    /** Which column holds which field of a term (0-based, -1 when none). */
    private record Columns(int name, int definition, int example, int aliases, int category) {

        static Columns of(Header header) {
            Set<Integer> meta = new HashSet<>(List.of(header.tagsColumn, header.deckColumn,
                    header.notetypeColumn, header.guidColumn));
            int name = -1;
            int definition = -1;
            int example = -1;
            int aliases = -1;
            int category = -1;
            for (int i = 0; i < header.labels.size(); i++) {
                if (meta.contains(i)) {
                    continue;
                }
                switch (header.labels.get(i).strip().toLowerCase(Locale.ROOT)) {
                    case "front", "term", "question" -> name = name < 0 ? i : name;
                    case "back", "definition", "answer" -> definition = definition < 0 ? i : definition;
                    case "example" -> example = example < 0 ? i : example;
                    case "aliases" -> aliases = aliases < 0 ? i : aliases;
                    case "category" -> category = category < 0 ? i : category;
                    case "tags" -> header.tagsColumn = header.tagsColumn < 0 ? i : header.tagsColumn;
                    default -> {
                    }
                }
            }
            Set<Integer> used = new HashSet<>(List.of(name, definition, example, aliases, category, header.tagsColumn,
                    header.deckColumn, header.notetypeColumn, header.guidColumn));
            int next = 0;
            if (name < 0) {
                while (used.contains(next)) {
                    next++;
                }
                name = next++;
            }
            if (definition < 0) {
                while (used.contains(next) || next == name) {
                    next++;
                }
                definition = next;
            }
            return new Columns(name, definition, example, aliases, category);
        }
    }
}
