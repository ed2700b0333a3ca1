package dev.glossary.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a spreadsheet's CSV or TSV into records as Excel and Google Sheets write and read them: a double quote
 * opens a quoted cell only at the start of a cell, and that cell ends at a quote followed by the delimiter or the
 * end of a line ({@code ""} inside is one quote); a quote anywhere else is text. A cell that starts with a quote
 * but has no such end is read as text to the end of its line and reported, and the file goes on from the next line.
 */
final class SpreadsheetRecords {

    private SpreadsheetRecords() {
    }

    static List<DelimitedRecords.Numbered> parse(SourceText source, char delimiter, List<ImportProblem> problems) {
        String text = source.text();
        List<DelimitedRecords.Numbered> records = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            List<String> cells = new ArrayList<>();
            boolean broken = false;
            while (true) {
                StringBuilder cell = new StringBuilder();
                int end = quotedEnd(text, i, delimiter);
                if (end >= 0) {
                    for (int j = i + 1; j < end; j++) {
                        char c = text.charAt(j);
                        cell.append(c);
                        if (c == '"') {
                            j++;
                        }
                    }
                    i = end + 1;
                } else {
                    broken |= i < text.length() && text.charAt(i) == '"' && !anotherQuoteOnItsLine(text, i, delimiter);
                    while (i < text.length() && text.charAt(i) != delimiter && !lineBreak(text.charAt(i))) {
                        cell.append(text.charAt(i++));
                    }
                }
                cells.add(cell.toString());
                if (i < text.length() && text.charAt(i) == delimiter) {
                    i++;
                    continue;
                }
                break;
            }
            if (i < text.length() && text.charAt(i) == '\r') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            int line = source.lineAt(start);
            if (broken) {
                problems.add(new ImportProblem(line, "a value here starts with a double quote that is never closed,"
                        + " so the row was left out; close the quote, or write the value without it (a quote inside"
                        + " a quoted value is written \"\")"));
                continue;
            }
            DelimitedRecords.Numbered record = new DelimitedRecords.Numbered(line, cells);
            if (!record.blank()) {
                records.add(record);
            }
        }
        return records;
    }

    /**
     * The index of the quote that closes a quoted cell starting at {@code i}, or -1 when the cell does not start
     * with a quote or no quote ends it before the file does.
     */
    private static int quotedEnd(String text, int i, char delimiter) {
        if (i >= text.length() || text.charAt(i) != '"') {
            return -1;
        }
        for (int j = i + 1; j < text.length(); j++) {
            if (text.charAt(j) != '"') {
                continue;
            }
            if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                j++;
                continue;
            }
            if (j + 1 == text.length() || text.charAt(j + 1) == delimiter || lineBreak(text.charAt(j + 1))) {
                return j;
            }
            return -1;
        }
        return -1;
    }

    /** Whether a quote at {@code i} is text: some other text follows a quote on its line, as in {@code "To be" is}. */
    private static boolean anotherQuoteOnItsLine(String text, int i, char delimiter) {
        for (int j = i + 1; j < text.length() && !lineBreak(text.charAt(j)); j++) {
            if (text.charAt(j) == '"') {
                return true;
            }
        }
        return false;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
