package dev.glossary.term;

import dev.glossary.report.ClassReport;
import dev.glossary.report.ClassReport.ConfusedPair;
import dev.glossary.report.ClassReport.Learner;
import dev.glossary.report.ClassReport.TermRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class report as the teacher reads it in a terminal: {@code ClassReportText.render(report, width, 10)}. The
 * hardest terms first, then the most confused pairs, coverage per learner and what nobody has reached, each a
 * table that fits the width. Names and labels come from learners' files and are shown as safe text.
 */
public final class ClassReportText {
    private static final int MIN_NAME = 12;

    private ClassReportText() {
    }

    /** @param top how many of the hardest terms to list */
    public static String render(ClassReport report, int width, int top) {
        StringBuilder out = new StringBuilder();
        int learners = report.learners().size();
        String title = "Class report for " + report.deckId() + ": " + Plural.of(learners, "learner");
        if (report.versions().size() == 1) {
            String version = report.versions().keySet().iterator().next();
            title += version.isEmpty() ? "" : ", version " + SafeText.line(version);
        }
        out.append(Wrap.indented(title, width, ""));
        if (report.versions().size() > 1) {
            List<String> versions = new ArrayList<>();
            for (Map.Entry<String, Integer> v : report.versions().entrySet()) {
                versions.add((v.getKey().isEmpty() ? "no version" : SafeText.line(v.getKey())) + " ("
                        + Plural.of(v.getValue(), "learner") + ")");
            }
            String mismatch = "Reports of " + report.versions().size() + " versions of the deck: "
                    + String.join(", ", versions) + "; terms are matched by id.";
            if (!report.partialTerms().isEmpty()) {
                List<String> partial = new ArrayList<>();
                for (TermRow row : report.partialTerms()) {
                    partial.add(SafeText.line(row.term()) + " (" + row.reports() + " of " + learners + ")");
                }
                mismatch += " Not in every report: " + String.join(", ", partial) + ".";
            }
            out.append(Wrap.indented(mismatch, width, ""));
        }
        hardest(report, width, top, out);
        pairs(report, width, out);
        coverage(report, width, out);
        out.append("\nNot reached by anyone yet");
        if (report.notReached().isEmpty()) {
            out.append(": none\n");
        } else {
            out.append(" (").append(report.notReached().size()).append(")\n");
            List<String> names = report.notReached().stream().map(r -> SafeText.line(r.term())).toList();
            out.append(Wrap.indented(String.join(", ", names), width, "  "));
        }
        return out.toString();
    }

    private static void hardest(ClassReport report, int width, int top, StringBuilder out) {
        out.append('\n').append(Wrap.indented("Hardest terms (most missed at first try across the class, then most"
                + " lapses)", width, ""));
        if (report.terms().isEmpty()) {
            out.append("  none yet: nobody has answered a term\n");
            return;
        }
        List<TermRow> shown = report.terms().subList(0, Math.min(top, report.terms().size()));
        String counts = String.format(Locale.ROOT, "  %5s  %9s  %6s  %7s", "MET", "FIRST TRY", "LAPSES", "ANSWERS");
        int nameWidth = nameWidth(shown.stream().map(TermRow::term).toList(), "TERM", width - 6 - counts.length());
        out.append("   #  ").append(pad("TERM", nameWidth)).append(counts).append('\n');
        int learners = report.learners().size();
        for (int i = 0; i < shown.size(); i++) {
            TermRow row = shown.get(i);
            out.append(String.format(Locale.ROOT, "%4d  ", i + 1))
                    .append(pad(Wrap.fit(SafeText.line(row.term()), nameWidth), nameWidth))
                    .append(String.format(Locale.ROOT, "  %5s  %7.0f %%  %6d  %7d%n", row.met() + "/" + learners,
                            row.firstTryAccuracy() * 100, row.lapses(), row.answers()));
        }
        if (report.terms().size() > shown.size()) {
            out.append("  … and ").append(report.terms().size() - shown.size())
                    .append(" more (--top N shows more; --json and --csv have every term)\n");
        }
    }

    private static void pairs(ClassReport report, int width, StringBuilder out) {
        out.append("\nMost confused pairs\n");
        if (report.confusedPairs().isEmpty()) {
            out.append("  none recorded\n");
            return;
        }
        for (ConfusedPair pair : report.confusedPairs().subList(0, Math.min(10, report.confusedPairs().size()))) {
            String line = SafeText.line(report.name(pair.a())) + " and " + SafeText.line(report.name(pair.b())) + ": "
                    + Plural.of(pair.times(), "time") + ", by " + Plural.of(pair.learners(), "learner");
            out.append("  ").append(Wrap.fit(line, width - 2)).append('\n');
        }
    }

    private static void coverage(ClassReport report, int width, StringBuilder out) {
        out.append("\nCoverage per learner\n");
        String counts = String.format(Locale.ROOT, "  %-9s  %7s  %5s  %5s", "VERSION", "SEEN", "DUE", "KNOWN");
        List<String> labels = report.learners().stream().map(Learner::label).toList();
        int labelWidth = nameWidth(labels, "LEARNER", width - 2 - counts.length());
        out.append("  ").append(pad("LEARNER", labelWidth)).append(counts).append('\n');
        for (Learner learner : report.learners()) {
            String version = learner.version() == null ? "-" : Wrap.fit(SafeText.line(learner.version()), 9);
            out.append("  ").append(pad(Wrap.fit(SafeText.line(learner.label()), labelWidth), labelWidth))
                    .append("  ").append(pad(version, 9))
                    .append(String.format(Locale.ROOT, "  %7s  %5d  %5d%n", learner.seen() + "/" + learner.terms(),
                            learner.due(), learner.known()));
        }
    }

    /** The widest name, within what the line leaves, and never under {@value #MIN_NAME} cells. */
    private static int nameWidth(List<String> names, String heading, int room) {
        int widest = heading.length();
        for (String name : names) {
            widest = Math.max(widest, Wrap.cells(SafeText.line(name)));
        }
        return Math.max(MIN_NAME, Math.min(widest, room));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - Wrap.cells(text)));
    }
}
