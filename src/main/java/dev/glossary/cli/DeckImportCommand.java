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
import dev.glossary.term.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary deck import FILE --from anki|quizlet|csv|tsv --output OUT.json}. */
@Command(name = "import", description = "Make a deck from an Anki plain-text export, a Quizlet export, or CSV/TSV.")
public final class DeckImportCommand implements Callable<Integer> {
    enum Format { anki, quizlet, csv, tsv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "anki, quizlet, csv or tsv.")
    Format from;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.json", description = "The deck file to write.")
    Path output;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelOptions.LevelConverter.class,
            completionCandidates = LevelOptions.LevelCandidates.class,
            description = "Level for rows without one (default intermediate).")
    Level level = Level.INTERMEDIATE;

    @Option(names = "--id", paramLabel = "ID", description = "Deck id (default: made from the output file name).")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Deck name (default: the id).")
    String name;

    @Option(names = "--category", paramLabel = "TEXT", description = "Category for every term.")
    String category = "";

    @Option(names = "--term-separator", paramLabel = "SEP", description = "Quizlet: between term and definition (default: tab).")
    String termSeparator = "\t";

    @Option(names = "--card-separator", paramLabel = "SEP", description = "Quizlet: between cards (default: new line).")
    String cardSeparator = "\n";

    @Option(names = "--skip-bad", description = "Import the good rows even when some rows have problems.")
    boolean skipBad;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
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
        for (ImportProblem problem : result.problems()) {
            err.println(SafeText.line(problem.format(file.toString())));
        }
        if (!result.problems().isEmpty() && !skipBad) {
            err.println(result.problems().size() + " problem row" + (result.problems().size() == 1 ? "" : "s")
                    + "; nothing written. Fix them, or add --skip-bad to import the " + result.terms().size()
                    + " good rows.");
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
        spec.commandLine().getOut().printf("wrote %s: %d terms%s%n", output, deck.size(),
                result.problems().isEmpty() ? "" : " (" + result.problems().size() + " bad rows skipped)");
        return 0;
    }

    private DeckImporter importer() {
        return switch (from) {
            case anki -> new AnkiTextImporter();
            case quizlet -> new QuizletImporter(unescape(termSeparator), unescape(cardSeparator));
            case csv -> CsvImporter.csv();
            case tsv -> CsvImporter.tsv();
        };
    }

    /** Lets a shell user write {@code \t} and {@code \n} for the separators. */
    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n");
    }
}
