package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.console.Pager;
import dev.glossary.deck.Term;
import dev.glossary.progress.ExamSchedule;
import dev.glossary.progress.Progress;
import dev.glossary.quiz.CardInfo;
import dev.glossary.quiz.Ladder;
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

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code glossary path TERM}: the terms a term builds on, recursively, that are still new or shaky for this
 * learner, foundations first, ending with the term; with each one's state and due date.
 */
public final class PathCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private List<String> words;
    private boolean json;

    public PathCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "path",
                        "Show what a term builds on (the terms its definition names, and its related terms of a lower"
                                + " level, recursively) that is still new or shaky for you, foundations first.")
                .positionals(PositionalParamSpec.builder().arity("1..*").paramLabel("TERM")
                        .completionCandidates(new TermNameCandidates()).description("Term name, alias or id."),
                        String.class, () -> words, v -> words = v)
                .flag(OptionSpec.builder("--json").description("Print the path as a JSON array, foundations first."),
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
        Instant now = services.clock().instant();
        Progress progress = services.progress().load();
        Map<String, CardInfo> cards = CardInfo.of(progress.deck(deck.id()),
                services.progress().replayer().scheduler(), now, Exams.schedule(services, deck));
        double retention = services.config().desiredRetention();
        Ladder ladder = new Ladder(deck);
        List<Term> chain = ladder.chain(term);
        List<Term> path = ladder.path(term, t -> card(cards, t).solid(retention));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Set<String> onPath = path.stream().map(Term::id).collect(Collectors.toSet());
            Json.print(out, path.stream().map(t -> document(t, card(cards, t), ladder, onPath)).toList());
            return 0;
        }
        Pager.show(session.screen().terminal(), session::terminal, out, render(term, chain, path, cards, progress, deck.id(), now));
        session.lastList(path);
        return 0;
    }

    private String render(Term term, List<Term> chain, List<Term> path, Map<String, CardInfo> cards, Progress progress,
                          String deckId, Instant now) {
        Painter p = session.painter();
        int width = session.screen().width();
        String name = SafeText.line(term.name());
        int below = chain.size() - 1;
        int left = path.size() - 1;
        StringBuilder text = new StringBuilder();
        String head;
        if (below == 0) {
            head = name + " builds on no other term of the deck.";
        } else if (left == 0) {
            head = name + " builds on " + Plural.of(below, "term") + ", and you know "
                    + (below == 1 ? "it" : "them all") + ".";
        } else {
            head = name + " builds on " + Plural.of(below, "term") + "; " + (left == below
                    ? (left == 1 ? "it is" : "all are") : left + " of them " + (left == 1 ? "is" : "are"))
                    + " new or shaky for you. Foundations first:";
        }
        text.append(Wrap.indented(head, width, ""));
        int digits = String.valueOf(path.size()).length();
        // Names in a column as wide as the longest, but never more than half the screen.
        int nameWidth = Math.min(path.stream().mapToInt(t -> Wrap.cells(SafeText.line(t.name()))).max().orElse(0),
                Math.max(12, width / 2));
        int levelWidth = "intermediate".length();
        for (int i = 0; i < path.size(); i++) {
            Term t = path.get(i);
            String shown = Wrap.fit(SafeText.line(t.name()), nameWidth);
            String number = String.valueOf(i + 1);
            String line = " ".repeat(digits - number.length()) + number + "  " + p.bold(shown)
                    + " ".repeat(nameWidth - Wrap.cells(shown) + 2) + p.level(t.level())
                    + " ".repeat(levelWidth - t.level().id().length() + 2) + p.faint(state(progress.card(deckId, t.id()).map(Card::state).orElse(CardState.NEW), card(cards, t), now));
            text.append("  ").append(line).append('\n');
        }
        if (session.inRepl()) {
            text.append(Wrap.indented(p.faint("show N for a term in full."), width, ""));
        }
        return text.toString();
    }

    /** "new", "learning · due in 8m", "review · due now · recall 84 %". */
    private static String state(CardState cardState, CardInfo card, Instant now) {
        if (card.isNew()) {
            return "new";
        }
        String state = cardState.name().toLowerCase(Locale.ROOT);
        String due = card.isDue(now) ? "due now" : "due in " + Durations.until(now, card.due());
        return state + " · " + due + " · recall " + Exams.percent(card.retrievability());
    }

    private static Map<String, Object> document(Term t, CardInfo card, Ladder ladder, Set<String> onPath) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", t.id());
        doc.put("term", t.name());
        doc.put("level", t.level().id());
        doc.put("new", card.isNew());
        doc.put("due", card.isNew() || card.due() == null ? null : card.due().toString());
        doc.put("recall", card.isNew() ? null : Math.round(card.retrievability() * 10_000) / 10_000.0);
        doc.put("buildsOn", ladder.prerequisites(t).stream().map(Term::id).filter(onPath::contains).toList());
        doc.put("suspended", card.suspended());
        return doc;
    }

    private static CardInfo card(Map<String, CardInfo> cards, Term term) {
        CardInfo card = cards.get(term.id());
        return card == null ? CardInfo.newCard() : card;
    }
}
