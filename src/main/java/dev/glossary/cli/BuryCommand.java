package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.quiz.StudyDay;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code glossary bury TERM…}: skip terms until tomorrow (the start of the learner's next day), as in Anki. */
public final class BuryCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private List<String> words;

    public BuryCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "bury", "Skip these terms until tomorrow.")
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
        Instant now = services.clock().instant();
        services.progress().bury(deck.id(), terms.stream().map(Term::id).toList(),
                StudyDay.nextStart(now, services.clock().getZone()));
        String names = SafeText.names(terms);
        spec.commandLine().getOut().print(Wrap.indented("Buried " + names + " until tomorrow.", session.screen().width(),
                ""));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
