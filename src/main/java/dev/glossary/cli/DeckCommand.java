package dev.glossary.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code glossary deck …}: the teacher's tools for making, checking and sharing decks. */
public final class DeckCommand {
    private final CommandSpec spec;

    public DeckCommand(Services services, Session session) {
        this.spec = CommandModel.of(this, "deck", "Make, check, import, export and install decks.").spec();
        spec.addSubcommand("new", new DeckNewCommand().spec());
        spec.addSubcommand("validate", new DeckValidateCommand().spec());
        spec.addSubcommand("lint", new DeckLintCommand().spec());
        spec.addSubcommand("import", new DeckImportCommand().spec());
        spec.addSubcommand("export", new DeckExportCommand(services, session).spec());
        spec.addSubcommand("install", new DeckInstallCommand(services).spec());
        spec.addSubcommand("list", new DeckListCommand(services).spec());
    }

    CommandSpec spec() {
        return spec;
    }
}
