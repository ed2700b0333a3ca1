package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.progress.Exam;
import dev.glossary.progress.ExamOutlook;
import dev.glossary.progress.Progress;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code glossary exam [DATE | clear] [--level L…]}: the date the learner studies the current deck towards.
 * New terms are paced so that each is in a few days before it, and reviews in the last days keep every
 * term's predicted recall on the day at the desired retention; stored per deck in config.json.
 */
public final class ExamCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final String CLEAR = "clear";

    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private String date;
    private boolean json;

    public ExamCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "exam",
                        "Set the date of an exam in this deck (new terms are paced to be learned a few days before it,"
                                + " and reviews in the last days keep each term's recall up for the day), show it,"
                                + " or clear it.")
                .positional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("DATE|clear")
                                .description("The exam's date, YYYY-MM-DD (today or later); clear to drop it."
                                        + " Without it: the exam set, if any."),
                        String.class, () -> date, v -> date = v)
                .mixin(levels::addTo)
                .flag(OptionSpec.builder("--json").description("Print the exam as one JSON object (null when none)."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int width = session.screen().width();
        Exams.lapse(services, deck).ifPresent(note -> err.print(Wrap.indented(note, width, "")));
        err.flush();
        if (date != null && date.strip().equalsIgnoreCase(CLEAR)) {
            return clear(deck, out);
        }
        if (date != null) {
            set(deck, parse(date));
        }
        Progress progress = services.progress().load();
        Optional<ExamOutlook> outlook = Exams.outlook(services, deck, progress);
        if (json) {
            Json.print(out, outlook.map(this::document).orElse(null));
            return 0;
        }
        if (outlook.isEmpty()) {
            LocalDate example = today().plusDays(30);
            out.print(Wrap.indented("No exam set for deck " + SafeText.line(deck.id()) + ". Set one with: "
                    + ErrorLine.typed(session, "exam " + example) + " (and --level L to keep it to some levels).",
                    width, ""));
            out.flush();
            return 0;
        }
        out.print(describe(deck, outlook.get(), width));
        out.flush();
        return 0;
    }

    private void set(Deck deck, LocalDate day) {
        if (day.isBefore(today())) {
            throw GlossaryException.usage(day + " has passed (today is " + today() + "); give the exam's date,"
                    + " today or later");
        }
        Set<Level> chosen = levels.selected(session);
        if (deck.terms().stream().noneMatch(t -> chosen.contains(t.level()))) {
            throw GlossaryException.failure("deck " + deck.id() + " has no " + levelNames(chosen, "or")
                    + " terms; choose others with --level");
        }
        services.config(services.config().withExam(deck.id(), new Exam(day, chosen)));
    }

    private int clear(Deck deck, PrintWriter out) {
        Optional<Exam> exam = services.config().exam(deck.id());
        if (exam.isPresent()) {
            services.config(services.config().withExam(deck.id(), null));
        }
        if (json) {
            Json.print(out, null);
        } else {
            out.println(exam.map(e -> "Exam of " + e.date() + " cleared; the ordinary schedule is back.")
                    .orElse("No exam was set for deck " + SafeText.line(deck.id()) + "."));
            out.flush();
        }
        return 0;
    }

    private String describe(Deck deck, ExamOutlook o, int width) {
        Exam exam = o.exam();
        long covered = deck.terms().stream().filter(exam::covers).count();
        int own = services.config().newPerDay();
        StringBuilder text = new StringBuilder();
        text.append(Wrap.indented("Exam on " + DAY.format(exam.date()) + " in deck " + SafeText.line(deck.id())
                + ": " + Plural.of(covered, (exam.levels().size() == Level.values().length ? "" : levelNames(exam.levels(), "and")
                + " ") + "term") + ".", width, ""));
        text.append(Wrap.indented(Exams.line(o), width, "  "));
        String pace = o.unseen() == 0 ? "Every term of the exam has been introduced."
                : o.newPerDay() > own ? "New terms come " + o.newPerDay() + " a day instead of your " + own
                + ", so that each is introduced at least " + ExamOutlook.LEAD_DAYS + " days before the exam."
                : "At " + own + " new terms a day, each is introduced at least " + ExamOutlook.LEAD_DAYS
                + " days before the exam.";
        text.append(Wrap.indented(pace + " In the last days, a term whose predicted recall on the day would be"
                + " under " + Exams.percent(services.config().desiredRetention()) + " (your retention) is"
                + " reviewed again first. Predicted recall counts a term never studied as 0.", width, "  "));
        return text.toString();
    }

    private Map<String, Object> document(ExamOutlook o) {
        Map<String, Object> doc = new LinkedHashMap<>(Exams.json(o));
        doc.put("levels", o.exam().levels().stream().map(Level::id).toList());
        return doc;
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw GlossaryException.usage("\"" + SafeText.line(text) + "\" is not a date; give it as YYYY-MM-DD, e.g. "
                    + today().plusDays(30) + ", or clear");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(services.clock().instant(), services.clock().getZone());
    }

    /** "beginner", "beginner or advanced", "beginner, intermediate and advanced". */
    private static String levelNames(Set<Level> chosen, String conjunction) {
        List<String> ids = chosen.stream().map(Level::id).toList();
        return ids.size() == 1 ? ids.get(0) : String.join(", ", ids.subList(0, ids.size() - 1)) + " " + conjunction
                + " " + ids.get(ids.size() - 1);
    }
}
