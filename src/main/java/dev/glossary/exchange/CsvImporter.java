package dev.glossary.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a spreadsheet of terms saved as CSV or TSV: {@code CsvImporter.csv().read(reader, options)}, or
 * {@code CsvImporter.of(';', false, List.of("term", "definition"))} for other shapes.
 *
 * <p>The first row names the columns, in any order and any case: {@code term} (or word, front, question) and
 * {@code definition} (or meaning, back, answer) are required; {@code level}, {@code aliases}, {@code tags},
 * {@code related}, {@code same} (lists separated by ";" or "|"), {@code example} (or sentence), {@code category}
 * and {@code id} are optional. {@code columns} names them by position instead (the first row is then skipped, unless
 * {@code header} is false); without a header and without {@code columns}, column 1 is the term, 2 the definition
 * and 3 the level when every value in it is a level. Without a delimiter given, CSV takes the one its first line
 * holds most of: a comma, a semicolon (Excel's CSV in much of Europe) or a tab. Cells are read as spreadsheets
 * write them (see {@link SpreadsheetRecords}). A tags cell with no ";" or "|" is split at commas and spaces.
 */
public final class CsvImporter implements DeckImporter {
    static final List<String> COLUMNS = List.of("term", "definition", "level", "aliases", "tags", "example",
            "category", "id", "related", "same");
    private static final Map<String, String> SYNONYMS = Map.of("word", "term", "front", "term", "question", "term",
            "meaning", "definition", "back", "definition", "answer", "definition", "sentence", "example");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\\s]+");

    private final Character delimiter;
    private final boolean header;
    private final List<String> columns;

    private CsvImporter(Character delimiter, boolean header, List<String> columns) {
        this.delimiter = delimiter;
        this.header = header;
        this.columns = columns == null ? null : List.copyOf(columns);
    }

    /** Comma-separated values (or the delimiter the first line shows), as spreadsheets save them. */
    public static CsvImporter csv() {
        return new CsvImporter(null, true, null);
    }

    /** Tab-separated values. */
    public static CsvImporter tsv() {
        return new CsvImporter('\t', true, null);
    }

    /**
     * {@code delimiter} null to find it from the first line; {@code columns} null to read them from the header
     * (or by position without one), else the column names in order ("" or "-" for a column to leave out).
     */
    public static CsvImporter of(Character delimiter, boolean header, List<String> columns) {
        return new CsvImporter(delimiter, header, columns);
    }

    /** The name a column of {@code --columns} or of a header row stands for, or null when it is none this app reads. */
    public static String column(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return COLUMNS.contains(key) ? key : SYNONYMS.get(key);
    }

    @Override
    public ImportResult read(Reader in, ImportOptions options) throws IOException {
        SourceText source = SourceText.read(in);
        if (source.tooLarge()) {
            return ImportResult.failed(new ImportProblem(0, SourceText.TOO_LARGE));
        }
        TermCollector collector = new TermCollector(options);
        char sep = delimiter != null ? delimiter : sniff(source.line(1));
        if (delimiter == null && sep != ',') {
            collector.notice("read with " + name(sep) + " between values, as the first line has; --delimiter"
                    + " chooses another");
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<DelimitedRecords.Numbered> records = SpreadsheetRecords.parse(source, sep, problems);
        for (ImportProblem p : problems) {
            collector.reject(p.line(), p.message());
        }
        if (records.isEmpty()) {
            if (problems.isEmpty()) {
                collector.problem(0, "the file is empty; the first row names the columns, such as term"
                        + shown(sep) + "definition");
            }
            return collector.result();
        }
        Map<String, Integer> map;
        List<DelimitedRecords.Numbered> rows = records;
        int width;
        if (columns != null) {
            map = byPosition(columns);
            if (header) {
                rows = records.subList(1, records.size());
            }
            width = columns.size();
        } else if (header) {
            map = fromHeader(records.get(0), sep, collector);
            if (map == null) {
                return collector.result();
            }
            rows = records.subList(1, records.size());
            width = records.get(0).values().size();
        } else {
            map = new HashMap<>(Map.of("term", 0, "definition", 1));
            if (levelsInThirdColumn(records)) {
                map.put("level", 2);
            } else if (records.stream().anyMatch(r -> r.get(2) != null && !r.get(2).isBlank())) {
                collector.warning(records.get(0).line(), "column 3 holds something other than levels, so it was not"
                        + " read; name the columns with --columns, such as --columns term,definition,example");
            }
            width = Integer.MAX_VALUE;
        }
        for (DelimitedRecords.Numbered record : rows) {
            row(record, width, map, collector, sep);
        }
        return collector.result();
    }

    /** The delimiter the line holds most of, outside quotes: comma, semicolon or tab (a comma when none). */
    static char sniff(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> byPosition(List<String> names) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = column(names.get(i));
            if (column != null) {
                map.putIfAbsent(column, i);
            }
        }
        return map;
    }

    private static Map<String, Integer> fromHeader(DelimitedRecords.Numbered header, char sep,
                                                   TermCollector collector) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.values().size(); i++) {
            String label = header.values().get(i).strip();
            String column = column(label);
            if (column == null) {
                if (!label.isEmpty()) {
                    ignored.add(label);
                }
            } else if (columns.putIfAbsent(column, i) != null) {
                collector.problem(header.line(), "the column " + TermCollector.quote(label) + " is a second "
                        + column + " column; only the first was read");
            }
        }
        // A first row that names nothing known is most likely a term, not a header: one problem says so.
        for (String label : columns.isEmpty() ? List.<String>of() : ignored) {
            collector.warning(header.line(), "the column " + TermCollector.quote(label) + " is not one this app"
                    + " reads and was ignored; the columns are " + String.join(", ", COLUMNS)
                    + " (or word, meaning, front, back, question, answer, sentence)");
        }
        if (!columns.containsKey("term") || !columns.containsKey("definition")) {
            String cells = String.join(shown(sep), header.values().stream().limit(4).map(String::strip).toList());
            collector.problem(header.line(), columns.isEmpty()
                    ? "the first row (" + TermCollector.quote(cells) + ") names no column this app reads; if the file"
                    + " has no header row add --no-header, or say what each column is with --columns"
                    + " term,definition"
                    : missing(columns) + "; name " + (columns.containsKey("term") || columns.containsKey("definition")
                    ? "it" : "them") + " in the first row (term, word, front or question; definition, meaning, back or"
                    + " answer), or say what each column is with --columns term,definition");
            return null;
        }
        return columns;
    }

    private static String missing(Map<String, Integer> columns) {
        if (!columns.containsKey("term") && !columns.containsKey("definition")) {
            return "the term and definition columns are missing";
        }
        return "the " + (columns.containsKey("term") ? "definition" : "term") + " column is missing";
    }

    private static boolean levelsInThirdColumn(List<DelimitedRecords.Numbered> records) {
        boolean any = false;
        for (DelimitedRecords.Numbered record : records) {
            String value = record.get(2);
            if (value != null && !value.isBlank()) {
                if (dev.glossary.deck.Level.parse(value.strip()).isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static void row(DelimitedRecords.Numbered record, int width, Map<String, Integer> columns,
                            TermCollector collector, char sep) {
        if (width < record.values().size()) {
            List<String> extra = record.values().subList(width, record.values().size());
            if (extra.stream().anyMatch(v -> !v.isBlank())) {
                collector.reject(record.line(), "the row has " + record.values().size() + " values but the first row"
                        + " names " + width + " columns; put a value that holds " + name(sep) + " in double quotes");
                return;
            }
        }
        collector.add(new Row(record.line(), get(record, columns, "term"), get(record, columns, "definition"),
                get(record, columns, "level"), get(record, columns, "category"), get(record, columns, "example"),
                get(record, columns, "id"), Row.splitList(get(record, columns, "aliases")),
                Row.splitList(get(record, columns, "related")), Row.splitList(get(record, columns, "same")),
                tags(get(record, columns, "tags"))));
    }

    /** The app's own lists use ";" (see {@link Row#splitList}); spreadsheets often use commas or spaces. */
    static List<String> tags(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        if (cell.contains(";") || cell.contains("|")) {
            return Row.splitList(cell);
        }
        return Row.tidy(List.of(TAG_SEPARATORS.split(cell.strip())));
    }

    private static String get(DelimitedRecords.Numbered record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        String cell = index == null ? null : record.get(index);
        return cell == null ? null : SpreadsheetCells.unescape(cell);
    }

    private static String shown(char sep) {
        return sep == '\t' ? "<tab>" : String.valueOf(sep);
    }

    static String name(char sep) {
        return switch (sep) {
            case '\t' -> "a tab";
            case ',' -> "a comma";
            case ';' -> "a semicolon";
            case '|' -> "a pipe";
            default -> "\"" + sep + "\"";
        };
    }
}
