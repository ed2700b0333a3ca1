package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.DeckChanges;
import dev.glossary.deck.DeckMetadata;
import dev.glossary.store.DeckCache;
import dev.glossary.store.DeckOrigins;
import dev.glossary.store.DeckOrigins.DeckOrigin;
import dev.glossary.store.DeckReader;
import dev.glossary.store.DeckSource;
import dev.glossary.store.DeckWriter;
import dev.glossary.term.Plural;
import dev.glossary.term.SafeText;
import dev.glossary.term.Wrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a checked deck into the learner's decks folder and remembers where it came from, for {@code deck install}
 * and {@code deck update}: {@code installer.plan(source, deck, force)} says what would change (or refuses),
 * {@code installer.apply(plan, origin)} does it. Progress is keyed by deck and term id, so an update keeps it for
 * every term id the deck still has.
 */
final class DeckInstaller {
    private final Services services;

    DeckInstaller(Services services) {
        this.services = services;
    }

    /** What installing {@code deck} does: a new deck ({@code before} null) or an update of the installed one. */
    record Plan(Path target, Deck before, Deck after, DeckChanges changes) {
        boolean isNew() {
            return before == null;
        }
    }

    /**
     * @param source where the deck came from, as the learner gave it, for messages
     * @param force  install even over an installed deck that this one only shares the id with
     */
    Plan plan(String source, Deck deck, boolean force) {
        if (deck.id().equals(DeckSource.bundled().id())) {
            throw GlossaryException.failure(source + ": deck id \"" + deck.id() + "\" is the bundled deck's; give your"
                    + " deck an id of its own so progress never mixes");
        }
        Path target = DeckSource.installedFile(services.files(), deck.id())
                .orElse(services.files().installedDeck(deck.id()));
        if (!Files.exists(target)) {
            Deck nothing = Deck.of(deck.id(), deck.name(), "", List.of());
            return new Plan(target, null, deck, DeckChanges.between(nothing, deck));
        }
        Deck before = DeckReader.load(target);
        DeckChanges changes = DeckChanges.between(before, deck);
        if (!force) {
            refuseATakeOver(source, before, deck, changes);
        }
        return new Plan(target, before, deck, changes);
    }

    void apply(Plan plan, DeckOrigin origin) {
        DeckWriter.write(plan.after(), plan.target());
        // A large deck's checked copy and index, made now, so that its first open is as quick as later ones.
        new DeckCache(services.files().deckCache(), Runnable::run).keep(plan.target(), plan.after());
        DeckOrigins.write(services.files(), plan.after().id(), origin);
    }

    /**
     * Progress is keyed by deck id and term id, so a different deck that happens to share the id would inherit
     * the learner's reviews under the wrong terms. A renamed deck, or one where most installed terms are gone or
     * have another name, is far more likely to be that than an update.
     */
    private static void refuseATakeOver(String source, Deck before, Deck after, DeckChanges changes) {
        boolean otherName = !before.name().equals(after.name());
        int lost = changes.lost();
        if (!otherName && lost * 2 <= before.size()) {
            return;
        }
        String why = otherName ? "is named \"" + SafeText.line(after.name()) + "\", not \""
                + SafeText.line(before.name()) + "\"" : "";
        if (lost * 2 > before.size()) {
            why += (why.isEmpty() ? "" : " and ") + "renames or removes " + lost + " of its "
                    + Plural.of(before.size(), "term");
        }
        throw GlossaryException.failure(SafeText.line(source) + ": deck id \"" + after.id() + "\" is already installed,"
                + " and this deck " + why + "; an update keeps progress per term id, so it would inherit progress on"
                + " other terms. Give it an id of its own, or add --force if it really is the new version");
    }

    /** The deck as messages name it: {@code "Biology 101" (biology-101)}. */
    static String label(Deck deck) {
        return "\"" + SafeText.line(deck.name()) + "\" (" + deck.id() + ")";
    }

    /**
     * What the deck says of its edition, after its label: {@code  1.3 by Ana Silva} for a new deck, {@code  from 1.2
     * to 1.3 by Ana Silva} for an update that changes the version; empty when the deck says nothing.
     */
    static String edition(Deck before, Deck after) {
        String was = before == null ? null : before.metadata().version();
        String now = after.metadata().version();
        String version = now == null ? "" : was == null || was.equals(now) ? " " + now : " from " + was + " to " + now;
        String author = after.metadata().author() == null ? "" : " by " + after.metadata().author();
        return SafeText.line(version + author);
    }

    /**
     * The changelog entries of {@code after} that the learner holding {@code before} has not seen, one per line
     * (wrapped to {@code width}), under a line that says so; nothing when there are none.
     */
    static List<String> changelog(Deck before, Deck after, int width) {
        List<DeckMetadata.ChangelogEntry> entries = after.metadata().newerThan(before.metadata());
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("what changed, in the author's words:");
        for (DeckMetadata.ChangelogEntry entry : entries) {
            String head = entry.version() + (entry.date() == null ? "" : " (" + entry.date() + ")") + ": ";
            String text = SafeText.line(head + String.join("; ", entry.changes()));
            List<String> wrapped = Wrap.lines(text, width - 4);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "  " : "    ") + wrapped.get(i));
            }
        }
        return lines;
    }

    /** {@code 1 added (c), 1 changed (a), 0 removed}, with at most eight ids of each. */
    static String summary(DeckChanges changes) {
        return changes.added().size() + " added" + list(changes.added()) + ", " + changes.changed().size()
                + " changed" + list(changes.changed()) + ", " + changes.removed().size() + " removed"
                + list(changes.removed());
    }

    private static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> shown = ids.size() > 8 ? ids.subList(0, 8) : ids;
        return " (" + SafeText.line(String.join(", ", shown)) + (ids.size() > 8 ? ", …" : "") + ")";
    }

    /** The line that says what an update did to the learner's progress. */
    static String progressNote(DeckChanges changes) {
        return "progress stays with every term id the deck still has"
                + (changes.removed().isEmpty() ? "" : ", and is kept for removed ids in case they return");
    }
}
