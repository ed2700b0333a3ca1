package dev.glossary.report;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.progress.Confusions;
import dev.glossary.progress.Mastery;
import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;
import dev.glossary.srs.Card;
import dev.glossary.srs.Rating;
import dev.glossary.srs.Scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a learner's report of one deck from their progress in it:
 * {@code LearnerReports.of(deck, version, "Ana", progress.deck(deck.id()), now, zone, scheduler)}.
 * Every term of the deck is in it, studied or not, so the teacher can tell what nobody has reached.
 */
public final class LearnerReports {
    private LearnerReports() {
    }

    public static LearnerReport of(Deck deck, String deckVersion, String learner, Map<String, TermHistory> histories,
                                   Instant now, ZoneId zone, Scheduler scheduler) {
        List<LearnerReport.TermSummary> terms = new ArrayList<>(deck.size());
        for (Term term : deck.terms()) {
            terms.add(summary(term, histories.get(term.id()), now, zone, scheduler));
        }
        return new LearnerReport(deck.id(), deckVersion, learner, LocalDate.ofInstant(now, zone), terms);
    }

    private static LearnerReport.TermSummary summary(Term term, TermHistory history, Instant now, ZoneId zone,
                                                     Scheduler scheduler) {
        if (history == null) {
            return new LearnerReport.TermSummary(term.id(), term.name(), 0, 0, 0, 0, "new", Mastery.NEW.mark(), false,
                    null, List.of());
        }
        // The first answer of each day is the one given before the quiz showed the answer: a first try.
        Set<LocalDate> days = new HashSet<>();
        int firstTries = 0;
        int right = 0;
        for (Review review : history.reviews()) {
            if (days.add(LocalDate.ofInstant(review.at(), zone))) {
                firstTries++;
                if (review.rating() != Rating.AGAIN) {
                    right++;
                }
            }
        }
        Card card = history.card();
        Double recall = history.studied() ? scheduler.retrievability(card, now) : null;
        List<LearnerReport.Confusion> confusions = new ArrayList<>();
        Confusions.givenInstead(history).forEach((with, times) -> confusions.add(new LearnerReport.Confusion(with, times)));
        confusions.sort(Comparator.comparingInt(LearnerReport.Confusion::times).reversed()
                .thenComparing(LearnerReport.Confusion::with));
        return new LearnerReport.TermSummary(term.id(), term.name(), history.reviews().size(), firstTries, right,
                card.lapses(), card.state().name().toLowerCase(Locale.ROOT), Mastery.of(card).mark(),
                history.isDue(now), recall, confusions);
    }
}
