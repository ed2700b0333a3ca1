package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Calibration;
import dev.glossary.progress.ExamOutlook;
import dev.glossary.progress.Progress;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Stats;
import dev.glossary.progress.TermHistory;
import dev.glossary.term.CalibrationTable;
import dev.glossary.term.Charts;
import dev.glossary.term.Painter;
import dev.glossary.term.Plural;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code glossary stats}: what the learner knows, what is due, and how the habit is going. */
public final class StatsCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private boolean json;

    public StatsCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "stats",
                        "Show progress: terms by state and level, due counts, forecast, retention, streak.")
                .mixin(levels::addTo)
                .flag(OptionSpec.builder("--json").description("Print the figures as one JSON document; totalReviews counts"
                                + " every review logged for the deck, of terms since removed too (with --level, that"
                                + " level's terms)."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        List<Term> terms = deck.terms().stream().filter(levels.filter(session)).toList();
        Instant now = services.clock().instant();
        ZoneId zone = services.clock().getZone();
        Progress progress = services.progress().load();
        Map<String, TermHistory> logged = progress.deck(deck.id());
        if (terms.size() < deck.terms().size()) {
            Set<String> shown = terms.stream().map(Term::id).collect(Collectors.toSet());
            logged = logged.entrySet().stream().filter(e -> shown.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        Exams.lapse(services, deck).ifPresent(note ->
                spec.commandLine().getErr().print(Wrap.indented(note, session.screen().width(), "")));
        Optional<ExamOutlook> exam = Exams.outlook(services, deck, progress);
        Stats stats = Stats.compute(deck.id(), terms, logged, now, zone, services.progress().replayer(),
                services.config().leechLapses(), Exams.schedule(services, deck));
        Calibration calibration = Calibration.of(deck.id(), logged, services.progress().replayer());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = document(deck, stats);
            doc.put("exam", exam.map(Exams::json).orElse(null));
            List<Map<String, Object>> bins = new ArrayList<>();
            for (Calibration.Bin b : calibration.bins()) {
                Map<String, Object> bin = new LinkedHashMap<>();
                bin.put("predicted", round4(b.predicted()));
                bin.put("actual", round4(b.actual()));
                bin.put("reviews", b.reviews());
                bins.add(bin);
            }
            doc.put("calibration", bins);
            doc.put("calibrationAdvice", calibration.advice(stats.totalReviews()));
            Json.print(out, doc);
        } else {
            out.print(render(deck, stats, LocalDate.ofInstant(now, zone), exam));
            out.print(CalibrationTable.render(calibration, calibration.advice(stats.totalReviews()),
                    session.screen().width(), session.screen().terminal(), session.painter()));
            out.flush();
        }
        return 0;
    }

    private static Map<String, Object> document(Deck deck, Stats s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("deck", deck.id());
        doc.put("totalTerms", s.totalTerms());
        doc.put("totalReviews", s.totalReviews());
        doc.put("reviewsToday", s.reviewsToday());
        doc.put("due", s.due());
        doc.put("forecast", s.forecast());
        doc.put("retention30d", s.retention30d());
        doc.put("retentionSample", s.retentionSample());
        doc.put("streakDays", s.streakDays());
        doc.put("averageAnswerMs", s.averageAnswerMillis());
        doc.put("leeches", s.leeches());
        doc.put("suspended", s.suspended());
        Map<String, Object> byLevel = new LinkedHashMap<>();
        s.byLevel().forEach((level, counts) -> {
            Map<String, Integer> c = new LinkedHashMap<>();
            counts.forEach((m, n) -> c.put(m.id(), n));
            byLevel.put(level.id(), c);
        });
        doc.put("byLevel", byLevel);
        return doc;
    }

    private String render(Deck deck, Stats s, LocalDate today, Optional<ExamOutlook> exam) {
        Painter p = session.painter();
        int width = session.screen().width();
        StringBuilder out = new StringBuilder();
        out.append(p.bold(dev.glossary.term.SafeText.line(deck.name()))).append(" · ").append(s.totalTerms())
                .append(" terms\n\n");
        // The widest table is 47 columns; a narrower terminal gets it without the indent and its spare spaces.
        String row = width >= TABLE_WIDTH ? "  %-13s %6s %9s %6s %7s%n" : "%-12s %4s %8s %5s %6s%n";
        out.append(String.format(row, "", "new", "learning", "young", "mature"));
        for (Level level : Level.values()) {
            Map<Mastery, Integer> c = s.byLevel().get(level);
            if (c.values().stream().mapToInt(Integer::intValue).sum() == 0) {
                continue;
            }
            out.append(String.format(row, level.id(), c.get(Mastery.NEW), c.get(Mastery.LEARNING), c.get(Mastery.YOUNG),
                    c.get(Mastery.MATURE)));
        }
        out.append('\n');
        List<String> figures = new ArrayList<>();
        figures.add("Due now: " + p.bold(String.valueOf(s.due())));
        figures.add("Reviews today: " + s.reviewsToday());
        figures.add("Total reviews: " + s.totalReviews());
        figures.add("Retention (30 days): " + (s.retention30d() == null ? "no answers to cards in review yet"
                : String.format("%.0f%% of ", s.retention30d() * 100) + Plural.of(s.retentionSample(), "answer")));
        figures.add("Streak: " + s.streakDays() + (s.streakDays() == 1 ? " day" : " days"));
        figures.add("Average answer: " + (s.averageAnswerMillis() == null ? "-"
                : String.format("%.1f s", s.averageAnswerMillis() / 1000.0)));
        if (s.leeches() > 0) {
            figures.add("Leeches: " + p.bad(String.valueOf(s.leeches())) + " (" + Wrap.together(
                    ErrorLine.typed(session, "browse --leeches")) + ")");
        }
        if (s.suspended() > 0) {
            figures.add("Suspended: " + s.suspended());
        }
        out.append(Charts.fitted(figures, width, p)).append('\n');
        exam.ifPresent(o -> out.append(Wrap.indented(Exams.line(o), width, "  ")).append('\n'));
        List<String> labels = new ArrayList<>();
        for (int d = 0; d < s.forecast().size(); d++) {
            labels.add(d == 0 ? "today" : today.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + today.plusDays(d).getDayOfMonth());
        }
        out.append("  Due in the next 14 days\n");
        if (!session.screen().terminal()) {
            // Piped or redirected: the same figures as plain rows a script or a file can take.
            out.append(table(labels, s.forecast())).append('\n');
            out.append("  Reviews per week, last 16 weeks\n").append(weeks(s.reviewsPerDay(), today));
            return out.toString();
        }
        out.append(Charts.bars(labels, s.forecast(), width, p)).append('\n');
        out.append("  Reviews, last 16 weeks\n")
                .append(Charts.heatmap(s.reviewsPerDay(), today, Math.min(Stats.HEATMAP_WEEKS, Math.max(4, width - 10)), p));
        return out.toString();
    }

    private static final int TABLE_WIDTH = 48;

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static String table(List<String> labels, List<Integer> values) {
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            out.append(String.format("  %-" + labelWidth + "s %5d%n", labels.get(i), values.get(i)));
        }
        return out.toString();
    }

    /** Reviews per calendar week, Monday first, oldest first: the heatmap's columns as numbers. */
    private static String weeks(Map<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(Stats.HEATMAP_WEEKS - 1L);
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int week = 0; week < Stats.HEATMAP_WEEKS; week++) {
            LocalDate monday = start.plusWeeks(week);
            labels.add("week of " + monday);
            counts.add(perDay.entrySet().stream().filter(e -> !e.getKey().isBefore(monday)
                    && e.getKey().isBefore(monday.plusWeeks(1))).mapToInt(Map.Entry::getValue).sum());
        }
        return table(labels, counts);
    }
}
