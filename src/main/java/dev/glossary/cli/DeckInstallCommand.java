package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.store.DeckWriter;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code glossary deck install FILE}: validates a deck and copies it into the learner's decks folder, so
 * {@code --deck ID} finds it. Reinstalling an updated deck keeps progress for every id it still has.
 */
public final class DeckInstallCommand implements Callable<Integer> {
    private final App app;
    private final CommandSpec spec;
    private Path file;

    public DeckInstallCommand(App app) {
        this.app = app;
        this.spec = CommandModel.of(this, "install", "Validate a deck and install it, so --deck ID selects it; an"
                        + " update keeps progress for unchanged ids.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The deck file to install."),
                        Path.class, () -> file, v -> file = v)
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Deck deck = DeckReader.load(file);
        if (deck.id().equals(DeckSource.bundled().id())) {
            throw GlossaryException.failure(file + ": deck id \"" + deck.id() + "\" is the bundled deck's; give your"
                    + " deck an id of its own so progress never mixes");
        }
        Path target = app.files().installedDeck(deck.id());
        PrintWriter out = spec.commandLine().getOut();
        String label = "\"" + SafeText.line(deck.name()) + "\" (" + deck.id() + ")";
        if (Files.exists(target)) {
            Deck before = DeckReader.load(target);
            DeckWriter.write(deck, target);
            out.println("updated " + label + ": " + changes(before, deck));
        } else {
            DeckWriter.write(deck, target);
            out.println("installed " + label + ", " + deck.size() + " terms; use it with: glossary --deck " + deck.id());
        }
        out.flush();
        return 0;
    }

    private static String changes(Deck before, Deck after) {
        Map<String, Term> old = before.terms().stream().collect(Collectors.toMap(Term::id, Function.identity()));
        Map<String, Term> now = after.terms().stream().collect(Collectors.toMap(Term::id, Function.identity()));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Term t : after.terms()) {
            Term was = old.get(t.id());
            if (was == null) {
                added.add(t.id());
            } else if (!was.equals(t)) {
                changed.add(t.id());
            }
        }
        List<String> removed = before.terms().stream().map(Term::id).filter(id -> !now.containsKey(id)).toList();
        return added.size() + " added" + list(added) + ", " + changed.size() + " changed" + list(changed) + ", "
                + removed.size() + " removed" + list(removed)
                + (removed.isEmpty() ? "" : "; progress on removed terms is kept in case they return");
    }

    private static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> shown = ids.size() > 8 ? ids.subList(0, 8) : ids;
        return " (" + SafeText.line(String.join(", ", shown)) + (ids.size() > 8 ? ", …" : "") + ")";
    }
}
