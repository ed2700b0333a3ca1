package dev.glossary.cli;

import picocli.CommandLine.Command;

/** {@code glossary deck …}: the teacher's tools for making, checking and sharing decks. */
@Command(name = "deck", description = "Make, check, import, export and install decks.",
        subcommands = {DeckNewCommand.class, DeckValidateCommand.class, DeckLintCommand.class, DeckImportCommand.class,
                DeckExportCommand.class, DeckInstallCommand.class, DeckListCommand.class})
public final class DeckCommand {
}
