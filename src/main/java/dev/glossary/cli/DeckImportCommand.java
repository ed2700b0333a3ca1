package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.exchange.AnkiFields;
import dev.glossary.exchange.AnkiPackageImporter;
import dev.glossary.exchange.ImportFormat;
import dev.glossary.exchange.ImportOptions;
import dev.glossary.exchange.ImportProblem;
import dev.glossary.exchange.ImportResult;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckWriter;
import dev.glossary.store.IoReason;
import dev.glossary.store.OutputTarget;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary deck import FILE [--from FORMAT] --output OUT.json}. */
public final class DeckImportCommand implements Callable<Integer> {
    enum Format { anki, quizlet, csv, tsv, markdown }

    private final CommandSpec spec;
    private Path file;
    private Format from;
    private Path output;
    private Level level = Level.INTERMEDIATE;
    private String id;
    private String name;
    private String category = "";
    private final TextImportOptions text = new TextImportOptions();
    private String termField;
    private String definitionField;
    private String exampleField;
    private String ankiDeck;
    private boolean skipBad;
    private boolean force;

    DeckImportCommand() {
        this.spec = CommandModel.of(this, "import", "Make a deck from an Anki package (.apkg) or text export,"
                        + " a Quizlet export, a spreadsheet (CSV/TSV) or a Markdown glossary.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The file to import."),
                        Path.class, () -> file, v -> file = v)
                .option(OptionSpec.builder("--from").paramLabel("FORMAT")
                        .description("anki (package or text), quizlet, csv, tsv or markdown; by default from the"
                                + " file's name and content."),
                        Format.class, () -> from, v -> from = v)
                .option(OptionSpec.builder("-o", "--output").required(true).paramLabel("OUT.json")
                        .description("The deck file to write."),
                        Path.class, () -> output, v -> output = v)
                .option(OptionSpec.builder("--level").paramLabel("LEVEL")
                        .converters(new LevelOptions.LevelConverter())
                        .completionCandidates(new LevelOptions.LevelCandidates())
                        .description("Level for rows without one (default intermediate)."),
                        Level.class, () -> level, v -> level = v)
                .option(OptionSpec.builder("--id").paramLabel("ID")
                        .description("Deck id (default: made from the output file name)."),
                        String.class, () -> id, v -> id = v)
                .option(OptionSpec.builder("--name").paramLabel("NAME")
                        .description("Deck name (default: the Anki deck's or Markdown title's, else the id)."),
                        String.class, () -> name, v -> name = v)
                .option(OptionSpec.builder("--category").paramLabel("TEXT")
                        .description("Category for terms the file gives none."),
                        String.class, () -> category, v -> category = v)
                .mixin(text::addTo)
                .option(OptionSpec.builder("--term-field").paramLabel("NAME")
                        .description("Anki package: the field that holds the term."),
                        String.class, () -> termField, v -> termField = v)
                .option(OptionSpec.builder("--definition-field").paramLabel("NAME")
                        .description("Anki package: the field that holds the definition."),
                        String.class, () -> definitionField, v -> definitionField = v)
                .option(OptionSpec.builder("--example-field").paramLabel("NAME")
                        .description("Anki package: the field that holds an example."),
                        String.class, () -> exampleField, v -> exampleField = v)
                .option(OptionSpec.builder("--anki-deck").paramLabel("NAME")
                        .description("Anki package: import this deck (and those below it), as Parent::Child."),
                        String.class, () -> ankiDeck, v -> ankiDeck = v)
                .flag(OptionSpec.builder("--skip-bad")
                        .description("Import the good rows even when some rows have problems."),
                        () -> skipBad, v -> skipBad = v)
                .flag(OptionSpec.builder("--force").description("Overwrite the output file if it exists."),
                        () -> force, v -> force = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        if (id != null && !DeckValidator.isSlug(id)) {
            throw GlossaryException.usage("--id \"" + SafeText.line(id) + "\" is not a deck id;"
                    + " use lower-case letters, digits and hyphens, e.g. --id " + DeckValidator.suggestSlug(id));
        }
        OutputTarget target = OutputTarget.of(output, force, "-o");
        ImportFormat format = format(head());
        checkOptionsFit(format);
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options = ImportOptions.defaults().withDefaultLevel(level).withCategory(category);
        ImportResult result = format == ImportFormat.ANKI_PACKAGE
                ? new AnkiPackageImporter(new AnkiFields(termField, definitionField, exampleField), ankiDeck)
                        .read(file, options)
                : readText(format, options, err);
        for (String notice : result.notices()) {
            err.println(SafeText.line(file + ": " + notice));
        }
        for (ImportProblem warning : result.warnings()) {
            err.println(SafeText.line(new ImportProblem(warning.line(), "warning: " + warning.message(),
                    warning.unit()).format(file.toString())));
        }
        for (ImportProblem problem : result.problems()) {
            err.println(SafeText.line(problem.format(file.toString())));
        }
        int problems = result.problems().size();
        String rows = format == ImportFormat.ANKI_PACKAGE ? "note" : "row";
        if (problems > 0 && !skipBad) {
            String them = problems == 1 ? "it" : "them";
            err.println(Plural.of(problems, "problem") + "; nothing written. " + (result.terms().isEmpty()
                    ? "Fix " + them + " and import again."
                    : "Fix " + them + ", or add --skip-bad to import the " + Plural.of(result.terms().size(),
                    "good " + rows) + (result.skippedRows() == 0 ? ""
                    : " without the " + Plural.of(result.skippedRows(), "bad " + rows)) + "."));
            err.flush();
            return GlossaryException.BAD_DATA;
        }
        if (result.terms().isEmpty()) {
            throw GlossaryException.badData(file + ": no terms found; check --from and the separators");
        }
        String stem = output.getFileName().toString().replaceFirst("\\.json$", "");
        String deckId = id != null ? id : DeckValidator.suggestSlug(stem);
        String deckName = name != null ? name : !result.deckName().isBlank() ? result.deckName() : deckId;
        Deck deck = Deck.of(deckId, deckName, "Imported from " + file.getFileName(), result.terms());
        DeckValidator.Result check = DeckValidator.validate(DeckDraft.of(deck));
        if (!check.ok()) {
            for (DeckProblem p : check.problems()) {
                err.println(SafeText.line(p.format(output.toString())));
            }
            err.flush();
            return GlossaryException.BAD_DATA;
        }
        target.write(DeckWriter.bytes(deck, null), spec.commandLine().getOut());
        String note = result.skippedRows() > 0 ? " (" + Plural.of(result.skippedRows(), "bad " + rows) + " skipped)"
                : problems > 0 ? " (with the " + Plural.of(problems, "problem") + " above)" : "";
        if (target.isFile()) {
            spec.commandLine().getOut().println("wrote " + SafeText.line(output.toString()) + ": "
                    + Plural.of(deck.size(), "term") + note);
        }
        return 0;
    }

