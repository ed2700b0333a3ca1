package dev.glossary.term;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Progress;
import dev.glossary.progress.TermHistory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A term as the {@code --json} output of show, browse and due prints it: the deck fields and the learner's
 * mastery, as the three marks search and browse show (new, learning, known), whether it is suspended, and
 * whether it is a leech ({@code leechLapses} lapses or more).
 */
public final class TermJson {
    private TermJson() {
    }

    /** {@code progress} is read once by the caller: re-reading it for each term of a list would stat the file each time. */
    public static Map<String, Object> of(Term term, Deck deck, Progress progress, int leechLapses) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", term.id());
        t.put("term", term.name());
        t.put("level", term.level().id());
        t.put("category", term.category());
        t.put("definition", term.definition());
        t.put("aliases", term.aliases());
        t.put("related", term.related());
        t.put("same", term.same());
        t.put("example", term.example());
        t.put("tags", term.tags());
        var history = progress.term(deck.id(), term.id());
        t.put("mastery", Mastery.of(history.map(TermHistory::card).orElse(null)).mark());
        t.put("due", history.filter(h -> h.card().lastReview() != null).map(h -> h.card().due().toString()).orElse(null));
        t.put("suspended", history.map(TermHistory::suspended).orElse(false));
        t.put("leech", history.map(h -> h.isLeech(leechLapses)).orElse(false));
        return t;
    }
}
