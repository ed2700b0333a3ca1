package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.console.Pager;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.search.MatchKind;
import dev.glossary.search.SearchHit;
import dev.glossary.term.Highlight;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** {@code glossary search QUERY}: ranked, typo-tolerant search over names, aliases and definitions. */
public final class SearchCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private List<String> words;
    private int limit;
    private boolean json;

    public SearchCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "search",
                        "Search terms by name, alias, acronym or words of the definition (typos forgiven).")
                .positionals(PositionalParamSpec.builder().arity("1..*").paramLabel("QUERY")
                        .description("Words to look for."),
                        String.class, () -> words, v -> words = v)
                .mixin(levels::addTo)
                .option(OptionSpec.builder("-n", "--limit").paramLabel("N").defaultValue("10")
                        .description("At most N hits (default ${DEFAULT-VALUE})."),
                        int.class, () -> limit, v -> limit = v)
                .flag(OptionSpec.builder("--json").description("Print the hits as a JSON array, best first."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw GlossaryException.usage("search needs words to look for, e.g. glossary search idempotency");
        }
        if (limit < 1) {
            throw GlossaryException.usage("--limit must be at least 1, not " + limit);
        }
        Deck deck = services.deck(session);
        Predicate<Term> filter = levels.filter(session);
        List<SearchHit> hits = services.searchIndex(session).search(query, limit, filter);
        PrintWriter out = spec.commandLine().getOut();
        // A loop, not a stream: a one-shot's first stream pipeline cost it about 3 ms.
        List<Term> listed = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            listed.add(hit.term());
        }
        session.lastList(listed);
        Progress progress = services.progress().load();
        if (json) {
            List<Map<String, Object>> doc = new ArrayList<>();
            for (SearchHit hit : hits) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("term", hit.term().name());
                h.put("id", hit.term().id());
                h.put("level", hit.term().level().id());
                h.put("score", Math.round(rankScore(hit) * 1000) / 1000.0);
                h.put("match", hit.kind().name().toLowerCase(java.util.Locale.ROOT));
                h.put("mastery", mastery(progress, deck, hit.term()).mark());
                h.put("suspended", progress.term(deck.id(), hit.term().id()).map(TermHistory::suspended).orElse(false));
                doc.add(h);
            }
            Json.print(out, doc);
            return hits.isEmpty() ? 1 : 0;
        }
        Painter p = session.painter();
        int width = session.screen().width();
        if (hits.isEmpty()) {
            for (String line : Wrap.lines(noHits(query, filter), width)) {
                out.println(line);
            }
            out.flush();
            return 1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            Term t = hit.term();
            // Padded by hand: a process's first String.format loads locale data, which costs a one-shot
            // about as much as the search itself.
            String number = (i < 9 ? " " : "") + (i + 1) + ". ";
            String heading = p.bold(SafeText.line(t.name())) + "  " + p.level(t.level()) + "  "
                    + p.faint(mastery(progress, deck, t).mark());
            // Wrapping would close up the double spaces between the parts, so only a heading too wide is wrapped.
            List<String> lines = Wrap.cells(heading) <= width - number.length() ? List.of(heading)
                    : Wrap.lines(heading, width - number.length());
            for (int l = 0; l < lines.size(); l++) {
                text.append(l == 0 ? number : " ".repeat(number.length())).append(lines.get(l)).append('\n');
            }
            String snippet = Highlight.render(hit.snippet(), p);
            text.append(Wrap.indented(snippet, width, "    "));
        }
        if (session.inRepl()) {
            text.append(Wrap.indented(p.faint("show N for a term in full; quiz --hits to drill these."), width, ""));
        }
        Pager.show(session.screen().terminal(), session::terminal, out, text.toString());
        return 0;
    }

    /**
     * Says that nothing matched, within which levels, whether other levels would have matched, and the names
     * nearest the query among those levels; or, when none is close, how to widen the search.
     */
    private String noHits(String query, Predicate<Term> filter) {
        Set<Level> chosen = levels.selected(session);
        boolean narrowed = chosen.size() < Level.values().length;
        StringBuilder message = new StringBuilder("No ");
        if (narrowed) {
            message.append(levelNames(chosen, " or ")).append(' ');
        }
        message.append("terms match \"").append(SafeText.line(query)).append("\"");
        Set<Level> others = EnumSet.complementOf(EnumSet.copyOf(chosen));
        others.removeIf(level -> services.searchIndex(session).search(query, 1, t -> t.level() == level).isEmpty());
        if (!others.isEmpty()) {
            message.append(" (").append(levelNames(others, " and ")).append(" terms do)");
        }
        List<String> near = services.searchIndex(session).suggest(query, 3, filter).stream().map(t -> SafeText.line(t.name()))
                .toList();
        if (!near.isEmpty()) {
            return message.append(". Did you mean: ").append(String.join(", ", near)).append('?').toString();
        }
        return message.append(others.isEmpty() ? ". No name is close; try fewer or shorter words." : ".").toString();
    }

    /** "beginner", "beginner or advanced", "beginner, intermediate or advanced"; in the order of levels. */
    private static String levelNames(Set<Level> levels, String conjunction) {
        List<String> names = levels.stream().map(Level::id).toList();
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + conjunction + names.get(last);
    }

    /**
     * One number, higher is better, that orders hits as the ranking does: the integer part is the match
     * tier (4 exact, 3 prefix, 2 all words, 1 typo-tolerant, 0 full text), the fraction the score within
     * its tier (which alone is not comparable across tiers).
     */
    static double rankScore(SearchHit hit) {
        double within = Math.max(0, hit.score());
        return (MatchKind.values().length - 1 - hit.kind().ordinal()) + within / (1 + within);
    }

    private static Mastery mastery(Progress progress, Deck deck, Term term) {
        Optional<TermHistory> history = progress.term(deck.id(), term.id());
        return Mastery.of(history.isPresent() ? history.get().card() : null);
    }
}
