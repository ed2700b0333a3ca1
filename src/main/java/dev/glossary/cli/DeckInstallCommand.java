package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.store.DeckCache;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.store.DeckWriter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code glossary deck install FILE}: validates a deck and copies it into the learner's decks folder, so
 * {@code --deck ID} finds it. Reinstalling an updated deck keeps progress for every id it still has; a deck
 * that only shares the id of an installed one (another name, most terms renamed or gone) is refused unless
 * {@code --force}, as it would take over that deck's progress.
 */
public final class DeckInstallCommand implements Callable<Integer> {
    private final Services services;
    private final CommandSpec spec;
    private Path file;
    private boolean force;

    public DeckInstallCommand(Services services) {
        this.services = services;
        this.spec = CommandModel.of(this, "install", "Validate a deck and install it, so --deck ID selects it. A deck"
                        + " with the id of an installed one updates it: progress stays with each term id.")
                .positional(PositionalParamSpec.builder().paramLabel("FILE").description("The deck file to install."),
                        Path.class, () -> file, v -> file = v)
                .flag(OptionSpec.builder("--force").description("Replace an installed deck with the same id even when"
                                + " the new one has another name or renames or drops most of its terms."),
                        () -> force, v -> force = v)
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
        Path target = services.files().installedDeck(deck.id());
        PrintWriter out = spec.commandLine().getOut();
        String label = "\"" + SafeText.line(deck.name()) + "\" (" + deck.id() + ")";
        if (Files.exists(target)) {
            Deck before = DeckReader.load(target);
            Changes changes = Changes.between(before, deck);
            if (!force) {
                refuseATakeOver(before, deck, changes);
            }
            DeckWriter.write(deck, target);
            keepInCache(target, deck);
            out.println("updated " + label + ": " + changes + "; progress stays with every term id the deck still has"
                    + (changes.removed().isEmpty() ? "" : ", and is kept for removed ids in case they return"));
        } else {
            DeckWriter.write(deck, target);
            keepInCache(target, deck);
            out.println("installed " + label + ", " + Plural.of(deck.size(), "term") + "; use it with: glossary --deck "
                    + deck.id());
        }
        out.flush();
        return 0;
    }

    /** A large deck's checked copy and index, made now, so that its first open is as quick as later ones. */
    private void keepInCache(Path target, Deck deck) {
        new DeckCache(services.files().deckCache(), Runnable::run).keep(target, deck);
    }

    /**
     * Progress is keyed by deck id and term id, so a different deck that happens to share the id would inherit
     * the learner's reviews under the wrong terms. A renamed deck, or one where most installed terms are gone or
     * have another name, is far more likely to be that than an update.
     */
    private void refuseATakeOver(Deck before, Deck after, Changes changes) {
        boolean otherName = !before.name().equals(after.name());
        int lost = changes.renamed().size() + changes.removed().size();
        if (!otherName && lost * 2 <= before.size()) {
            return;
        }
        String why = otherName ? "is named \"" + SafeText.line(after.name()) + "\", not \""
                + SafeText.line(before.name()) + "\"" : "";
        if (lost * 2 > before.size()) {
            why += (why.isEmpty() ? "" : " and ") + "renames or removes " + lost + " of its "
                    + Plural.of(before.size(), "term");
        }
        throw GlossaryException.failure(file + ": deck id \"" + after.id() + "\" is already installed, and this deck "
                + why + "; an update keeps progress per term id, so it would inherit progress on other terms. Give it an"
                + " id of its own, or add --force if it really is the new version");
    }

    /** How an update differs, by term id: added, changed in any field (renamed is the name), removed. */
    record Changes(List<String> added, List<String> changed, List<String> renamed, List<String> removed) {
        static Changes between(Deck before, Deck after) {
            Map<String, Term> old = before.terms().stream().collect(Collectors.toMap(Term::id, Function.identity()));
            Set<String> now = after.terms().stream().map(Term::id).collect(Collectors.toSet());
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> renamed = new ArrayList<>();
            for (Term t : after.terms()) {
                Term was = old.get(t.id());
                if (was == null) {
                    added.add(t.id());
                } else if (!was.equals(t)) {
                    changed.add(t.id());
                    if (!was.name().equalsIgnoreCase(t.name())) {
                        renamed.add(t.id());
                    }
                }
            }
            List<String> removed = before.terms().stream().map(Term::id).filter(id -> !now.contains(id)).toList();
            return new Changes(added, changed, renamed, removed);
        }

        @Override
        public String toString() {
            return added.size() + " added" + list(added) + ", " + changed.size() + " changed" + list(changed) + ", "
                    + removed.size() + " removed" + list(removed);
        }

        private static String list(List<String> ids) {
            if (ids.isEmpty()) {
                return "";
            }
            List<String> shown = ids.size() > 8 ? ids.subList(0, 8) : ids;
            return " (" + SafeText.line(String.join(", ", shown)) + (ids.size() > 8 ? ", …" : "") + ")";
        }
    }
}
