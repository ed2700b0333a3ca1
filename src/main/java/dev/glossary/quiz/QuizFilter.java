package dev.glossary.quiz;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which terms a session may use. An empty set puts no limit: {@code levels} keeps terms of any listed
 * level; {@code tags} keeps terms with at least one listed tag (case-insensitive). {@code termNames}, when
 * not empty, names the exact terms to ask, in order, by name, alias or id, and then levels and tags are
 * not applied.
 */
public record QuizFilter(Set<Level> levels, Set<String> tags, List<String> termNames) {

    public QuizFilter {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        Set<String> lowered = new LinkedHashSet<>();
        if (tags != null) {
            tags.forEach(t -> lowered.add(t.strip().toLowerCase(Locale.ROOT)));
        }
        tags = Set.copyOf(lowered);
        termNames = termNames == null ? List.of() : List.copyOf(termNames);
    }

    /** Every term of the deck. */
    public static QuizFilter all() {
        return new QuizFilter(Set.of(), Set.of(), List.of());
    }

    /** Exactly the named terms, in this order. */
    public static QuizFilter named(List<String> termNames) {
        return new QuizFilter(Set.of(), Set.of(), termNames);
    }

    /** Whether the levels and tags let this term in; {@code termNames} is the planner's business. */
    public boolean accepts(Term term) {
        if (!levels.isEmpty() && !levels.contains(term.level())) {
            return false;
        }
        return tags.isEmpty() || term.tags().stream().anyMatch(t -> tags.contains(t.strip().toLowerCase(Locale.ROOT)));
    }
}
