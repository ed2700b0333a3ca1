package dev.glossary.quiz;

import dev.glossary.progress.NewOrder;
import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
 * longest overdue, then at random; then new terms, up to {@code newLimit}, in the request's {@link
 * NewOrder} (by default beginner first, deck order within a level, since a teacher orders a deck from
 * foundations up), each after its prerequisites among them ({@link Ladder#order}: Aggregate Root after
 * Entity). At most {@code count} in all, so due terms are never pushed out by new ones. Suspended
 * and buried terms are left out.
 *
 * <p>Twins and close terms ({@link Likeness#siblings}) never share a session: one would give the other
 * away. Of two, the first in the order above joins; the other waits for another day, as it does when its
 * sibling was answered today (since the request's {@code dayStart}), as Anki buries siblings. At most
 * {@value #MOST_PASSED_OVER} terms are passed over so in one plan: in a deck whose terms are nearly all
 * alike, the rest of the deck would otherwise be compared, term by term, to fill one place.
 *
 * <p>Cram ignores due dates: every reviewed term, the least likely to be recalled and the longest due
 * first, then new terms as above. Named terms ({@link QuizFilter#termNames()}) are exactly those, in the
 * order given, whether due, buried, twins or not, but never suspended ones (reported instead), and capped at
 * {@code count} like any session (the first ones given are kept); names that match no term are reported,
 * repeats are asked once.
 */
public final class SessionPlanner {
    static final int MOST_PASSED_OVER = 50;

    private final Deck deck;
    private final Likeness likeness;
    private final Ladder ladder;

    public SessionPlanner(Deck deck) {
        this(deck, new Ladder(deck));
    }

    public SessionPlanner(Deck deck, Ladder ladder) {
        this.deck = deck;
        this.likeness = new Likeness(deck);
        this.ladder = ladder;
    }

    public SessionPlan plan(SessionRequest request, Map<String, CardInfo> cards, Instant now, RandomGenerator rng) {
        if (!request.filter().termNames().isEmpty()) {
            return named(request.filter().termNames(), request.count(), cards, now);
        }
        List<Term> filtered = deck.terms().stream().filter(request.filter()::accepts).toList();
        List<Term> reviewed = new ArrayList<>();
        List<Term> fresh = new ArrayList<>();
        List<Term> answeredToday = new ArrayList<>();
        int dueTotal = 0;
        for (Term term : filtered) {
            CardInfo card = card(cards, term);
            if (request.dayStart() != null && !request.cram() && card.lastReview() != null
                    && !card.lastReview().isBefore(request.dayStart())) {
                answeredToday.add(term);
            }
            if (card.held()) {
                continue;
            }
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
        order(fresh, request.newOrder(), rng);

        List<Term> terms = new ArrayList<>();
        int waiting = 0;
        for (Term term : reviewed) {
            if (terms.size() == request.count() || waiting == MOST_PASSED_OVER) {
                break;
            }
            if (siblingOfAny(term, terms) || siblingOfAny(term, answeredToday)) {
                waiting++;
            } else {
                terms.add(term);
            }
        }
        int newCount = 0;
        Set<String> introduce = new LinkedHashSet<>();
        int passedOver = 0;
        for (Iterator<Term> next = ladder.ordered(fresh); next.hasNext(); ) {
            if (terms.size() == request.count() || newCount == request.newLimit() || passedOver == MOST_PASSED_OVER) {
                break;
            }
            Term term = next.next();
            if (!siblingOfAny(term, terms) && !siblingOfAny(term, answeredToday)) {
                terms.add(term);
                newCount++;
                if (!card(cards, term).met()) {
                    introduce.add(term.id());
                }
            } else {
                passedOver++;
            }
        }
        return new SessionPlan(terms, newCount, introduce, dueTotal, nextDue(filtered, cards, now), List.of(),
                List.of(), waiting, fresh.size() - newCount);
    }

    private SessionPlan named(List<String> names, int count, Map<String, CardInfo> cards, Instant now) {
        Set<Term> terms = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        Set<Term> suspended = new LinkedHashSet<>();
        for (String name : names) {
            Optional<Term> term = deck.find(name);
            if (term.isEmpty()) {
                unknown.add(name);
            } else if (card(cards, term.get()).suspended()) {
                suspended.add(term.get());
            } else if (terms.size() < count) {
                terms.add(term.get());
            }
        }
        int newCount = (int) terms.stream().filter(t -> card(cards, t).isNew()).count();
        int dueTotal = (int) terms.stream().filter(t -> card(cards, t).isDue(now)).count();
        Set<String> introduce = new LinkedHashSet<>();
        terms.stream().filter(t -> !card(cards, t).met()).forEach(t -> introduce.add(t.id()));
        List<Term> ordered = List.copyOf(terms);
        return new SessionPlan(ordered, newCount, introduce, dueTotal, nextDue(ordered, cards, now), unknown,
                List.copyOf(suspended), 0, 0);
    }

    private boolean siblingOfAny(Term term, List<Term> others) {
        for (Term other : others) {
            if (likeness.siblings(term, other)) {
                return true;
            }
        }
        return false;
    }

    private static void order(List<Term> fresh, NewOrder order, RandomGenerator rng) {
        switch (order) {
            // A stable sort: deck order within a level.
            case LEVEL -> fresh.sort(Comparator.comparing(Term::level));
            case DECK -> { }
            case RANDOM -> Shuffle.inPlace(fresh, rng);
        }
    }

    private static Optional<Instant> nextDue(List<Term> terms, Map<String, CardInfo> cards, Instant now) {
        return terms.stream()
                .map(t -> card(cards, t))
                .filter(c -> !c.isNew() && !c.suspended() && c.due() != null && c.due().isAfter(now))
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
