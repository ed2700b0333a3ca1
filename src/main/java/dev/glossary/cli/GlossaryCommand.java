package dev.glossary.cli;

import dev.glossary.repl.Repl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.concurrent.Callable;

/**
 * The root command: {@code glossary [--deck D] COMMAND}; with no command it opens the REPL. Its
 * subcommands are registered by {@link Commands}, which adds only the one a one-shot needs.
 */
@Command(name = "glossary",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learn backend-engineering terms with flashcards, quizzes and spaced repetition.%n"
                + "Run with no command for an interactive session.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                " 0:success",
                " 1:failure (term not found, quiz below --pass-mark, …)",
                " 2:usage error (unknown command or option, bad option value)",
                "65:bad data file (deck, progress or review history that cannot be read)",
                "74:a file could not be read or written",
                "130:interrupted"})
public final class GlossaryCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    public GlossaryCommand(App app) {
        this.app = app;
    }

    @Option(names = "--deck", paramLabel = "DECK", scope = ScopeType.INHERIT,
            description = "Deck to use: a deck file, or the id of an installed deck (default: the bundled deck).")
    void deck(String deck) {
        app.deckOption(deck);
    }

    /** No command: open the interactive session (inside it, a bare option line just applies the option). */
    @Override
    public Integer call() {
        if (app.inRepl()) {
            return 0;
        }
        app.deck();
        return new Repl(app, SystemTerminals.get()).run();
    }
}
