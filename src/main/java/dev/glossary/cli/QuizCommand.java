package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Confusions;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.LearnerConfig;
import dev.glossary.progress.Progress;
import dev.glossary.quiz.CardInfo;
import dev.glossary.quiz.DailyNewTerms;
import dev.glossary.quiz.Ladder;
import dev.glossary.quiz.Mode;
import dev.glossary.quiz.QuizFilter;
import dev.glossary.quiz.SessionPlan;
import dev.glossary.quiz.SessionPlanner;
import dev.glossary.quiz.SessionRequest;
import dev.glossary.quiz.SessionEstimate;
import dev.glossary.quiz.StudyDay;
import dev.glossary.term.Durations;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code glossary quiz}: a session of due terms, then new ones, in the chosen mode. Every answer is saved
 * the moment it is given. {@code review} is the same command limited to due terms.
 */
public class QuizCommand implements Callable<Integer> {
    protected final Services services;

    protected final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private List<String> tags = new ArrayList<>();
    private List<String> termNames = new ArrayList<>();
    private boolean hits;
    private int count;
    private Integer newLimit;
    private Mode mode;
    private boolean cram;
    private Long seed;
    private boolean json;
    private Integer passMark;
    /** New terms a day for this run: the learner's count, or more when an exam needs it. */
    private int newPerDay;
    private boolean confusions;
    private String pathTerm;

    public QuizCommand(Services services, Session session) {
        this(services, session, "quiz", "Drill terms: due ones first, then new ones, in flip, choice, typed, reverse or mixed mode.");
    }

