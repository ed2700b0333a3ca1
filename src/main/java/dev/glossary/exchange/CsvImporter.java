package dev.glossary.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a spreadsheet of terms saved as CSV (RFC 4180) or TSV: {@code CsvImporter.csv().read(reader, options)}.
 *
 * <p>The first row names the columns, in any order and any case: {@code term} and {@code definition} are
 * required; {@code level}, {@code aliases}, {@code tags}, {@code related}, {@code same} (lists separated by ";" or "|"),
 * {@code example}, {@code category} and {@code id} are optional. Values may be quoted with double quotes, which
 * lets them hold the delimiter, quotes (written twice) and line breaks. A byte order mark is ignored.
 */
public final class CsvImporter implements DeckImporter {
    static final List<String> COLUMNS = List.of("term", "definition", "level", "aliases", "tags", "example",
            "category", "id", "related", "same");

    private final char delimiter;

    private CsvImporter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Comma-separated values, as spreadsheets save them. */
    public static CsvImporter csv() {
        return new CsvImporter(',');
    }

    /** Tab-separated values; quoting works as in CSV. */
    public static CsvImporter tsv() {
        return new CsvImporter('\t');
    }

    @Override
    public ImportResult read(Reader in, ImportOptions options) throws IOException {
        SourceText source = SourceText.read(in);
        if (source.tooLarge()) {
            return ImportResult.failed(new ImportProblem(0, SourceText.TOO_LARGE));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<DelimitedRecords.Numbered> records = DelimitedRecords.parse(source, 0,
                DelimitedRecords.format(delimiter, false), problems);
        TermCollector collector = new TermCollector(options);
        collector.problems(problems);
        if (records.isEmpty()) {
            if (problems.isEmpty()) {
                collector.problem(0, "the file is empty; the first row names the columns, such as "
                        + "term" + delimiterName() + "definition");
            }
            return collector.result();
        }
        DelimitedRecords.Numbered header = records.get(0);
        Map<String, Integer> columns = columns(header, collector);
        if (columns == null) {
            return collector.result();
        }
        for (DelimitedRecords.Numbered record : records.subList(1, records.size())) {
            row(record, header.values().size(), columns, collector);
        }
        return collector.result();
    }

    private Map<String, Integer> columns(DelimitedRecords.Numbered header, TermCollector collector) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = header.values().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                if (!name.isEmpty()) {
                    collector.warning(header.line(), "the column " + TermCollector.quote(name)
                            + " is not one this app reads and was ignored; the columns are "
                            + String.join(", ", COLUMNS));
                }
            } else if (columns.putIfAbsent(name, i) != null) {
                collector.problem(header.line(), "the column " + TermCollector.quote(name)
                        + " is named twice; only the first was read");
            }
        }
        List<String> missing = COLUMNS.subList(0, 2).stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            collector.problem(header.line(), (missing.size() == 1
                    ? "the column \"" + missing.get(0) + "\" is missing"
                    : "the columns \"term\" and \"definition\" are missing")
                    + "; the first row must name the columns, such as term" + delimiterName() + "definition"
                    + delimiterName() + "level");
            return null;
        }
        return columns;
    }

    private static void row(DelimitedRecords.Numbered record, int width, Map<String, Integer> columns,
                            TermCollector collector) {
        List<String> extra = record.values().subList(Math.min(width, record.values().size()), record.values().size());
        if (extra.stream().anyMatch(v -> !v.isBlank())) {
            collector.reject(record.line(), "the row has " + record.values().size() + " values but the first row"
                    + " names " + width + " columns; put a value that holds the delimiter in double quotes");
            return;
        }
        collector.add(new Row(record.line(), get(record, columns, "term"), get(record, columns, "definition"),
                get(record, columns, "level"), get(record, columns, "category"), get(record, columns, "example"),
                get(record, columns, "id"), Row.splitList(get(record, columns, "aliases")),
                Row.splitList(get(record, columns, "related")), Row.splitList(get(record, columns, "same")),
                Row.splitList(get(record, columns, "tags"))));
    }

    private static String get(DelimitedRecords.Numbered record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.get(index);
    }

    private String delimiterName() {
        return delimiter == '\t' ? "<tab>" : String.valueOf(delimiter);
    }
}
