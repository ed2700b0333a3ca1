package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Confusions;
import dev.glossary.progress.Exam;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.term.Durations;
import dev.glossary.term.Painter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code glossary why TERM}: the review history behind a term's schedule, and why it is due when it is. */
public final class WhyCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private List<String> words;
    private boolean json;

    public WhyCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "why",
                        "Explain a term's schedule: its reviews, stability, difficulty and recall odds now.")
                .positionals(PositionalParamSpec.builder().arity("1..*").paramLabel("TERM")
                        .completionCandidates(new TermNameCandidates()).description("Term name, alias or id."),
                        String.class, () -> words, v -> words = v)
                .flag(OptionSpec.builder("--json").description("Print the review log, state, stability, difficulty,"
                                + " recall odds now, due, suspended and leech as one JSON object."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        Term term = TermLookup.find(services, session, words);
        Optional<TermHistory> history = services.progress().load().term(deck.id(), term.id());
        Instant now = services.clock().instant();
        ZoneId zone = services.clock().getZone();
        if (json) {
            Json.print(spec.commandLine().getOut(), document(deck, term, history, now));
            return 0;
        }
        Painter p = session.painter();
        int width = session.screen().width();
        StringBuilder out = new StringBuilder();
        out.append(p.bold(SafeText.line(term.name()))).append("  ").append(p.level(term.level())).append('\n');
        history.ifPresent(h -> out.append(marks(term, h, now)));
        if (history.isEmpty() || history.get().reviews().isEmpty()) {
            out.append(Wrap.indented("New: never reviewed. It comes up in a quiz as one of the day's new terms ("
                    + Exams.newPerDay(services, deck, services.progress().load()) + " a day).", width, "  "));
            out.append(confusions(deck, term, width));
            out.append(Wrap.indented(ConfigCommand.schedulerLine(services.config()), width, "  "));
            spec.commandLine().getOut().print(out);
            spec.commandLine().getOut().flush();
            return 0;
        }
        TermHistory h = history.get();
        Card card = h.card();
        out.append("  Reviews:\n");
        for (Review r : h.reviews()) {
            out.append(reviewRow(r, zone, width));
        }
        out.append(confusions(deck, term, width));
        double recall = services.progress().replayer().scheduler().retrievability(card, now);
        String state = card.state().name().toLowerCase(java.util.Locale.ROOT);
        String mastery = Mastery.of(card).id();
        out.append(Wrap.indented("State: " + state + (mastery.equals(state) ? "" : " (" + mastery + ")") + ", "
                + Plural.of(card.reps(), "review") + ", " + Plural.of(card.lapses(), "lapse"), width, "  "));
        if (card.state() != CardState.NEW) {
            out.append(Wrap.indented(String.format("Stability: %.2f days (how long until recall odds fall to 90%%)",
                    card.stability()), width, "  "));
            out.append(Wrap.indented(String.format("Difficulty: %.2f of 10", card.difficulty()), width, "  "));
            out.append(Wrap.indented(String.format("Recall odds now: %.0f%%", recall * 100), width, "  "));
        }
        boolean crammedSince = !h.reviews().isEmpty() && h.reviews().get(h.reviews().size() - 1).cram();
        out.append(Wrap.indented(reason(card, now, zone, crammedSince), width, "  "));
        examReason(deck, term, card, now, zone).ifPresent(line -> out.append(Wrap.indented(line, width, "  ")));
        out.append(Wrap.indented(ConfigCommand.schedulerLine(services.config()), width, "  "));
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Why the exam brings the term's review forward, when it does. */
    private Optional<String> examReason(Deck deck, Term term, Card card, Instant now, ZoneId zone) {
        Optional<Exam> exam = Exams.active(services, deck);
        Instant due = Exams.schedule(services, deck).due(term.id(), card);
        if (exam.isEmpty() || !due.isBefore(card.due())) {
            return Optional.empty();
        }
        double onTheDay = services.progress().replayer().scheduler().retrievability(card, exam.get().moment(zone));
        return Optional.of("For the exam on " + exam.get().date() + " it is due " + (due.isAfter(now) ? WHEN.format(
                due.atZone(zone)) + " (in " + Durations.until(now, due) + ")" : "now") + " instead: its recall odds on"
                + " the day would be " + Exams.percent(onTheDay) + ", under the "
                + Exams.percent(services.config().desiredRetention()) + " you asked for.");
    }

    /** "Confused with: JWS (3 times), OAuth2 (once)": the pairs the term is in, most often first; none: empty. */
    private String confusions(Deck deck, Term term, int width) {
        List<String> names = new ArrayList<>();
        for (Confusions.With with : confusedWith(deck, term)) {
            names.add(deck.byId(with.termId()).map(t -> SafeText.line(t.name())).orElse(with.termId()) + " ("
                    + ConfusionsCommand.times(with.times()) + ")");
        }
        return names.isEmpty() ? "" : Wrap.indented("Confused with: " + String.join(", ", names) + "; tell them apart with: "
                + Wrap.together(ErrorLine.typed(session, "quiz --confusions")), width, "  ");
    }

    /** The terms of the deck this one was mixed up with, either way round. */
    private List<Confusions.With> confusedWith(Deck deck, Term term) {
        return Confusions.of(services.progress().load().deck(deck.id()), services.clock().getZone()).with(term.id())
                .stream().filter(w -> deck.byId(w.termId()).filter(other -> !other.isSameAs(term)
                        && !term.isSameAs(other)).isPresent()).toList();
    }

    /** What the learner set on the term, and whether it is a leech, a line each. */
    private String marks(Term term, TermHistory h, Instant now) {
        StringBuilder out = new StringBuilder();
        if (h.suspended()) {
            out.append(Wrap.indented("Suspended: left out of quizzes and of what is due; bring it back with: "
                    + Wrap.together(ErrorLine.typed(session, "unsuspend " + TermLookup.argument(term))),
                    session.screen().width(), "  "));
        }
        if (h.flags().buried(now)) {
            out.append("  Buried until tomorrow.\n");
        }
        int leechLapses = services.config().leechLapses();
        if (h.isLeech(leechLapses)) {
            out.append(Wrap.indented("A leech: " + h.card().lapses() + " lapses (" + leechLapses + " make one). Reading it"
                    + " beside its related terms often helps: " + Wrap.together(ErrorLine.typed(session, "show "
                    + TermLookup.argument(term))), session.screen().width(), "  "));
        }
        return out.toString();
    }

    /** {@code why --json}: the same facts as the text, as values. */
    private Map<String, Object> document(Deck deck, Term term, Optional<TermHistory> history, Instant now) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", term.id());
        doc.put("term", term.name());
        List<Map<String, Object>> reviews = new ArrayList<>();
        Card card = history.map(TermHistory::card).orElse(null);
        boolean studied = history.map(TermHistory::studied).orElse(false);
        for (Review r : history.map(TermHistory::reviews).orElse(List.of())) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("at", r.at().toString());
            review.put("rating", r.rating().id());
            review.put("mode", r.mode());
            review.put("ms", r.answerMillis());
            review.put("cram", r.cram());
            review.put("confusedWith", r.confusedWith());
            reviews.add(review);
        }
        doc.put("reviews", reviews);
        doc.put("state", card == null ? "new" : card.state().name().toLowerCase(java.util.Locale.ROOT));
        doc.put("mastery", Mastery.of(card).id());
        doc.put("reps", card == null ? 0 : card.reps());
        doc.put("lapses", card == null ? 0 : card.lapses());
        doc.put("stability", studied ? card.stability() : null);
        doc.put("difficulty", studied ? card.difficulty() : null);
        doc.put("recallNow", studied ? Math.round(services.progress().replayer().scheduler().retrievability(card, now)
                * 10_000) / 10_000.0 : null);
        doc.put("due", studied ? Exams.schedule(services, deck).dueAt(term.id(), history.get()).toString() : null);
        doc.put("suspended", history.map(TermHistory::suspended).orElse(false));
        doc.put("buriedUntil", history.filter(h -> h.flags().buried(now)).map(h -> h.flags().buriedUntil().toString())
                .orElse(null));
        doc.put("leech", history.map(h -> h.isLeech(services.config().leechLapses())).orElse(false));
        List<Map<String, Object>> confusions = new ArrayList<>();
        for (Confusions.With with : confusedWith(deck, term)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", with.termId());
            c.put("term", deck.byId(with.termId()).map(Term::name).orElse(with.termId()));
            c.put("times", with.times());
            c.put("last", with.last().toString());
            confusions.add(c);
        }
        doc.put("confusions", confusions);
        return doc;
    }

    /** {@code crammedSince}: the last review was cram practice, which the schedule leaves out. */
    private String reason(Card card, Instant now, ZoneId zone, boolean crammedSince) {
        if (card.state() == CardState.NEW) {
            return "Not scheduled yet: cram practice only, which is logged but leaves the schedule alone. It comes up"
                    + " in a quiz as one of the day's new terms (" + services.config().newPerDay() + " a day).";
        }
        String due = WHEN.format(card.due().atZone(zone));
        double target = services.config().desiredRetention() * 100;
        if (card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING) {
            return (card.due().isAfter(now) ? "Due " + due : "Due now (since " + due + ")")
                    + ": it is in a short " + (card.state() == CardState.RELEARNING ? "relearning" : "learning")
                    + " step, seen again minutes later until it sticks.";
        }
        String when = card.due().isAfter(now) ? "Due " + due + " (in " + Durations.until(now, card.due()) + ")"
                : "Due now (since " + due + ")";
        int days = card.scheduledDays();
        // "an 8-day", "an 11-day", "an 18-day", "an 80-day": said with a vowel sound.
        String article = String.valueOf(days).matches("8.*|11|18|11\\d\\d|18\\d\\d") ? "an" : "a";
        return String.format("%s: the last %sreview set %s %d-day interval, when recall odds are predicted to fall to"
                + " %.0f%%, the retention you asked for.", when, crammedSince ? "scheduled " : "", article, days, target);
    }

    /**
     * One review as a row of the log: "    2026-03-02 09:00  good  choice     2.6 s"; on a narrow screen without the
     * spare spaces, and the cram note on a line of its own when the row has no room for it.
     */
    private static String reviewRow(Review r, ZoneId zone, int width) {
        String when = WHEN.format(r.at().atZone(zone));
        String mode = r.mode().isEmpty() ? "-" : r.mode();
        double seconds = r.answerMillis() / 1000.0;
        String cram = r.cram() ? "(cram: not scheduled)" : "";
        String row = String.format("    %s  %-5s %-8s %5.1f s", when, r.rating().id(), mode, seconds);
        if (Wrap.cells(row) > width) {
            row = String.format("  %s %-5s %-7s %.1f s", when, r.rating().id(), mode, seconds);
        }
        if (cram.isEmpty()) {
            return row + "\n";
        }
        return Wrap.cells(row) + 2 + cram.length() <= width ? row + "  " + cram + "\n" : row + "\n    " + cram + "\n";
    }
}
