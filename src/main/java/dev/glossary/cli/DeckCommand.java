package dev.glossary.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code glossary deck …}: the teacher's tools for making, checking and sharing decks. */
public final class DeckCommand {
    private final CommandSpec spec;

    public DeckCommand(Services services, Session session) {
        this.spec = CommandModel.of(this, "deck", "Make, check, import, export, install, update and remove decks; read a class's reports.").spec();
        spec.addSubcommand("new", new DeckNewCommand().spec());
        spec.addSubcommand("validate", new DeckValidateCommand(session).spec());
        spec.addSubcommand("lint", new DeckLintCommand().spec());
        spec.addSubcommand("import", new DeckImportCommand().spec());
        spec.addSubcommand("export", new DeckExportCommand(services, session).spec());
        spec.addSubcommand("install", new DeckInstallCommand(services, session).spec());
        spec.addSubcommand("update", new DeckUpdateCommand(services, session).spec());
        spec.addSubcommand("remove", new DeckRemoveCommand(services, session).spec());
        spec.addSubcommand("list", new DeckListCommand(services, session).spec());
        spec.addSubcommand("report", new DeckReportCommand(session).spec());
    }

    CommandSpec spec() {
        return spec;
    }
}
