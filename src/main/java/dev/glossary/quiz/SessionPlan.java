package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of a session, in the order to ask them, from {@link SessionPlanner#plan}. {@code newCount} of
 * them are new; {@code dueTotal} terms were due among those the filter let in (more than the session may
 * hold); {@code nextDue} is the earliest due date after now among them, so an empty plan can say "next
 * term due in 3h"; {@code unknownNames} are the requested names that match no term.
 */
public record SessionPlan(List<Term> terms, int newCount, int dueTotal, Optional<Instant> nextDue,
                          List<String> unknownNames) {

    public SessionPlan {
        terms = List.copyOf(terms);
        Objects.requireNonNull(nextDue, "nextDue");
        unknownNames = List.copyOf(unknownNames);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
