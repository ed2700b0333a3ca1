package dev.glossary.exchange;

import dev.glossary.deck.Term;

import java.util.List;

/**
 * What an importer read: the terms that passed every check, in file order; the problems (a record left out,
 * a related term dropped, text that could not be read), of which {@code skippedRows} records were left out
 * whole; and warnings, which change nothing the file meant (a column this app does not read). The caller
 * decides whether to stop on problems or go on without those records ({@code --skip-bad}).
 *
 * <p>{@code notices} say what the importer decided or left out on purpose (how it read the file, media it
 * dropped); {@code deckName} is the name the file gives its deck, or empty.
 */
public record ImportResult(List<Term> terms, List<ImportProblem> problems, List<ImportProblem> warnings,
                           int skippedRows, List<String> notices, String deckName) {

    public ImportResult {
        terms = List.copyOf(terms);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notices = List.copyOf(notices);
        deckName = deckName == null ? "" : deckName;
    }

    public ImportResult(List<Term> terms, List<ImportProblem> problems, List<ImportProblem> warnings,
                        int skippedRows) {
        this(terms, problems, warnings, skippedRows, List.of(), "");
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportResult failed(ImportProblem problem) {
        return new ImportResult(List.of(), List.of(problem), List.of(), 0);
    }
}
