package dev.glossary.exchange;

import dev.glossary.deck.Term;

import java.util.List;

/**
 * What an importer read: the terms that passed every check, in file order, and a problem for each record that
 * did not (that record is left out). The caller decides whether to stop on problems or go on without those
 * records ({@code --skip-bad}).
 */
public record ImportResult(List<Term> terms, List<ImportProblem> problems) {

    public ImportResult {
        terms = List.copyOf(terms);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportResult failed(ImportProblem problem) {
        return new ImportResult(List.of(), List.of(problem));
    }
}
