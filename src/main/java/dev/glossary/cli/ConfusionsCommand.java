package dev.glossary.cli;

import dev.glossary.console.Pager;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Confusions;
import dev.glossary.progress.Confusions.Pair;
import dev.glossary.term.Durations;
import dev.glossary.term.Painter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code glossary confusions}: the pairs of terms the learner mixed up in quizzes, most often and most
 * recently first, with how often each was answered right since.
 */
public final class ConfusionsCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private boolean json;

    public ConfusionsCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "confusions",
                        "List the pairs of terms you mixed up (a wrong answer that was the other term), most often and"
                                + " most recently first; drill them with quiz --confusions.")
                .flag(OptionSpec.builder("--json").description("Print the pairs as a JSON array."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        Instant now = services.clock().instant();
        List<Pair> pairs = pairs(services, deck);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, pairs.stream().map(p -> document(deck, p)).toList());
            return 0;
        }
        Pager.show(session.screen().terminal(), session::terminal, out, render(deck, pairs, now));
        return 0;
    }

    /**
     * The deck's pairs whose two terms are both still in it, and not twins: a deck updated since may have
     * made two terms the same, and then either is a right answer for the other.
     */
    static List<Pair> pairs(Services services, Deck deck) {
        return Confusions.of(services.progress().load().deck(deck.id()), services.clock().getZone()).pairs().stream()
                .filter(p -> {
                    Optional<Term> a = deck.byId(p.a());
                    Optional<Term> b = deck.byId(p.b());
                    return a.isPresent() && b.isPresent() && !a.get().isSameAs(b.get()) && !b.get().isSameAs(a.get());
                }).toList();
    }

    private String render(Deck deck, List<Pair> pairs, Instant now) {
        Painter p = session.painter();
        int width = session.screen().width();
        if (pairs.isEmpty()) {
            return Wrap.indented("No confusions yet. When a wrong answer in a quiz is another term of the deck (its"
                    + " name, or its definition picked), the two terms are noted here as a pair to tell apart.", width, "");
        }
        long open = pairs.stream().filter(pair -> !pair.settled()).count();
        StringBuilder text = new StringBuilder(Wrap.indented("You mixed up " + Plural.of(pairs.size(), "pair")
                + " of terms; most often and most recently first:", width, ""));
        int digits = String.valueOf(pairs.size()).length();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            String number = String.valueOf(i + 1);
            String names = p.bold(name(deck, pair.a())) + " / " + p.bold(name(deck, pair.b()));
            String details = times(pair.times()) + " · last " + Durations.until(pair.last(), now) + " ago"
                    + (pair.lastMode().isEmpty() ? "" : " (" + pair.lastMode() + ")") + " · "
                    + (pair.resolvedSince() == 0 ? "not answered right since" : "right " + times(pair.resolvedSince())
                    + " since") + (pair.settled() ? " · told apart" : "");
            String indent = " ".repeat(digits + 4);
            List<String> lines = Wrap.lines(names, width - indent.length());
            for (int l = 0; l < lines.size(); l++) {
                text.append(l == 0 ? "  " + " ".repeat(digits - number.length()) + number + "  " : indent)
                        .append(lines.get(l)).append('\n');
            }
            text.append(Wrap.indented(p.faint(details), width, indent));
        }
        if (open > 0) {
            text.append(Wrap.indented("Drill " + (open == 1 ? "it" : "them") + ": "
                    + Wrap.together(ErrorLine.typed(session, "quiz --confusions")), width, ""));
        }
        return text.toString();
    }

    /** "once", "3 times". */
    static String times(int n) {
        return n == 1 ? "once" : Plural.of(n, "time");
    }

    private static String name(Deck deck, String id) {
        return deck.byId(id).map(t -> SafeText.line(t.name())).orElse(id);
    }

    private static Map<String, Object> document(Deck deck, Pair pair) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("terms", List.of(term(deck, pair.a()), term(deck, pair.b())));
        doc.put("times", pair.times());
        doc.put("last", pair.last().toString());
        doc.put("lastMode", pair.lastMode());
        doc.put("resolvedSince", pair.resolvedSince());
        doc.put("settled", pair.settled());
        return doc;
    }

    private static Map<String, Object> term(Deck deck, String id) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("term", deck.byId(id).map(Term::name).orElse(id));
        return doc;
    }
}
