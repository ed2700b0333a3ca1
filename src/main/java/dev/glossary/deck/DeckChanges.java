package dev.glossary.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a new version of a deck differs from the one installed, by term id: {@code DeckChanges.between(old, new)}.
 * Progress is keyed by term id, so this is also what an update does to the learner's progress: added terms
 * start new, changed ones keep their history, removed ones keep it in case they come back.
 *
 * @param changed terms whose id stayed and some field changed
 * @param renamed those of them whose name changed (ignoring case): the learner may not recognise them
 */
public record DeckChanges(List<String> added, List<String> changed, List<String> renamed, List<String> removed) {

    public DeckChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        renamed = List.copyOf(renamed);
        removed = List.copyOf(removed);
    }

    public static DeckChanges between(Deck before, Deck after) {
        Map<String, Term> old = new HashMap<>();
        for (Term t : before.terms()) {
            old.putIfAbsent(t.id(), t);
        }
        Set<String> now = new HashSet<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        for (Term t : after.terms()) {
            now.add(t.id());
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
        return new DeckChanges(added, changed, renamed, removed);
    }

    /** Whether no term was added, changed or removed. */
    public boolean none() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** Terms renamed or removed: an update that loses most of a deck's terms is more likely another deck. */
    public int lost() {
        return renamed.size() + removed.size();
    }
}
