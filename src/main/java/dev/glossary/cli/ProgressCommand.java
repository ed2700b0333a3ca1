package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.Progress;
import dev.glossary.store.JsonProgressStore;
import dev.glossary.store.OutputTarget;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code glossary progress export|import|restore}: move progress between machines and recover it. */
public final class ProgressCommand {
    private final CommandSpec spec;

    public ProgressCommand(Services services) {
        this.spec = CommandModel.of(this, "progress",
                "Export, import (merge) and restore the learner's progress file.").spec();
        spec.addSubcommand("export", new Export(services).spec());
        spec.addSubcommand("import", new Import(services).spec());
        spec.addSubcommand("restore", new Restore(services).spec());
    }

    CommandSpec spec() {
        return spec;
    }

    static final class Export implements Runnable {
        private final Services services;
        private final CommandSpec spec;
        private Path file;
        private boolean force;

        Export(Services services) {
            this.services = services;
            this.spec = CommandModel.of(this, "export", "Write all progress to FILE, to import on another machine.")
                    .positional(PositionalParamSpec.builder().paramLabel("FILE"), Path.class, () -> file, v -> file = v)
                    .flag(OptionSpec.builder("--force").description("Overwrite FILE if it exists."),
                            () -> force, v -> force = v)
                    .spec();
        }

        CommandSpec spec() {
            return spec;
        }

        @Override
        public void run() {
            OutputTarget target = OutputTarget.of(file, force, "FILE");
            Path dir = file.toAbsolutePath().getParent();
            if (target.isFile() && !Files.isDirectory(dir)) {
                // An export is for carrying elsewhere: a mistyped directory should not quietly appear.
                throw new GlossaryException(GlossaryException.IO, SafeText.line(file.toString())
                        + ": cannot write: there is no directory " + SafeText.line(dir.toString()));
            }
            Progress p = services.progress().load();
            target.write(JsonProgressStore.encode(p), spec.commandLine().getOut());
            if (target.isFile()) {
                spec.commandLine().getOut().printf("exported %d reviews to %s%n", p.reviewCount(),
                        SafeText.line(file.toString()));
            }
        }
    }

    static final class Import implements Runnable {
        private final Services services;
        private final CommandSpec spec;
        private Path file;

        Import(Services services) {
            this.services = services;
            this.spec = CommandModel.of(this, "import",
                            "Merge progress from FILE (an export) into this machine's progress.")
                    .positional(PositionalParamSpec.builder().paramLabel("FILE"), Path.class, () -> file, v -> file = v)
                    .spec();
        }

        CommandSpec spec() {
            return spec;
        }

        @Override
        public void run() {
            Progress incoming = services.progress().readExport(file);
            int before = services.progress().load().reviewCount();
            int after = services.progress().mergeIn(incoming).reviewCount();
            spec.commandLine().getOut().printf("merged %s: %d new reviews, %d in all%n", SafeText.line(file.toString()),
                    after - before, after);
        }
    }

    static final class Restore implements Runnable {
        private final Services services;
        private final CommandSpec spec;
        private String date;
        private boolean list;

        Restore(Services services) {
            this.services = services;
            this.spec = CommandModel.of(this, "restore",
                            "Replace the progress file with a daily backup (newest by default).")
                    .positional(PositionalParamSpec.builder().arity("0..1").paramLabel("DATE")
                            .description("Backup date, YYYY-MM-DD (default: the newest)."),
                            String.class, () -> date, v -> date = v)
                    .flag(OptionSpec.builder("--list").description("List the backups and exit."),
                            () -> list, v -> list = v)
                    .spec();
        }

        CommandSpec spec() {
            return spec;
        }

        @Override
        public void run() {
            JsonProgressStore store = services.progress();
            List<Path> backups = store.backups();
            PrintWriter out = spec.commandLine().getOut();
            if (list) {
                if (backups.isEmpty()) {
                    out.println("no backups yet in " + SafeText.line(services.files().backups().toString()));
                }
                backups.forEach(b -> out.println(b.getFileName() + "  " + SafeText.line(b.toString())));
                return;
            }
            if (date != null && !isDate(date)) {
                throw GlossaryException.usage("\"" + date + "\" is not a date; give one as YYYY-MM-DD,"
                        + " as listed by: glossary progress restore --list");
            }
            if (backups.isEmpty()) {
                throw GlossaryException.failure("no backups in " + services.files().backups()
                        + "; one is made each day progress is saved");
            }
            Path chosen = date == null ? backups.get(0) : backups.stream()
                    .filter(b -> b.getFileName().toString().equals("progress-" + date + ".json")).findFirst()
                    .orElseThrow(() -> GlossaryException.failure("no backup for " + date
                            + "; see them with: glossary progress restore --list"));
            Path kept = store.restore(chosen);
            out.println("restored " + chosen.getFileName() + " to " + SafeText.line(store.file().toString())
                    + (kept == null ? "" : "; the file it replaced is kept as " + SafeText.line(kept.toString())));
        }

        private static boolean isDate(String text) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
