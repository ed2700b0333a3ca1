package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.exchange.ClassReportCsv;
import dev.glossary.report.ClassReport;
import dev.glossary.report.ClassReport.ConfusedPair;
import dev.glossary.report.ClassReport.TermRow;
import dev.glossary.report.LearnerReport;
import dev.glossary.store.ReportFiles;
import dev.glossary.term.ClassReportText;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck report FILE…|DIR [--json|--csv]}: the teacher's view of a class, from the reports learners
 * wrote with {@code glossary report}. Reports from different versions of the deck are matched by term id; a file
 * that is not a report stops the command (naming the file and field) unless {@code --skip-bad}.
 */
public final class DeckReportCommand implements Callable<Integer> {
    private final Session session;
    private final CommandSpec spec;
    private List<Path> paths = new ArrayList<>();
    private boolean json;
    private boolean csv;
    private boolean learners;
    private int top = 10;
    private boolean skipBad;

    public DeckReportCommand(Session session) {
        this.session = session;
        this.spec = CommandModel.of(this, "report", "Read a class's reports (written by: glossary report): the hardest"
                        + " terms, the most confused pairs, coverage per learner, and what nobody has reached.")
                .positionals(PositionalParamSpec.builder().paramLabel("FILE|DIR").arity("1..*")
                                .description("Report files, or directories of them (every *.json inside)."),
                        Path.class, () -> paths, v -> paths = v)
                .flag(OptionSpec.builder("--json").description("Print the whole report as one JSON document."),
                        () -> json, v -> json = v)
                .flag(OptionSpec.builder("--csv").description("Print CSV for a spreadsheet: one row per term, hardest"
                                + " first (or per learner, with --learners)."),
                        () -> csv, v -> csv = v)
                .flag(OptionSpec.builder("--learners").description("With --csv: the coverage per learner instead."),
                        () -> learners, v -> learners = v)
                .option(OptionSpec.builder("--top").paramLabel("N")
                                .description("How many of the hardest terms the table lists (default: 10)."),
                        int.class, () -> top, v -> top = v)
                .flag(OptionSpec.builder("--skip-bad").description("Leave out files that are not readable reports,"
                                + " with a warning, instead of stopping."),
                        () -> skipBad, v -> skipBad = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        if (json && csv) {
            throw new GlossaryException(GlossaryException.USAGE, "--json and --csv each print the whole report; give"
                    + " one of them");
        }
        if (learners && !csv) {
            throw new GlossaryException(GlossaryException.USAGE, "--learners picks the CSV table; add --csv");
        }
        if (top < 1) {
            throw new GlossaryException(GlossaryException.USAGE, "--top takes 1 or more, not " + top);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ClassReport.Named> reports = read(err);
        ClassReport report = ClassReport.of(reports);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, document(report));
        } else if (csv) {
            StringWriter text = new StringWriter();
            if (learners) {
                ClassReportCsv.learners(report, text);
            } else {
                ClassReportCsv.terms(report, text);
            }
            out.print(session.screen().terminal() ? SafeText.clean(text.toString()) : text);
        } else {
            out.print(ClassReportText.render(report, session.screen().width(), top));
        }
        out.flush();
        return 0;
    }

    private List<ClassReport.Named> read(PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(path, "*.json")) {
                    dir.forEach(inside::add);
                }
                inside.sort(null);
                if (inside.isEmpty()) {
                    throw GlossaryException.failure(path + ": no *.json files in this directory; learners write"
                            + " reports with: glossary report --deck ID -o NAME.json");
                }
                files.addAll(inside);
            } else {
                files.add(path);
            }
        }
        List<ClassReport.Named> reports = new ArrayList<>();
        for (Path file : files) {
            try {
                LearnerReport report = ReportFiles.read(file);
                String label = report.learner() != null ? report.learner() : String.valueOf(file.getFileName());
                reports.add(new ClassReport.Named(label, report));
            } catch (GlossaryException e) {
                if (!skipBad) {
                    throw new GlossaryException(e.exitCode(), e.getMessage() + (files.size() > 1
                            ? " (--skip-bad leaves such files out)" : ""));
                }
                err.println("warning: left out " + SafeText.line(e.getMessage()));
            }
        }
        if (reports.isEmpty()) {
            throw GlossaryException.badData("none of the files is a readable report");
        }
        Map<String, List<String>> byDeck = new TreeMap<>();
        for (ClassReport.Named named : reports) {
            byDeck.computeIfAbsent(named.report().deckId(), d -> new ArrayList<>()).add(named.label());
        }
        if (byDeck.size() > 1) {
            List<String> decks = new ArrayList<>();
            byDeck.forEach((deck, labels) -> decks.add(deck + " (" + String.join(", ", labels.stream()
                    .map(SafeText::line).toList()) + ")"));
            throw GlossaryException.failure("the reports are of different decks: " + String.join("; ", decks)
                    + "; read one deck's reports at a time");
        }
        return reports;
    }

    /** The {@code --json} document: every term (hardest first, then those nobody reached), learners, pairs. */
    private static Map<String, Object> document(ClassReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("deck", report.deckId());
        doc.put("learnerCount", report.learners().size());
        Map<String, Integer> versions = new LinkedHashMap<>();
        report.versions().forEach((version, count) -> versions.put(version.isEmpty() ? "none" : version, count));
        doc.put("versions", versions);
        doc.put("partialTerms", report.partialTerms().stream().map(r -> Map.of("id", r.id(), "reports", r.reports()))
                .toList());
        List<Map<String, Object>> terms = new ArrayList<>();
        int rank = 0;
        for (TermRow row : report.terms()) {
            terms.add(term(row, ++rank));
        }
        for (TermRow row : report.notReached()) {
            terms.add(term(row, null));
        }
        doc.put("terms", terms);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (ConfusedPair pair : report.confusedPairs()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("a", pair.a());
            p.put("b", pair.b());
            p.put("times", pair.times());
            p.put("learners", pair.learners());
            pairs.add(p);
        }
        doc.put("confusedPairs", pairs);
        doc.put("learners", report.learners());
        doc.put("notReached", report.notReached().stream().map(TermRow::id).toList());
        return doc;
    }

    private static Map<String, Object> term(TermRow row, Integer rank) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("rank", rank);
        t.put("id", row.id());
        t.put("term", row.term());
        t.put("learnersMet", row.met());
        t.put("reports", row.reports());
        t.put("firstTryAccuracy", Double.isNaN(row.firstTryAccuracy()) ? null
                : Math.round(row.firstTryAccuracy() * 1000) / 1000.0);
        t.put("classMisses", Math.round(row.misses() * 1000) / 1000.0);
        t.put("firstTries", row.firstTries());
        t.put("firstTriesRight", row.firstTriesRight());
        t.put("lapses", row.lapses());
        t.put("answers", row.answers());
        return t;
    }
}
