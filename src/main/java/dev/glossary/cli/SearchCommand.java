package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code glossary search QUERY}: ranked, typo-tolerant search over names, aliases and definitions. */
public final class SearchCommand implements Callable<Integer> {
    private final App app;
    private final CommandSpec spec;
    private final LevelOptions levels = new LevelOptions();
    private List<String> words;
    private int limit;
    private boolean json;

    public SearchCommand(App app) {
        this.app = app;
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
        Deck deck = app.deck();
        List<SearchHit> hits = app.searchIndex().search(query, Math.max(limit, 1), levels.filter(app));
        PrintWriter out = spec.commandLine().getOut();
        app.lastList(hits.stream().map(SearchHit::term).toList());
        if (json) {
            List<Map<String, Object>> doc = new ArrayList<>();
            for (SearchHit hit : hits) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("term", hit.term().name());
                h.put("id", hit.term().id());
                h.put("level", hit.term().level().id());
                h.put("score", Math.round(rankScore(hit) * 1000) / 1000.0);
                h.put("match", hit.kind().name().toLowerCase(java.util.Locale.ROOT));
                h.put("mastery", mastery(deck, hit.term()).mark());
                doc.add(h);
            }
            Json.print(out, doc);
            return hits.isEmpty() ? 1 : 0;
        }
        Painter p = app.painter();
        if (hits.isEmpty()) {
            List<String> near = app.searchIndex().suggest(query, 3).stream()
                    .map(t -> SafeText.line(t.name())).toList();
            out.println("No terms match \"" + SafeText.line(query) + "\"."
                    + (near.isEmpty() ? "" : " Did you mean: " + String.join(", ", near) + "?"));
            out.flush();
            return 1;
        }
        int width = app.screen().width();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            Term t = hit.term();
            // Padded by hand: a process's first String.format loads locale data, which costs a one-shot
            // about as much as the search itself.
            text.append(i < 9 ? " " : "").append(i + 1).append(". ")
                    .append(p.bold(SafeText.line(t.name()))).append("  ").append(p.level(t.level()))
                    .append("  ").append(p.faint(mastery(deck, t).mark())).append('\n');
            String snippet = Highlight.render(hit.snippet(), p);
            text.append(Wrap.indented(snippet, width, "    "));
        }
        if (app.inRepl()) {
            text.append(p.faint("show N for a term in full; quiz --hits to drill these.")).append('\n');
        }
        Pager.show(app, out, text.toString());
        return 0;
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

    private Mastery mastery(Deck deck, Term term) {
        return Mastery.of(app.progress().load().term(deck.id(), term.id()).map(TermHistory::card).orElse(null));
    }
}
