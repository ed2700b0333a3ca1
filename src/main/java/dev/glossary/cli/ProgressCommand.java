package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.progress.Progress;
import dev.glossary.store.JsonProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code glossary progress export|import|restore}: move progress between machines and recover it. */
@Command(name = "progress", description = "Export, import (merge) and restore the learner's progress file.",
        subcommands = {ProgressCommand.Export.class, ProgressCommand.Import.class, ProgressCommand.Restore.class})
public final class ProgressCommand {

    @Command(name = "export", description = "Write all progress to FILE, to import on another machine.")
    static final class Export implements Runnable {
        private final App app;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--force", description = "Overwrite FILE if it exists.")
        boolean force;

        Export(App app) {
            this.app = app;
        }

        @Override
        public void run() {
            OutputFile.refuseToOverwrite(file, force);
            app.progress().export(file);
            Progress p = app.progress().load();
            spec.commandLine().getOut().printf("exported %d reviews to %s%n", p.reviewCount(), file);
        }
    }

    @Command(name = "import", description = "Merge progress from FILE (an export) into this machine's progress.")
    static final class Import implements Runnable {
        private final App app;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        Import(App app) {
            this.app = app;
        }

        @Override
        public void run() {
            Progress incoming = JsonProgressStore.read(file);
            int before = app.progress().load().reviewCount();
            int after = app.progress().mergeIn(incoming).reviewCount();
            spec.commandLine().getOut().printf("merged %s: %d new reviews, %d in all%n", file, after - before, after);
        }
    }

    @Command(name = "restore", description = "Replace the progress file with a daily backup (newest by default).")
    static final class Restore implements Runnable {
        private final App app;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "DATE", description = "Backup date, YYYY-MM-DD (default: the newest).")
        String date;
        @Option(names = "--list", description = "List the backups and exit.")
        boolean list;

        Restore(App app) {
            this.app = app;
        }

        @Override
        public void run() {
            JsonProgressStore store = app.progress();
            List<Path> backups = store.backups();
            PrintWriter out = spec.commandLine().getOut();
            if (list) {
                if (backups.isEmpty()) {
                    out.println("no backups yet in " + app.files().backups());
                }
                backups.forEach(b -> out.println(b.getFileName() + "  " + b));
                return;
            }
            if (backups.isEmpty()) {
                throw GlossaryException.failure("no backups in " + app.files().backups()
                        + "; one is made each day progress is saved");
            }
            Path chosen = date == null ? backups.get(0) : backups.stream()
                    .filter(b -> b.getFileName().toString().equals("progress-" + date + ".json")).findFirst()
                    .orElseThrow(() -> GlossaryException.failure("no backup for " + date
                            + "; see them with: glossary progress restore --list"));
            Path kept = store.restore(chosen);
            out.println("restored " + chosen.getFileName() + " to " + store.file()
                    + (kept == null ? "" : "; the file it replaced is kept as " + kept));
        }
    }
}
