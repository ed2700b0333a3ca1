package dev.glossary.store;

import dev.glossary.deck.Deck;
import dev.glossary.search.SearchIndex;

import java.util.function.Supplier;

/**
 * A deck as {@link DeckSource#load} found it, with where its search index comes from: the index built into the
 * jar for the bundled deck, the one kept in the deck cache for a large deck file, else one built from the deck.
 *
 * <pre>{@code LoadedDeck loaded = DeckSource.load(option, files, background); loaded.searchIndex().search("jwt", 5);}</pre>
 */
public record LoadedDeck(Deck deck, Supplier<SearchIndex> index) {

    /** A deck whose index is built when asked for. */
    static LoadedDeck built(Deck deck) {
        return new LoadedDeck(deck, () -> SearchIndex.build(deck));
    }

    /** The deck's search index, read or built each time it is asked for: the caller keeps it. */
    public SearchIndex searchIndex() {
        return index.get();
    }
}
