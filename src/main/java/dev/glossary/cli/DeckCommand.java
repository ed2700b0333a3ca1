package dev.glossary.cli;

import picocli.CommandLine.Command;

/** {@code glossary deck …}: the teacher's tools for making, checking and sharing decks. */
@Command(name = "deck", description = "Make, check, import, export and install decks.",
        subcommands = {DeckValidateCommand.class})
public final class DeckCommand {
}