    /** The same options under another name, for {@code review}. */
    protected QuizCommand(Services services, Session session, String name, String description) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, name, description)
                .mixin(levels::addTo)
                .repeatable(OptionSpec.builder("-t", "--tag").paramLabel("TAG")
                        .description("Only terms with one of these tags (repeatable)."),
                        String.class, () -> tags, v -> tags = v)
                .repeatable(OptionSpec.builder("--term").paramLabel("NAME")
                        .description("Exactly these terms, in this order (repeatable)."),
                        String.class, () -> termNames, v -> termNames = v)
                .flag(OptionSpec.builder("--hits").description("In the REPL: the terms of the last search or browse list."),
                        () -> hits, v -> hits = v)
                .option(OptionSpec.builder("-n", "--count").paramLabel("N").defaultValue("20")
                        .description("At most N terms in the session (default ${DEFAULT-VALUE})."),
                        int.class, () -> count, v -> count = v)
                .option(OptionSpec.builder("--new").paramLabel("N")
                        .description("At most N new terms today in this session (default: the daily limit in config, 20)."),
                        Integer.class, () -> newLimit, v -> newLimit = v)
                .option(OptionSpec.builder("-m", "--mode").paramLabel("MODE").defaultValue("mixed")
                        .converters(new ModeConverter()).completionCandidates(new ModeCandidates())
                        .description("${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})."),
                        Mode.class, () -> mode, v -> mode = v)
                .flag(OptionSpec.builder("--cram")
                        .description("Practise even what is not due; answers are logged but leave the schedule alone."),
                        () -> cram, v -> cram = v)
                .option(OptionSpec.builder("--seed").paramLabel("N")
                        .description("Make the choice of terms and options reproducible."),
                        Long.class, () -> seed, v -> seed = v)
                .flag(OptionSpec.builder("--json")
                        .description("Print one JSON document of the results on stdout; prompts go to stderr."),
                        () -> json, v -> json = v)
                .option(OptionSpec.builder("--pass-mark").paramLabel("PERCENT")
                        .description("Exit with code 1 when the score is below PERCENT."),
                        Integer.class, () -> passMark, v -> passMark = v)
                .mixin(model -> {
                    if (name.equals("quiz")) {
                        model.flag(OptionSpec.builder("--confusions").description("Drill the pairs of terms you mixed"
                                                + " up: which is which? (see: glossary confusions)."),
                                        () -> confusions, v -> confusions = v)
                                .option(OptionSpec.builder("--path").paramLabel("TERM")
                                                .completionCandidates(new TermNameCandidates())
                                                .description("Study what TERM builds on that is new or shaky for you,"
                                                        + " foundations first, then TERM (see: glossary path TERM)."),
                                        String.class, () -> pathTerm, v -> pathTerm = v);
                    }
                })
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** Whether new terms may join the session; {@code review} says no. */
    protected boolean includesNew() {
        return true;
    }

    @Override
    public Integer call() {
        if (count < 1) {
            throw GlossaryException.usage("--count must be at least 1");
        }
        if (newLimit != null && newLimit < 0) {
            throw GlossaryException.usage("--new must be 0 or more");
        }
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw GlossaryException.usage("--pass-mark must be a percentage from 0 to 100");
        }
        if (confusions && (!termNames.isEmpty() || hits || pathTerm != null)) {
            throw GlossaryException.usage("--confusions drills the pairs you mixed up; leave out --term, --hits and --path");
        }
        if (pathTerm != null && (!termNames.isEmpty() || hits)) {
            throw GlossaryException.usage("--path studies what one term builds on; leave out --term and --hits");
        }
        Deck deck = services.deck(session);
        checkTags(deck);
        Exams.lapse(services, deck).ifPresent(note ->
                spec.commandLine().getErr().print(Wrap.indented(note, session.screen().width(), "")));
        Instant now = services.clock().instant();
        Progress progress = services.progress().load();
        Map<String, CardInfo> cards = CardInfo.of(progress.deck(deck.id()),
                services.progress().replayer().scheduler(), now, Exams.schedule(services, deck));
        List<String> names = new ArrayList<>(termNames);
        if (hits) {
            if (session.lastList().isEmpty()) {
                throw GlossaryException.failure("no list to drill yet; search or browse first");
            }
            session.lastList().forEach(t -> names.add(t.id()));
        }
        Ladder ladder = new Ladder(deck);
        List<String> notes = new ArrayList<>();
        if (pathTerm != null) {
            Term target = TermLookup.find(services, session, List.of(pathTerm));
            double retention = services.config().desiredRetention();
            List<Term> path = ladder.path(target, t -> cards.getOrDefault(t.id(), CardInfo.newCard()).solid(retention));
            path.forEach(t -> names.add(t.id()));
            if (path.size() > count) {
                notes.add("The path to " + SafeText.line(target.name()) + " has " + path.size() + " terms; this session"
                        + " takes the first " + count + ", foundations first. Run it again for the rest.");
            }
        }
        QuizFilter filter = new QuizFilter(levels.selected(session), new HashSet<>(tags), names);
        LearnerConfig config = services.config();
        ZoneId zone = services.clock().getZone();
        newPerDay = Exams.newPerDay(services, deck, progress);
        // Cram answers leave terms new and count against no day, so only --new caps the new terms of a cram.
        int newAllowed = !includesNew() ? 0 : newLimit != null ? newLimit : cram ? Integer.MAX_VALUE
                : DailyNewTerms.allowed(newPerDay, progress.deck(deck.id()), now, zone);
        long seedValue = seed != null ? seed : now.toEpochMilli();
        SplittableRandom rng = new SplittableRandom(seedValue);
        SessionRequest request = new SessionRequest(filter, count, newAllowed, cram, config.newOrder(),
                StudyDay.start(now, zone));
        PrintWriter out = spec.commandLine().getOut();
        // Prompts share stdout only with a learner at a terminal on both ends; else stdout is for the results.
        boolean atTerminal = session.inRepl() || services.stdinIsTerminal() && session.screen().terminal();
        PrintWriter prompts = json || !atTerminal ? spec.commandLine().getErr() : out;
        if (confusions) {
            return drill(deck, cards, rng, out, prompts);
        }
        SessionPlan plan = new SessionPlanner(deck, ladder).plan(request, cards, now, rng);
        if (!plan.unknownNames().isEmpty()) {
            throw GlossaryException.failure("no term named " + String.join(", ",
                    plan.unknownNames().stream().map(n -> "\"" + SafeText.line(n) + "\"").toList())
                    + " in deck " + deck.id() + "; see: glossary search NAME");
        }
        for (Term held : plan.suspended()) {
            prompts.print(Wrap.indented(SafeText.line(held.name()) + " is suspended, so it is not asked; bring it back"
                    + " with: " + command("unsuspend " + TermLookup.argument(held)), session.screen().width(), ""));
        }
        prompts.flush();
        boolean dailyLimit = includesNew() && !cram && newLimit == null && newAllowed == 0 && plan.newLeft() > 0;
        if (plan.isEmpty()) {
            return nothingToDo(plan, now, newAllowed, dailyLimit, out);
        }
        Duration estimate = SessionEstimate.of(plan, SessionEstimate.perAnswer(progress.deck(deck.id()).values()));
        prompts.print(Wrap.indented(header(plan, estimate), session.screen().width(), ""));
        notes.addAll(notes(plan, dailyLimit));
        for (String note : notes) {
            prompts.print(Wrap.indented(session.painter().faint(note), session.screen().width(), ""));
        }
        QuizRunner runner = new QuizRunner(services, session, deck, cards, mode, cram, rng, session.answerInput(prompts), prompts,
                ladder, levels.selected(session));
        // Only prompts go to stderr: the summary, or the JSON document, is the command's output.
        QuizOutcome outcome = runner.run(plan, ended -> report(ended, out));
        return exitCode(outcome);
    }

    /** The summary, or the JSON document, as the command's output. */
    private void report(QuizOutcome ended, PrintWriter out) {
        Next next = next();
        if (json) {
            Json.print(out, ended.document(null, next.due()));
        } else {
            out.print(ended.summary(session.painter(), session.screen().width(), next.text(services.clock().instant())));
            out.flush();
        }
    }

    private int exitCode(QuizOutcome outcome) {
        if (outcome.interrupted()) {
            return GlossaryException.INTERRUPTED;
        }
        return passMark != null && !outcome.passes(passMark) ? GlossaryException.FAILURE : 0;
    }

    /**
     * {@code --confusions}: the pairs not yet told apart, most often and most recently confused first, in the
     * chosen levels (either term), neither suspended nor buried, {@code --count} cards at most (two a pair).
     */
    private int drill(Deck deck, Map<String, CardInfo> cards, SplittableRandom rng, PrintWriter out,
                      PrintWriter prompts) {
        Set<Level> chosen = levels.selected(session);
        List<Confusions.Pair> all = ConfusionsCommand.pairs(services, deck);
        List<Confusions.Pair> pairs = all.stream().filter(p -> !p.settled())
                .filter(p -> !held(cards, p.a()) && !held(cards, p.b()))
                .filter(p -> chosen.contains(deck.byId(p.a()).orElseThrow().level())
                        || chosen.contains(deck.byId(p.b()).orElseThrow().level()))
                .limit(Math.max(1, count / 2)).toList();
        if (pairs.isEmpty()) {
            String message = all.isEmpty() ? "No confusions to drill yet: when a wrong answer is another term of the"
                    + " deck, the two are noted as a pair, and this drills them."
                    : "Nothing to drill: every pair you mixed up" + (chosen.size() < Level.values().length
                    ? " in these levels" : "") + " is told apart (right both ways on two days), or suspended or buried."
                    + " See them with: " + command("confusions");
            if (json) {
                Json.print(out, QuizOutcome.empty().document(message, null));
            } else {
                out.print(Wrap.indented(message, session.screen().width(), ""));
                out.flush();
            }
            return passMark != null ? GlossaryException.FAILURE : 0;
        }
        prompts.print(Wrap.indented(pairs.size() + (pairs.size() == 1 ? " pair" : " pairs") + " to tell apart · "
                + pairs.size() * 2 + " cards, each naming both terms", session.screen().width(), ""));
        QuizOutcome outcome = new ConfusionDrill(services, session, deck, cards, cram, rng,
                session.answerInput(prompts), prompts).run(pairs);
        report(outcome, out);
        return exitCode(outcome);
    }

    private static boolean held(Map<String, CardInfo> cards, String termId) {
        CardInfo card = cards.get(termId);
        return card != null && card.held();
    }

    /** "12 due · 8 new · about 5 min": what the session holds, before its first card. */
    private String header(SessionPlan plan, Duration estimate) {
        List<String> parts = new ArrayList<>();
        if (plan.studiedCount() > 0) {
            parts.add(plan.studiedCount() + (cram ? " to practise" : " due"));
        }
        if (plan.newCount() > 0) {
            parts.add(plan.newCount() + " new");
        }
        long minutes = Math.round(estimate.toSeconds() / 60.0);
        parts.add(minutes < 1 ? "under a minute" : "about " + minutes + " min");
        if (cram) {
            parts.add("cram: the schedule is left alone");
        }
        return String.join(" · ", parts);
    }

    /** What the learner may want to know about what the session left out. */
    private List<String> notes(SessionPlan plan, boolean dailyLimit) {
        List<String> notes = new ArrayList<>();
        if (dailyLimit) {
            notes.add(dailyLimitNote());
        }
        if (plan.waiting() > 0) {
            notes.add(plan.waiting() + (plan.waiting() == 1 ? " due term waits" : " due terms wait")
                    + " for tomorrow: a twin or a close term of " + (plan.waiting() == 1 ? "it" : "each")
                    + " is in this session or was studied today.");
        }
        return notes;
    }

    private String dailyLimitNote() {
        int perDay = newPerDay;
        return "Today's " + perDay + " new " + (perDay == 1 ? "term is" : "terms are") + " done; for more: "
                + command("quiz --new 10") + ", or every day: "
                + command("config new-per-day " + Math.max(perDay + 10, perDay * 3 / 2)) + ".";
    }

    /** A command as the learner types it here, kept on one line when the message is wrapped. */
    private String command(String command) {
        return Wrap.together(ErrorLine.typed(session, command));
    }

    /** A tag no term of the deck has is a typo, not an empty session. */
    private void checkTags(Deck deck) {
        Set<String> known = new TreeSet<>();
        deck.terms().forEach(t -> t.tags().forEach(tag -> known.add(tag.strip().toLowerCase(Locale.ROOT))));
        List<String> unknown = tags.stream().filter(t -> !known.contains(t.strip().toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            throw GlossaryException.failure("no term of deck " + deck.id() + " has the tag " + String.join(", ",
                    unknown.stream().map(t -> "\"" + SafeText.line(t) + "\"").toList())
                    + (known.isEmpty() ? "; it has no tags" : "; its tags: " + String.join(", ", known)));
        }
    }

    private int nothingToDo(SessionPlan plan, Instant now, int newAllowed, boolean dailyLimit, PrintWriter out) {
        String message = nothingMessage(plan, now, newAllowed, dailyLimit);
        if (json) {
            Json.print(out, QuizOutcome.empty().document(message, plan.nextDue().orElse(null)));
        } else {
            out.print(Wrap.indented(message, session.screen().width(), ""));
            out.flush();
        }
        // No answers, no score: a pass mark is not reached.
        return passMark != null ? GlossaryException.FAILURE : 0;
    }

    private String nothingMessage(SessionPlan plan, Instant now, int newAllowed, boolean dailyLimit) {
        if (!plan.suspended().isEmpty() && plan.unknownNames().isEmpty()) {
            return "Nothing to ask: " + (plan.suspended().size() == 1 ? "that term is" : "those terms are")
                    + " suspended.";
        }
        String next = plan.nextDue().map(due -> " The next term is due in " + Durations.until(now, due) + ".")
                .orElse("");
        if (cram) {
            // Cram already ignores due dates: what is missing is matching terms, or room for new ones.
            String more = includesNew() && newAllowed == 0 ? " Add new terms with: " + command("quiz --cram --new 10")
                    : "";
            return "Nothing to practise: no term matches." + more;
        }
        String waiting = notes(plan, false).stream().map(n -> " " + n).reduce("", String::concat);
        String left = !includesNew() ? "Nothing is due." : dailyLimit ? "Nothing is due. " + dailyLimitNote()
                : "Nothing due and no new terms left.";
        return left + waiting + next + " Practise anyway with: " + command("quiz --cram");
    }

    /**
     * How many studied terms are due now, and when the earliest of the others is due, within the levels this
     * quiz kept to (the REPL's {@code level} included).
     */
    private record Next(int dueNow, Instant due) {
        String text(Instant now) {
            if (dueNow > 0) {
                return dueNow + " term" + (dueNow == 1 ? " is" : "s are") + " due now.";
            }
            return due == null ? "Nothing is scheduled yet." : "Next term due in " + Durations.until(now, due) + ".";
        }
    }

    private Next next() {
        Deck deck = services.deck(session);
        Instant now = services.clock().instant();
        Progress progress = services.progress().load();
        Set<Level> chosen = levels.selected(session);
        ExamSchedule exam = Exams.schedule(services, deck);
        return new Next(progress.due(deck, chosen, now, exam).size(),
                progress.nextDue(deck, chosen, now, exam).orElse(null));
    }

    static final class ModeConverter implements ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return Mode.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a mode; use " + Mode.ids()));
        }
    }

    static final class ModeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Mode.values()).map(Mode::id).iterator();
        }
    }
}
