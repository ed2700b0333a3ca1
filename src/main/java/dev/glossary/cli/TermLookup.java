package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.term.SafeText;

import java.util.List;

/** Finds the term a command names, or fails with one line that suggests the closest names. */
final class TermLookup {
    private TermLookup() {
    }

    static Term find(App app, List<String> words) {
        Deck deck = app.deck();
        String query = String.join(" ", words).trim();
        return deck.find(query).orElseThrow(() -> notFound(app, deck, query));
    }

    static GlossaryException notFound(App app, Deck deck, String query) {
        List<String> near = app.searchIndex().suggest(query, 3).stream().map(t -> "\"" + SafeText.line(t.name()) + "\"")
                .toList();
        String hint = near.isEmpty() ? "; try: glossary search " + SafeText.line(query)
                : "; did you mean " + String.join(", ", near) + "?";
        return GlossaryException.failure("no term \"" + SafeText.line(query) + "\" in deck " + deck.id() + hint);
    }
}
