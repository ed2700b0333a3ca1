package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.term.TermCard;
import dev.glossary.term.TermJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code glossary show TERM}: one term in full, found by name, alias or id, ignoring case. */
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
            Json.print(spec.commandLine().getOut(), TermJson.of(term, deck, services.progress().load()));
            return 0;
        }
        spec.commandLine().getOut().print(new TermCard(session.screen(), session.painter()).render(term, deck));
        spec.commandLine().getOut().flush();
        return 0;
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
