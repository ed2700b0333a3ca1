package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.exchange.AnkiTextImporter;
import dev.glossary.exchange.CsvImporter;
import dev.glossary.exchange.DeckImporter;
import dev.glossary.exchange.ImportFormat;
import dev.glossary.exchange.ImportOptions;
import dev.glossary.exchange.ImportResult;
import dev.glossary.exchange.MarkdownImporter;
import dev.glossary.exchange.QuizletImporter;
import dev.glossary.exchange.TextDecoding;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code deck import} for text files (spreadsheets, Quizlet, Anki text, Markdown) and how they
 * make an importer: {@code .mixin(text::addTo)}, then {@link #read}. Separators may be given by the names
 * Quizlet's and Excel's dialogs show ({@code tab}, {@code comma}, {@code semicolon}, {@code newline}).
 */
final class TextImportOptions {
    private static final Map<String, String> NAMED = Map.of("tab", "\t", "comma", ",", "semicolon", ";",
            "newline", "\n", "new line", "\n", "pipe", "|", "space", " ");
    private String delimiter;
    private boolean noHeader;
    private String columns;
    private String encoding;
    private String termSeparator;
    private String cardSeparator;

    void addTo(CommandModel model) {
        model.option(OptionSpec.builder("--delimiter").paramLabel("SEP")
                        .description("CSV/TSV: between values: , ; tab (or comma, semicolon, tab); by default what the"
                                + " first line shows."),
                        String.class, () -> delimiter, v -> delimiter = v)
                .flag(OptionSpec.builder("--no-header")
                        .description("CSV/TSV: the first row is a term (column 1 term, 2 definition, 3 level)."),
                        () -> noHeader, v -> noHeader = v)
                .option(OptionSpec.builder("--columns").paramLabel("LIST")
                        .description("CSV/TSV: what each column is, such as term,definition,example (- skips one)."),
                        String.class, () -> columns, v -> columns = v)
                .option(OptionSpec.builder("--encoding").paramLabel("NAME")
                        .description("Text files: the encoding, such as windows-1252 (default: by byte order mark,"
                                + " else UTF-8)."),
                        String.class, () -> encoding, v -> encoding = v)
                .option(OptionSpec.builder("--term-separator").paramLabel("SEP")
                        .description("Quizlet: between term and definition: tab (default), comma, semicolon or text."),
                        String.class, () -> termSeparator, v -> termSeparator = v)
                .option(OptionSpec.builder("--card-separator").paramLabel("SEP")
                        .description("Quizlet: between cards: newline (default), semicolon or text."),
                        String.class, () -> cardSeparator, v -> cardSeparator = v);
    }

    /** The first of these options given, for a format that reads none of them (an Anki package). */
    String given() {
        return delimiter != null ? "--delimiter" : noHeader ? "--no-header" : columns != null ? "--columns"
                : encoding != null ? "--encoding" : termSeparator != null ? "--term-separator"
                : cardSeparator != null ? "--card-separator" : null;
    }

    /** The first option given that {@code format} does not read, or null. */
    String misplaced(ImportFormat format) {
        boolean spreadsheet = format == ImportFormat.CSV || format == ImportFormat.TSV;
        if (!spreadsheet && (delimiter != null || noHeader || columns != null)) {
            return delimiter != null ? "--delimiter" : noHeader ? "--no-header" : "--columns";
        }
        if (format != ImportFormat.QUIZLET && (termSeparator != null || cardSeparator != null)) {
            return termSeparator != null ? "--term-separator" : "--card-separator";
        }
        return null;
    }

    static String whereItApplies(String option) {
        return switch (option) {
            case "--delimiter", "--no-header", "--columns" -> option + " is for CSV and TSV (--from csv or tsv)";
            case "--term-separator", "--card-separator" -> option + " is for Quizlet exports (--from quizlet)";
            case "--encoding" -> "--encoding is for text files; an Anki package is always UTF-8";
            default -> option + " is for Anki packages (.apkg, .colpkg)";
        };
    }

    ImportResult read(ImportFormat format, Path file, byte[] bytes, ImportOptions options, PrintWriter err)
            throws IOException {
        DeckImporter importer = importer(format);
        TextDecoding.Decoded text;
        try {
            text = TextDecoding.decode(bytes, charset());
        } catch (TextDecoding.NotText e) {
            throw GlossaryException.badData(file + ":" + e.line() + ": " + e.getMessage());
        }
        if (text.note() != null) {
            err.println(SafeText.line(file + ": " + text.note()));
        }
        return importer.read(new StringReader(text.text()), options);
    }

    private DeckImporter importer(ImportFormat format) {
        return switch (format) {
            case ANKI_TEXT -> new AnkiTextImporter();
            case QUIZLET -> quizlet();
            case MARKDOWN -> new MarkdownImporter();
            case CSV, TSV -> CsvImporter.of(delimiter(format), !noHeader, columnList());
            case ANKI_PACKAGE -> throw new IllegalArgumentException("a package is not text");
        };
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw GlossaryException.usage("--encoding \"" + SafeText.line(encoding)
                    + "\" is not an encoding Java knows; use a name such as UTF-8, UTF-16, windows-1252 or ISO-8859-1");
        }
    }

    private Character delimiter(ImportFormat format) {
        if (delimiter == null) {
            return format == ImportFormat.TSV ? '\t' : null;
        }
        String d = separator(delimiter);
        if (d.length() != 1 || d.equals("\n") || d.equals("\"")) {
            throw GlossaryException.usage("--delimiter \"" + SafeText.line(delimiter)
                    + "\" is not one character; use , ; | or tab (or comma, semicolon, pipe, tab)");
        }
        return d.charAt(0);
    }

    private List<String> columnList() {
        if (columns == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : columns.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty() || name.equals("-") || name.equalsIgnoreCase("skip")) {
                names.add("");
            } else if (CsvImporter.column(name) == null) {
                throw GlossaryException.usage("--columns: \"" + SafeText.line(name)
                        + "\" is not a column this app reads; use term, definition, level, aliases, tags, example,"
                        + " category, id, related, or - to leave a column out");
            } else {
                names.add(name);
            }
        }
        List<String> read = names.stream().map(n -> n.isEmpty() ? "" : CsvImporter.column(n)).toList();
        if (!read.contains("term") || !read.contains("definition")) {
            throw GlossaryException.usage("--columns \"" + SafeText.line(columns)
                    + "\" must name a term and a definition column, such as --columns term,definition");
        }
        return names;
    }

    private QuizletImporter quizlet() {
        String term = separator(termSeparator == null ? "\t" : termSeparator);
        String card = separator(cardSeparator == null ? "\n" : cardSeparator);
        if (term.isEmpty() || card.isEmpty()) {
            throw GlossaryException.usage((term.isEmpty() ? "--term-separator"
                    : "--card-separator") + " is empty; give what Quizlet put between " + (term.isEmpty()
                    ? "term and definition" : "cards") + ", such as tab, comma, semicolon or newline");
        }
        if (term.equals(card)) {
            throw GlossaryException.usage("--term-separator and --card-separator are both \""
                    + SafeText.line(termSeparator) + "\"; Quizlet's export uses different ones (by default a tab and"
                    + " a new line)");
        }
        if (term.contains(card)) {
            throw GlossaryException.usage("--term-separator \"" + SafeText.line(termSeparator)
                    + "\" holds the card separator, so no card could ever contain it; choose separators where it"
                    + " does not");
        }
        return new QuizletImporter(term, card);
    }

    /**
     * A separator by the name a dialog shows, or as typed, where a shell user may write {@code \t} and
     * {@code \n}; every line break is read as LF, as the importers read the file.
     */
    static String separator(String given) {
        String named = NAMED.get(given.strip().toLowerCase(Locale.ROOT));
        String s = named != null ? named : given;
        return s.replace("\\t", "\t").replace("\\n", "\n").replace("\r\n", "\n").replace('\r', '\n');
    }
}
