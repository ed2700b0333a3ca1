package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code glossary show TERM}: one term in full, found by name, alias or id, ignoring case. */
@Command(name = "show", description = "Show a term: level, definition, example, aliases and related terms.")
public final class ShowCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TERM", description = "Term name, alias or id (words may be unquoted).")
    List<String> words;

    public ShowCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Deck deck = app.deck();
        String query = String.join(" ", words);
        Term term = deck.find(query).orElseThrow(() -> notFound(deck, query));
        spec.commandLine().getOut().print(new TermCard(app.screen(), app.painter()).render(term, deck));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private GlossaryException notFound(Deck deck, String query) {
        return GlossaryException.failure("no term \"" + dev.glossary.term.SafeText.line(query) + "\" in deck "
                + deck.id() + "; try: glossary search " + dev.glossary.term.SafeText.line(query));
    }
}
