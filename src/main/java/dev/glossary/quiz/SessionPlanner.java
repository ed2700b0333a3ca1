package dev.glossary.quiz;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses the terms of a session: {@code new SessionPlanner(deck).plan(request, cards, now, rng)}, where
 * {@code cards} maps term ids to what the scheduler knows (a term without a card is new).
 *
 * <p>The order: due terms first (due at or before now), the least likely to be recalled first, then the
 * longest overdue, then at random; then new terms in deck order, up to {@code newLimit}, because a
 * teacher orders a deck from foundations up ("Idempotency" before "Idempotency Key"). At most
 * {@code count} in all, so due terms are never pushed out by new ones.
 *
 * <p>Cram ignores due dates: every reviewed term, the least likely to be recalled and the longest due
 * first, then new terms as above (the new-term allowance still holds). Named terms ({@link
 * QuizFilter#termNames()}) are exactly those, in the order given, whether due or not, not filtered but
 * capped at {@code count} like any session (the first ones given are kept); names that match no term are
 * reported, repeats are asked once.
 */
public final class SessionPlanner {
    private final Deck deck;

    public SessionPlanner(Deck deck) {
        this.deck = deck;
    }

    public SessionPlan plan(SessionRequest request, Map<String, CardInfo> cards, Instant now, RandomGenerator rng) {
        if (!request.filter().termNames().isEmpty()) {
            return named(request.filter().termNames(), request.count(), cards, now);
        }
        List<Term> filtered = deck.terms().stream().filter(request.filter()::accepts).toList();
        List<Term> reviewed = new ArrayList<>();
        List<Term> fresh = new ArrayList<>();
        int dueTotal = 0;
        for (Term term : filtered) {
            CardInfo card = card(cards, term);
            if (card.isNew()) {
                fresh.add(term);
            } else if (request.cram() || card.isDue(now)) {
                reviewed.add(term);
            }
            if (card.isDue(now)) {
                dueTotal++;
            }
        }
        // Shuffled first, so that terms alike in both keys come in random order, the same for a seed.
        Shuffle.inPlace(reviewed, rng);
        reviewed.sort(Comparator.comparingDouble((Term t) -> card(cards, t).retrievability())
                .thenComparing(t -> dueOrEpoch(card(cards, t))));
        List<Term> terms = new ArrayList<>();
        for (Term term : reviewed) {
            if (terms.size() == request.count()) {
                break;
            }
            terms.add(term);
        }
        int newCount = 0;
        for (Term term : fresh) {
            if (terms.size() == request.count() || newCount == request.newLimit()) {
                break;
            }
            terms.add(term);
            newCount++;
        }
        return new SessionPlan(terms, newCount, dueTotal, nextDue(filtered, cards, now), List.of());
    }

    private SessionPlan named(List<String> names, int count, Map<String, CardInfo> cards, Instant now) {
        Set<Term> terms = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Optional<Term> term = deck.find(name);
            if (term.isPresent()) {
                if (terms.size() < count) {
                    terms.add(term.get());
                }
            } else {
                unknown.add(name);
            }
        }
        int newCount = (int) terms.stream().filter(t -> card(cards, t).isNew()).count();
        int dueTotal = (int) terms.stream().filter(t -> card(cards, t).isDue(now)).count();
        List<Term> ordered = List.copyOf(terms);
        return new SessionPlan(ordered, newCount, dueTotal, nextDue(ordered, cards, now), unknown);
    }

    private static Optional<Instant> nextDue(List<Term> terms, Map<String, CardInfo> cards, Instant now) {
        return terms.stream()
                .map(t -> card(cards, t))
                .filter(c -> !c.isNew() && c.due() != null && c.due().isAfter(now))
                .map(CardInfo::due)
                .min(Comparator.naturalOrder());
    }

    private static CardInfo card(Map<String, CardInfo> cards, Term term) {
        CardInfo card = cards.get(term.id());
        return card == null ? CardInfo.newCard() : card;
    }

    private static Instant dueOrEpoch(CardInfo card) {
        return card.due() == null ? Instant.EPOCH : card.due();
    }
}
