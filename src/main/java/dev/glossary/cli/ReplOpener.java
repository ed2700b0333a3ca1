package dev.glossary.cli;

/**
 * Opens the interactive session that {@code glossary} with no command starts, on the deck {@code --deck}
 * named (null: the bundled deck), and returns its exit code. {@code Main} passes the REPL's, so that the
 * commands never depend on the REPL that runs them.
 */
@FunctionalInterface
public interface ReplOpener {
    int open(Services services, String deckOption);
}
