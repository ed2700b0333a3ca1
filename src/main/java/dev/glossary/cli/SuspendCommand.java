package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code glossary suspend TERM…} and {@code unsuspend TERM…}: a suspended term is never scheduled nor quizzed
 * until it is unsuspended, as in Anki; its history is kept. Saved in progress.json, where the later of two
 * sessions' settings wins a merge.
 */
public final class SuspendCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final boolean suspend;
    private final CommandSpec spec;
    private List<String> words;

    public SuspendCommand(Services services, Session session, boolean suspend) {
        this.services = services;
        this.session = session;
        this.suspend = suspend;
        this.spec = CommandModel.of(this, suspend ? "suspend" : "unsuspend", suspend
                        ? "Never schedule or quiz these terms again (until unsuspend); their history is kept."
                        : "Bring suspended terms back into quizzes and what is due.")
                .positionals(TermsArgument.parameter(), String.class, () -> words, v -> words = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = services.deck(session);
        List<Term> terms = TermsArgument.find(services, session, words);
        services.progress().suspend(deck.id(), terms.stream().map(Term::id).toList(), suspend);
        String names = SafeText.names(terms);
        String back = String.join(" ", terms.stream().map(TermLookup::argument).toList());
        String what = suspend
                ? "Suspended " + names + ": left out of quizzes and of what is due; bring "
                        + (terms.size() == 1 ? "it" : "them") + " back with: "
                        + Wrap.together(ErrorLine.typed(session, "unsuspend " + back))
                : "Unsuspended " + names + ": back in quizzes and in what is due.";
        spec.commandLine().getOut().print(Wrap.indented(what, session.screen().width(), ""));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
