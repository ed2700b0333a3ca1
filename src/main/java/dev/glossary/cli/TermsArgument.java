package dev.glossary.cli;

import dev.glossary.GlossaryException;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The terms a command such as {@code suspend TERM…} names: all its words as one name when they are one
 * ({@code suspend rate limiting}, as typed at the prompt), else each word a name ({@code suspend jwt cqrs},
 * or quoted names).
 */
final class TermsArgument {
    private TermsArgument() {
    }

    /** The TERM… parameter of such a command, completing term names. */
    static PositionalParamSpec.Builder parameter() {
        return PositionalParamSpec.builder().arity("1..*").paramLabel("TERM")
                .completionCandidates(new TermNameCandidates())
                .description("Term names, aliases or ids (quote names of several words to give more than one).");
    }

    static List<Term> find(Services services, Session session, List<String> words) {
        Deck deck = services.deck(session);
        Optional<Term> whole = deck.find(String.join(" ", words).trim());
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        Set<Term> terms = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            Optional<Term> term = deck.find(word.trim());
            if (term.isPresent()) {
                terms.add(term.get());
            } else {
                unknown.add(word);
            }
        }
        if (unknown.size() == 1 || terms.isEmpty()) {
            throw TermLookup.notFound(services, session, deck, unknown.size() == 1 ? unknown.get(0)
                    : String.join(" ", words).trim());
        }
        if (!unknown.isEmpty()) {
            throw GlossaryException.failure("no terms \"" + String.join("\", \"", unknown) + "\" in deck " + deck.id()
                    + "; quote names of several words, or see: glossary search NAME");
        }
        return List.copyOf(terms);
    }
}
