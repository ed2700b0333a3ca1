package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The root command: {@code glossary [--deck D] COMMAND}; with no command it opens the REPL. Its
 * subcommands are registered by {@link Commands}, which adds only the one a one-shot needs.
 */
public final class GlossaryCommand implements Callable<Integer> {
    private final Services services;
    private final Session session;
    private final CommandSpec spec;

    public GlossaryCommand(Services services, Session session) {
        this.services = services;
        this.session = session;
        this.spec = CommandModel.of(this, "glossary",
                        "Learn backend-engineering terms with flashcards, quizzes and spaced repetition.%n"
                                + "Run with no command for an interactive session.")
                .standardHelpOptions()
                .callback(OptionSpec.builder("--deck").paramLabel("DECK").scopeType(ScopeType.INHERIT)
                        .description("Deck to use: a deck file, or the id of an installed deck (default: the one set with config deck, else the bundled deck)."),
                        String.class, session::deckOption)
                .spec();
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes());
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" 0", "success");
        codes.put(" 1", "failure (term not found, quiz below --pass-mark, …)");
        codes.put(" 2", "usage error (unknown command or option, bad option value)");
        codes.put("65", "bad data file (deck, progress or review history that cannot be read)");
        codes.put("74", "a file could not be read or written");
        codes.put("130", "interrupted");
        return codes;
    }

    CommandSpec spec() {
        return spec;
    }

    /**
     * No command: open the interactive session. Inside it, a line of only {@code --deck D} switches the
     * session to that deck (a {@code --deck} on a command applies to that command alone).
     */
    @Override
    public Integer call() {
        // Loaded first, so that a bad --deck is one line and exit code, as for any command.
        Deck deck = services.deck(session);
        if (!session.inRepl()) {
            return services.replOpener().open(services, services.deckOption(session));
        }
        session.keepDeck();
        spec.commandLine().getOut().println("deck: " + SafeText.line(deck.name()) + " (" + deck.size() + " terms)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
