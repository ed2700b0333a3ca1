package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;
import dev.glossary.term.Durations;
import dev.glossary.term.TermCard;
import dev.glossary.term.TermJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code glossary show TERM}: one term in full, found by name, alias or id, ignoring case, with the learner's
 * progress on it. In the REPL its related terms are numbered and become the list {@code show N} reads.
 */
public final class ShowCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private List<String> words;
    private boolean json;

    public ShowCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "show", "Show a term: level, definition, example, aliases, twins and related terms.")
                .positionals(PositionalParamSpec.builder().arity("1..*").paramLabel("TERM")
                        .completionCandidates(new TermNameCandidates())
                        .description("Term name, alias or id (words may be unquoted)."),
                        String.class, () -> words, v -> words = v)
                .flag(OptionSpec.builder("--json").description("Print the term as one JSON object."),
                        () -> json, v -> json = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        Optional<Term> listed = fromLastList();
        Term term = listed.isPresent() ? listed.get() : TermLookup.find(services, session, words);
        if (json) {
            Json.print(spec.commandLine().getOut(), TermJson.of(term, deck, services.progress().load(),
                    services.config().leechLapses()));
            return 0;
        }
        Progress progress = services.progress().load();
        spec.commandLine().getOut().print(new TermCard(session.screen(), session.painter())
                .render(term, deck, progressLine(term, deck, progress), session.inRepl()));
        spec.commandLine().getOut().flush();
        // "show 2" next is the second related term, as numbered on the card.
        session.lastList(deck.related(term));
        return 0;
    }

    /** "Progress: learning · due in 9m · 1 lapse", with a leech, a suspension or a burial said too. */
    private String progressLine(Term term, Deck deck, Progress progress) {
        Optional<TermHistory> history = progress.term(deck.id(), term.id());
        Instant now = services.clock().instant();
        List<String> parts = new ArrayList<>();
        if (history.isEmpty() || !history.get().studied()) {
            parts.add("new: not studied yet");
        } else {
            TermHistory h = history.get();
            parts.add(Mastery.of(h.card()).mark());
            if (!h.suspended()) {
                parts.add(h.card().due().isAfter(now) ? "due in " + Durations.until(now, h.card().due()) : "due now");
            }
            parts.add(h.card().lapses() + (h.card().lapses() == 1 ? " lapse" : " lapses"));
            if (h.isLeech(services.config().leechLapses())) {
                parts.add("a leech: read it beside its related terms");
            }
        }
        history.filter(TermHistory::suspended).ifPresent(h -> parts.add("suspended"));
        history.filter(h -> h.flags().buried(now)).ifPresent(h -> parts.add("buried until tomorrow"));
        return "Progress: " + String.join(" · ", parts);
    }

    /**
     * In the REPL, {@code show 3} is the third term of the last search or browse list; after a list of none,
     * a number is still taken as one, not looked up as a name ("1" is not "N+1 Problem").
     */
    private Optional<Term> fromLastList() {
        if (words.size() != 1 || !words.get(0).matches("\\d{1,6}") || (session.lastList().isEmpty() && !session.inRepl())
                || services.deck(session).find(words.get(0)).isPresent()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(words.get(0));
        if (session.lastList().isEmpty()) {
            throw GlossaryException.failure("no list item " + n + ": the last list had 0 terms");
        }
        if (n < 1 || n > session.lastList().size()) {
            throw GlossaryException.failure("the last list has " + session.lastList().size() + " terms; pick 1 to "
                    + session.lastList().size());
        }
        return Optional.of(session.lastList().get(n - 1));
    }
}
