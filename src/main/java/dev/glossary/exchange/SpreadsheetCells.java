package dev.glossary.exchange;

/**
 * Keeps a spreadsheet from running deck text as a formula (OWASP's CSV injection rule): a cell that starts
 * with {@code = + - @}, a tab or a carriage return is written with a leading {@code '}, which spreadsheets
 * read as "text follows" and do not show. {@code CsvExporter} writes {@code SpreadsheetCells.escape(text)}; an
 * importer of such a file reads {@code SpreadsheetCells.unescape(cell)}, so a round trip is exact.
 *
 * <p>A cell that itself starts with {@code '} is escaped the same way, so that unescaping one quote is never
 * ambiguous: {@code 'ok} is written {@code ''ok} and read back as {@code 'ok}.
 */
final class SpreadsheetCells {
    private static final String TRIGGERS = "=+-@\t\r'";

    private SpreadsheetCells() {
    }

    static String escape(String cell) {
        return startsWithTrigger(cell, 0) ? "'" + cell : cell;
    }

    static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsWithTrigger(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsWithTrigger(String cell, int from) {
        return cell.length() > from && TRIGGERS.indexOf(cell.charAt(from)) >= 0;
    }
}
