package dev.glossary.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits delimited text into records with commons-csv and numbers each by the physical line it starts on
 * (a quoted value may span lines). Text that cannot be parsed ends the walk with one problem at its line.
 */
final class DelimitedRecords {
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline|line:?) ([0-9,]+)");

    /** One record and the line it starts on. */
    record Numbered(int line, List<String> values) {

        String get(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : null;
        }

        boolean blank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    private DelimitedRecords() {
    }

    /** A format for one delimiter: double quotes with "" inside, empty lines skipped, spaces kept. */
    static CSVFormat format(char delimiter, boolean hashComments) {
        CSVFormat.Builder builder = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false);
        if (hashComments) {
            builder.setCommentMarker('#');
        }
        return builder.get();
    }

    /** Parses {@code source} from offset {@code start}; blank records are left out. */
    static List<Numbered> parse(SourceText source, int start, CSVFormat format, List<ImportProblem> problems) {
        boolean hashComments = format.isCommentMarkerSet();
        int linesBefore = source.lineAt(start) - 1;
        List<Numbered> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(source.text().substring(start)))
                .setFormat(format)
                .setCharacterOffset(start)
                .get()) {
            for (CSVRecord record : parser) {
                Numbered numbered = new Numbered(source.recordLine(record.getCharacterPosition(), hashComments),
                        record.toList());
                if (!numbered.blank()) {
                    records.add(numbered);
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(parseProblem(e.getCause(), linesBefore, records));
        } catch (IOException e) {
            problems.add(parseProblem(e, linesBefore, records));
        }
        return records;
    }

    private static ImportProblem parseProblem(IOException e, int linesBefore, List<Numbered> records) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        int line = m.find()
                ? linesBefore + Integer.parseInt(m.group(1).replace(",", ""))
                : records.isEmpty() ? linesBefore + 1 : records.get(records.size() - 1).line() + 1;
        String why;
        if (message.contains("EOF reached before encapsulated token finished")) {
            why = "a quoted value starts here but its closing quote is missing, so the rest of the file was not"
                    + " read; add the closing \" (a quote inside a value is written \"\")";
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            why = "a closing quote is followed by more text, so the rest of the file was not read; a quote"
                    + " inside a quoted value is written \"\"";
        } else {
            why = "the rest of the file could not be read: " + message;
        }
        return new ImportProblem(line, why);
    }
}