    /** The file's first bytes, which tell a zip (an Anki package) and Anki's text headers. */
    private byte[] head() {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file; check the path");
        } catch (IOException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": cannot read: " + IoReason.of(e));
        }
    }

    private ImportFormat format(byte[] head) {
        boolean zip = ImportFormat.isZip(head);
        if (from != null) {
            return switch (from) {
                case anki -> zip ? ImportFormat.ANKI_PACKAGE : ImportFormat.ANKI_TEXT;
                case quizlet -> ImportFormat.QUIZLET;
                case csv -> ImportFormat.CSV;
                case tsv -> ImportFormat.TSV;
                case markdown -> ImportFormat.MARKDOWN;
            };
        }
        ImportFormat.Guess guess = ImportFormat.infer(file.getFileName().toString(), head);
        if (guess == null) {
            throw GlossaryException.usage(file + ": the name and the first lines do not say"
                    + " which format this is; add --from quizlet (a Quizlet export), anki (Anki's Notes in Plain"
                    + " Text), csv, tsv or markdown");
        }
        spec.commandLine().getErr().println(SafeText.line(file + ": reading it as " + guess.format().description()
                + " (from " + guess.why() + "); --from chooses another format"));
        return guess.format();
    }

    /** An option for another format than the one read is a usage error, never silently ignored. */
    private void checkOptionsFit(ImportFormat format) {
        String misplaced = format == ImportFormat.ANKI_PACKAGE ? text.given()
                : termField != null ? "--term-field" : definitionField != null ? "--definition-field"
                : exampleField != null ? "--example-field" : ankiDeck != null ? "--anki-deck" : null;
        if (misplaced == null) {
            misplaced = text.misplaced(format);
        }
        if (misplaced != null) {
            throw GlossaryException.usage(misplaced + " does not apply to "
                    + format.description() + ", which is how " + file + " is read; " + TextImportOptions.whereItApplies(misplaced));
        }
    }

    private ImportResult readText(ImportFormat format, ImportOptions options, PrintWriter err) throws IOException {
        if (Files.size(file) > DeckReader.MAX_FILE_BYTES) {
            throw GlossaryException.badData(file + ": the file is over the 50 MB limit; split it into smaller files");
        }
        return text.read(format, file, Files.readAllBytes(file), options, err);
    }
}
