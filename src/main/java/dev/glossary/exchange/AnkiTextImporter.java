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
        if (!header.separatorGiven) {
            header.separator = sniff(source, header.bodyStart);
            if (header.separator != '\t') {
                collector.notice("read with " + CsvImporter.name(header.separator) + " between fields: the file has"
                        + " no #separator line, and its first note has one (as Anki reads it)");
            }
        }
        collector.deckName(header.deck);
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
        Set<String> all = new LinkedHashSet<>(header.tags);
        String tagCell = record.get(header.tagsColumn);
        if (tagCell != null) {
            all.addAll(GlossaryTags.split(tagCell));
        }
        GlossaryTags tags = GlossaryTags.of(all);
        if (tags.conflict() != null) {
            collector.reject(record.line(), tags.conflict());
            return;
        }
        String id = tags.id();
        String rawName = record.get(columns.name);
        if (rawName != null && Cloze.has(rawName)) {
            Cloze cloze = Cloze.parse(plain(rawName, header.html));
            String extra = field(record.get(columns.definition), header.html);
            for (int number : cloze.numbers()) {
                Cloze.Card card = cloze.card(number);
                collector.add(new Row(record.line(), card.answer(), card.question(), tags.level(), null, extra,
                        id == null ? null : AnkiPackageImporter.clozeId(id, number), List.of(), tags.related,
                        List.of(), tags.tags));
            }
            return;
        }
        String name = field(rawName, header.html);
        String rawDefinition = record.get(columns.definition);
        String definition = field(rawDefinition, header.html);
        if (name != null && !name.isBlank() && (definition == null || definition.isBlank())
                && rawDefinition != null && AnkiPackageImporter.holdsMedia(rawDefinition)) {
            collector.reject(record.line(), TermCollector.quote(name) + ": the definition holds only an image or a"
                    + " sound, which glossary does not import; write text for it, or leave the note out with"
                    + " --skip-bad");
            return;
        }
        String aliases = field(record.get(columns.aliases), header.html);
        collector.add(new Row(record.line(), name, definition, tags.level(),
                field(record.get(columns.category), header.html), field(record.get(columns.example), header.html),
                id, Row.splitList(aliases), tags.related, tags.same, tags.tags));
    }

    private static String field(String value, Boolean html) {
        return value == null ? null : HtmlText.stripCloze(plain(value, html));
    }

    private static String plain(String value, Boolean html) {
        String text = HtmlText.SOUND.matcher(value).replaceAll("");
        return html == null ? HtmlText.looksLikeHtml(text) ? HtmlText.toPlainText(text) : text
                : html ? HtmlText.toPlainText(text) : text;
    }

    /** Anki's guess when a file does not say: the first of tab, semicolon and comma that the first note holds. */
    private static char sniff(SourceText source, int bodyStart) {
        int line = source.lineAt(bodyStart);
        while (line <= source.lineCount() && (source.line(line).isBlank() || source.line(line).startsWith("#"))) {
            line++;
        }
        String first = line <= source.lineCount() ? source.line(line) : "";
        for (char c : new char[] {'\t', ';', ','}) {
            if (first.indexOf(c) >= 0) {
                return c;
            }
        }
        return '\t';
    }

    /** The header lines at the top of the file; columns are 0-based here, -1 when absent. */
    private static final class Header {
        char separator = '\t';
        boolean separatorGiven;
        String deck = "";
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
                    header.tags = GlossaryTags.split(text.substring("tags:".length()));
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
                case "deck" -> deck = value.strip();
                case "tags" -> tags = GlossaryTags.split(value);
                case "tags column" -> tagsColumn = column(line, key, value, problems);
                case "deck column" -> deckColumn = column(line, key, value, problems);
                case "notetype column" -> notetypeColumn = column(line, key, value, problems);
                case "guid column" -> guidColumn = column(line, key, value, problems);
                default -> {
                    // Anki ignores header lines it does not know (#notetype:, comments), and so do we.
                }
            }
        }

        private void separator(int line, String value, List<ImportProblem> problems) {
            Character named = SEPARATORS.get(value.strip().toLowerCase(Locale.ROOT));
            if (value.length() == 1) {
                separator = value.charAt(0);
                separatorGiven = true;
            } else if (named != null) {
                separator = named;
                separatorGiven = true;
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
