package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of a session, in the order to ask them, from {@link SessionPlanner#plan}. {@code newCount} of
 * them are new; {@code introduce} are the ids of those the learner has never met, to be shown before they
 * are asked; {@code dueTotal} terms were due among those the filter let in (more than the session may
 * hold); {@code nextDue} is the earliest due date after now among them, so an empty plan can say "next
 * term due in 3h"; {@code unknownNames} are the requested names that match no term and {@code suspended}
 * the requested terms that are suspended; {@code waiting} due terms wait for another day because a twin
 * or a close term is in the session or was answered today; {@code newLeft} new terms the filter let in
 * did not join (the session or today's allowance was full).
 */
public record SessionPlan(List<Term> terms, int newCount, Set<String> introduce, int dueTotal,
                          Optional<Instant> nextDue, List<String> unknownNames, List<Term> suspended, int waiting,
                          int newLeft) {

    public SessionPlan {
        terms = List.copyOf(terms);
        introduce = Set.copyOf(introduce);
        Objects.requireNonNull(nextDue, "nextDue");
        unknownNames = List.copyOf(unknownNames);
        suspended = List.copyOf(suspended);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The terms of the session the learner has studied before: due ones, or in cram any studied. */
    public int studiedCount() {
        return terms.size() - newCount;
    }
}
