package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.net.Link;
import dev.glossary.store.DeckReader;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code glossary deck install FILE|LINK}: checks a deck and copies it into the learner's decks folder, so
 * {@code --deck ID} finds it, remembering where it came from for {@code deck update}. Reinstalling an updated
 * deck keeps progress for every id it still has; a deck that only shares the id of an installed one (another
 * name, most terms renamed or gone) is refused unless {@code --force}, as it would take over that deck's progress.
 */
public final class DeckInstallCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;
    private String source;
    private boolean force;

    public DeckInstallCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "install", "Check a deck and install it, from a file or an https:// link, so"
                        + " --deck ID selects it and deck update fetches it again. A deck with the id of an installed"
                        + " one updates it: progress stays with each term id.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE|LINK")
                                .description("The deck file, or a link to it (https://; http:// only for localhost)."),
                        String.class, () -> source, v -> source = v)
                .flag(OptionSpec.builder("--force").description("Replace an installed deck with the same id even when"
                                + " the new one has another name or renames or drops most of its terms."),
                        () -> force, v -> force = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DeckFetcher.Fetched fetched = new DeckFetcher(session, spec.commandLine().getErr()).fetch(source, null);
        Deck deck = DeckReader.validated(fetched.reading());
        DeckInstaller installer = new DeckInstaller(services);
        DeckInstaller.Plan plan = installer.plan(source, deck, force);
        installer.apply(plan, fetched.origin());
        if (plan.isNew()) {
            out.println("installed " + DeckInstaller.label(deck) + DeckInstaller.edition(null, deck) + ", "
                    + Plural.of(deck.size(), "term")
                    + "; use it with: glossary --deck " + deck.id());
            if (Link.looksLikeLink(source)) {
                out.println("new versions from " + SafeText.line(fetched.origin().source()) + " come with: glossary deck"
                        + " update " + deck.id());
            }
        } else {
            out.println("updated " + DeckInstaller.label(deck) + DeckInstaller.edition(plan.before(), deck) + ": "
                    + DeckInstaller.summary(plan.changes()) + "; " + DeckInstaller.progressNote(plan.changes()));
            DeckInstaller.changelog(plan.before(), deck, session.screen().width()).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
