package dev.glossary.exchange;

import dev.glossary.report.ClassReport;
import dev.glossary.report.ClassReport.Learner;
import dev.glossary.report.ClassReport.TermRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A class report as CSV for a spreadsheet: {@code ClassReportCsv.terms(report, out)}, one row per term, hardest
 * first, then the terms nobody reached; or {@code ClassReportCsv.learners(report, out)}, one row per learner.
 * Names come from learners' files, so a cell that a spreadsheet would read as a formula is written as text.
 */
public final class ClassReportCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ClassReportCsv() {
    }

    public static void terms(ClassReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord("rank", "id", "term", "learners_met", "reports_with_term", "first_try_accuracy",
                "class_misses", "first_tries", "first_tries_right", "lapses", "answers", "confused_with");
        int rank = 0;
        List<TermRow> rows = new ArrayList<>(report.terms());
        rows.addAll(report.notReached());
        for (TermRow row : rows) {
            rank++;
            String accuracy = Double.isNaN(row.firstTryAccuracy()) ? ""
                    : String.format(Locale.ROOT, "%.3f", row.firstTryAccuracy());
            csv.printRecord(row.met() == 0 ? "" : rank, text(row.id()), text(row.term()), row.met(), row.reports(),
                    accuracy, String.format(Locale.ROOT, "%.3f", row.misses()), row.firstTries(),
                    row.firstTriesRight(), row.lapses(), row.answers(), text(confusedWith(report, row.id())));
        }
        csv.flush();
    }

    public static void learners(ClassReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord("learner", "deck_version", "terms", "seen", "due", "known");
        for (Learner learner : report.learners()) {
            csv.printRecord(text(learner.label()), text(learner.version() == null ? "" : learner.version()),
                    learner.terms(), learner.seen(), learner.due(), learner.known());
        }
        csv.flush();
    }

    private static String confusedWith(ClassReport report, String id) {
        List<String> others = new ArrayList<>();
        for (ClassReport.ConfusedPair pair : report.confusedPairs()) {
            if (pair.a().equals(id)) {
                others.add(pair.b() + " (" + pair.times() + ")");
            } else if (pair.b().equals(id)) {
                others.add(pair.a() + " (" + pair.times() + ")");
            }
        }
        return String.join("; ", others);
    }

    /** A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) is kept as text. */
    static String text(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
