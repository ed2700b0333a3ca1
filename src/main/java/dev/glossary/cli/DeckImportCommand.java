package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckDraft;
import dev.glossary.deck.DeckProblem;
import dev.glossary.deck.DeckValidator;
import dev.glossary.deck.Level;
import dev.glossary.exchange.AnkiTextImporter;
import dev.glossary.exchange.CsvImporter;
import dev.glossary.exchange.DeckImporter;
import dev.glossary.exchange.ImportOptions;
import dev.glossary.exchange.ImportProblem;
import dev.glossary.exchange.ImportResult;
import dev.glossary.exchange.QuizletImporter;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckWriter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary deck import FILE --from anki|quizlet|csv|tsv --output OUT.json}. */
public final class DeckImportCommand implements Callable<Integer> {
    enum Format { anki, quizlet, csv, tsv }

    private final CommandSpec spec;
    private Path file;
    private Format from;
    private Path output;
    private Level level = Level.INTERMEDIATE;
    private String id;
    private String name;
    private String category = "";
    private String termSeparator = "\t";
    private String cardSeparator = "\n";
    private boolean skipBad;
    private boolean force;

    DeckImportCommand() {
        this.spec = CommandModel.of(this, "import",
                        "Make a deck from an Anki plain-text export, a Quizlet export, or CSV/TSV.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The file to import."),
                        Path.class, () -> file, v -> file = v)
                .option(OptionSpec.builder("--from").required(true).paramLabel("FORMAT")
                        .description("anki, quizlet, csv or tsv."),
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
                .option(OptionSpec.builder("--name").paramLabel("NAME").description("Deck name (default: the id)."),
                        String.class, () -> name, v -> name = v)
                .option(OptionSpec.builder("--category").paramLabel("TEXT").description("Category for every term."),
                        String.class, () -> category, v -> category = v)
                .option(OptionSpec.builder("--term-separator").paramLabel("SEP")
                        .description("Quizlet: between term and definition (default: tab)."),
                        String.class, () -> termSeparator, v -> termSeparator = v)
                .option(OptionSpec.builder("--card-separator").paramLabel("SEP")
                        .description("Quizlet: between cards (default: new line)."),
                        String.class, () -> cardSeparator, v -> cardSeparator = v)
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
        checkOptions();
        OutputFile.refuseToOverwrite(output, force);
        if (Files.isRegularFile(file) && Files.size(file) > DeckReader.MAX_FILE_BYTES) {
            throw GlossaryException.badData(file + ": the file is over the 50 MB limit");
        }
        ImportResult result;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = importer().read(in, ImportOptions.defaults().withDefaultLevel(level).withCategory(category));
        } catch (NoSuchFileException e) {
            throw new GlossaryException(GlossaryException.IO, file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw GlossaryException.badData(file + ": not UTF-8 text; save it as UTF-8 and try again");
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportProblem warning : result.warnings()) {
            err.println(SafeText.line(new ImportProblem(warning.line(), "warning: " + warning.message())
                    .format(file.toString())));
        }
        for (ImportProblem problem : result.problems()) {
            err.println(SafeText.line(problem.format(file.toString())));
        }
        int problems = result.problems().size();
        if (problems > 0 && !skipBad) {
            String them = problems == 1 ? "it" : "them";
            err.println(Plural.of(problems, "problem") + "; nothing written. " + (result.terms().isEmpty()
                    ? "Fix " + them + " and import again."
                    : "Fix " + them + ", or add --skip-bad to import the " + Plural.of(result.terms().size(), "good row")
                    + (result.skippedRows() == 0 ? "" : " without the " + Plural.of(result.skippedRows(), "bad row"))
                    + "."));
            err.flush();
            return GlossaryException.BAD_DATA;
        }
        if (result.terms().isEmpty()) {
            throw GlossaryException.badData(file + ": no terms found; check --from and the separators");
        }
        String stem = output.getFileName().toString().replaceFirst("\\.json$", "");
        String deckId = id != null ? id : DeckValidator.suggestSlug(stem);
        Deck deck = Deck.of(deckId, name != null ? name : deckId, "Imported from " + file.getFileName(), result.terms());
        DeckValidator.Result check = DeckValidator.validate(DeckDraft.of(deck));
        if (!check.ok()) {
            for (DeckProblem p : check.problems()) {
                err.println(SafeText.line(p.format(output.toString())));
            }
            err.flush();
            return GlossaryException.BAD_DATA;
        }
        DeckWriter.write(deck, output);
        String note = result.skippedRows() > 0 ? " (" + Plural.of(result.skippedRows(), "bad row") + " skipped)"
                : problems > 0 ? " (with the " + Plural.of(problems, "problem") + " above)" : "";
        spec.commandLine().getOut().println("wrote " + output + ": " + Plural.of(deck.size(), "term") + note);
        return 0;
    }

    /** Options that cannot work are a usage error before any file is read. */
    private void checkOptions() {
        if (id != null && !DeckValidator.isSlug(id)) {
            throw new GlossaryException(2, "--id \"" + SafeText.line(id) + "\" is not a deck id; use lower-case"
                    + " letters, digits and hyphens, e.g. --id " + DeckValidator.suggestSlug(id));
        }
        if (from != Format.quizlet) {
            return;
        }
        String term = unescape(termSeparator);
        String card = unescape(cardSeparator);
        if (term.isEmpty() || card.isEmpty()) {
            throw new GlossaryException(2, (term.isEmpty() ? "--term-separator" : "--card-separator")
                    + " is empty; give the text Quizlet put between " + (term.isEmpty() ? "term and definition"
                    : "cards") + ", such as \\t or \\n");
        }
        if (term.equals(card)) {
            throw new GlossaryException(2, "--term-separator and --card-separator are both \"" + SafeText.line(
                    termSeparator) + "\"; Quizlet's export uses different ones (by default a tab and a new line)");
        }
        if (term.contains(card)) {
            throw new GlossaryException(2, "--term-separator \"" + SafeText.line(termSeparator) + "\" holds the card"
                    + " separator, so no card could ever contain it; choose separators where it does not");
        }
    }

    private DeckImporter importer() {
        return switch (from) {
            case anki -> new AnkiTextImporter();
            case quizlet -> new QuizletImporter(unescape(termSeparator), unescape(cardSeparator));
            case csv -> CsvImporter.csv();
            case tsv -> CsvImporter.tsv();
        };
    }

    /**
     * Lets a shell user write {@code \t} and {@code \n} for the separators; every line break is read as LF,
     * as the importer reads the file.
     */
    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n").replace("\r\n", "\n").replace('\r', '\n');
    }
}
