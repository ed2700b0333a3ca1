package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckLinter;
import dev.glossary.quiz.Masker;
import dev.glossary.store.DeckReader;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code glossary deck lint FILE}: advice that does not block a deck. */
public final class DeckLintCommand implements Callable<Integer> {
    private final CommandSpec spec;
    private Path file;

    DeckLintCommand() {
        this.spec = CommandModel.of(this, "lint", "Advice on a deck: definitions that give the term away or hint at it once masked, card length and sentences,"
                        + " near-duplicates, missing related links, level balance.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The deck file to check."),
                        Path.class, () -> file, v -> file = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = DeckReader.load(file);
        List<DeckLinter.Advice> advice = DeckLinter.lint(deck, t -> Masker.maskDefinition(t, deck.same(t)));
        PrintWriter out = spec.commandLine().getOut();
        for (DeckLinter.Advice a : advice) {
            out.println(SafeText.line(file + ": " + a.format()));
        }
        String terms = Plural.of(deck.size(), "term");
        out.println(advice.isEmpty() ? "lint: no advice for " + terms
                : "lint: " + Plural.of(advice.size(), "suggestion") + " for " + terms
                + " (advice only; the deck is valid)");
        out.flush();
        return 0;
    }
}
