package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.search.NameSuggestions;
import dev.glossary.term.SafeText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the term a command names, or fails with one line that suggests the closest names. */
final class TermLookup {
    private static final int SUGGESTIONS = 3;

    private TermLookup() {
    }

    static Term find(Services services, Session session, List<String> words) {
        Deck deck = services.deck(session);
        String query = String.join(" ", words).trim();
        Optional<Term> found = deck.find(query);
        if (found.isEmpty()) {
            found = byShownName(deck, query);
        }
        if (found.isEmpty()) {
            throw notFound(services, session, deck, query);
        }
        return found.get();
    }

    /**
     * A name that needs neutralising is printed (and completed in the REPL) as {@link SafeText#line} shows it,
     * so that form finds the term too. Only asked when no name matches as written, so a plain deck never pays.
     */
    private static Optional<Term> byShownName(Deck deck, String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        for (Term term : deck.terms()) {
            for (String name : term.names()) {
                String shown = SafeText.line(name);
                boolean same = shown.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(wanted);
                if (same && !shown.equals(name)) {
                    return Optional.of(term);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How to name a term in a command the learner may copy: its name when that is one plain word ("Webhook",
     * "404"), else its id ("jwt", "rate-limiting"), which needs no quotes in a shell or at the prompt.
     */
    static String argument(Term term) {
        return term.name().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*") ? term.name() : term.id();
    }

    static GlossaryException notFound(Services services, Session session, Deck deck, String query) {
        List<Term> typos = services.searchIndex(session).suggest(query, SUGGESTIONS);
        List<String> near = NameSuggestions.pick(deck, query, typos, SUGGESTIONS).stream()
                .map(t -> "\"" + SafeText.line(t.name()) + "\"").toList();
        String hint = near.isEmpty() ? "; try: glossary search " + SafeText.line(query)
                : "; did you mean " + String.join(", ", near) + "?";
        return GlossaryException.failure("no term \"" + SafeText.line(query) + "\" in deck " + deck.id() + hint);
    }
}
