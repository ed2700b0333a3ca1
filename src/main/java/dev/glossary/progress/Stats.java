package dev.glossary.progress;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.Card;
import dev.glossary.srs.Rating;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures {@code glossary stats} shows, computed from a deck's terms and the learner's progress at
 * one instant. Days are the learner's local calendar days ({@code zone}).
 *
 * <pre>{@code Stats s = Stats.compute(terms, progress.deck(deckId), now, zone);}</pre>
 */
public record Stats(
        Map<Level, Map<Mastery, Integer>> byLevel,
        int totalTerms,
        int totalReviews,
        int reviewsToday,
        int due,
        List<Integer> forecast,
        Double retention30d,
        int retentionSample,
        int streakDays,
        Long averageAnswerMillis,
        Map<LocalDate, Integer> reviewsPerDay) {

    public static final int FORECAST_DAYS = 14;
    public static final int HEATMAP_WEEKS = 16;

    public static Stats compute(Collection<Term> terms, Map<String, TermHistory> histories, Instant now, ZoneId zone) {
        Map<Level, Map<Mastery, Integer>> byLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<Mastery, Integer> counts = new EnumMap<>(Mastery.class);
            for (Mastery m : Mastery.values()) {
                counts.put(m, 0);
            }
            byLevel.put(level, counts);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        int[] forecast = new int[FORECAST_DAYS];
        int due = 0;
        int totalReviews = 0;
        int reviewsToday = 0;
        int recalled = 0;
        int retentionSample = 0;
        long answerMillis = 0;
        int answered = 0;
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Instant monthAgo = now.minus(java.time.Duration.ofDays(30));
        for (Term term : terms) {
            TermHistory h = histories.get(term.id());
            Card card = h == null ? null : h.card();
            byLevel.get(term.level()).merge(Mastery.of(card), 1, Integer::sum);
            if (h == null) {
                continue;
            }
            if (h.studied()) {
                if (h.isDue(now)) {
                    due++;
                } else {
                    long day = java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.ofInstant(card.due(), zone));
                    if (day >= 0 && day < FORECAST_DAYS) {
                        forecast[(int) day]++;
                    }
                }
            }
            boolean reviewedBefore = false;
            for (Review r : h.reviews()) {
                totalReviews++;
                LocalDate day = LocalDate.ofInstant(r.at(), zone);
                perDay.merge(day, 1, Integer::sum);
                if (day.equals(today)) {
                    reviewsToday++;
                }
                if (r.answerMillis() > 0) {
                    answerMillis += r.answerMillis();
                    answered++;
                }
                // True retention, as Anki counts it: answers to cards already past their first review.
                if (!r.cram() && reviewedBefore && r.at().isAfter(monthAgo)) {
                    retentionSample++;
                    if (r.rating() != Rating.AGAIN) {
                        recalled++;
                    }
                }
                if (!r.cram()) {
                    reviewedBefore = true;
                }
            }
        }
        forecast[0] += due;
        List<Integer> forecastList = new ArrayList<>();
        for (int n : forecast) {
            forecastList.add(n);
        }
        return new Stats(byLevel, terms.size(), totalReviews, reviewsToday, due, List.copyOf(forecastList),
                retentionSample == 0 ? null : (double) recalled / retentionSample, retentionSample,
                streak(perDay, today), answered == 0 ? null : answerMillis / answered, perDay);
    }

    /** Consecutive days with at least one review, ending today (or yesterday, if today has none yet). */
    static int streak(Map<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
        int n = 0;
        while (perDay.containsKey(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }
}
