package dev.glossary.progress;

import dev.glossary.deck.Level;
import dev.glossary.deck.Term;
import dev.glossary.srs.Card;
import dev.glossary.srs.CardState;
import dev.glossary.srs.Rating;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * <pre>{@code Stats s = Stats.compute("backend", terms, progress.deck("backend"), now, zone, replayer, exam);}</pre>
 *
 * @param totalReviews    every review in the logs counted, cram practice included
 * @param retention30d    true retention as Anki counts it: of the last 30 days' answers to cards that were
 *                        in review when answered (not learning or relearning steps, not cram), the share
 *                        not rated again; null when there were none
 * @param retentionSample how many answers {@code retention30d} is taken over
 * @param leeches         terms shown that are leeches (see {@link TermHistory#isLeech})
 * @param suspended       terms shown that are suspended
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
        Map<LocalDate, Integer> reviewsPerDay,
        int leeches,
        int suspended) {

    public static final int FORECAST_DAYS = 14;
    public static final int HEATMAP_WEEKS = 16;
    private static final Duration RETENTION_PERIOD = Duration.ofDays(30);

    /**
     * @param terms the terms shown: counted by state and level, and for what is due
     * @param logs  the review logs to count, by term id: the deck's whole progress, which keeps the
     *              reviews of terms that have since left the deck, or only the shown terms' when a level
     *              is picked (a term that left has no level)
     * @param exam  when terms fall due with the learner's exam in view ({@link ExamSchedule#none()} without one)
     */
    public static Stats compute(String deckId, Collection<Term> terms, Map<String, TermHistory> logs, Instant now,
                                ZoneId zone, CardReplayer replayer, int leechLapses, ExamSchedule exam) {
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
        int leeches = 0;
        int suspended = 0;
        for (Term term : terms) {
            TermHistory h = logs.get(term.id());
            Card card = h == null ? null : h.card();
            byLevel.get(term.level()).merge(Mastery.of(card), 1, Integer::sum);
            if (h != null && h.suspended()) {
                suspended++;
            }
            if (h != null && h.isLeech(leechLapses)) {
                leeches++;
            }
            if (h == null || !h.studied()) {
                continue;
            }
            if (exam.isDue(term.id(), h, now)) {
                due++;
            } else if (!h.suspended()) {
                long day = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(exam.dueAt(term.id(), h), zone));
                if (day >= 0 && day < FORECAST_DAYS) {
                    forecast[(int) day]++;
                }
            }
        }
        forecast[0] += due;
        List<Integer> forecastList = new ArrayList<>();
        for (int n : forecast) {
            forecastList.add(n);
        }
        int totalReviews = 0;
        int reviewsToday = 0;
        long answerMillis = 0;
        int timed = 0;
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (TermHistory h : logs.values()) {
            for (Review r : h.reviews()) {
                totalReviews++;
                LocalDate day = LocalDate.ofInstant(r.at(), zone);
                perDay.merge(day, 1, Integer::sum);
                if (day.equals(today)) {
                    reviewsToday++;
                }
                // Answers logged without a time (0 ms) would pull the average down.
                if (r.answerMillis() > 0) {
                    answerMillis += r.answerMillis();
                    timed++;
                }
            }
        }
        Instant monthAgo = now.minus(RETENTION_PERIOD);
        int recalled = 0;
        int retentionSample = 0;
        for (Map.Entry<String, TermHistory> log : logs.entrySet()) {
            for (CardReplayer.Answered a : replayer.answered(deckId, log.getKey(), log.getValue().reviews())) {
                if (a.before() == CardState.REVIEW && a.review().at().isAfter(monthAgo)) {
                    retentionSample++;
                    if (a.review().rating() != Rating.AGAIN) {
                        recalled++;
                    }
                }
            }
        }
        return new Stats(byLevel, terms.size(), totalReviews, reviewsToday, due, List.copyOf(forecastList),
                retentionSample == 0 ? null : (double) recalled / retentionSample, retentionSample,
                streak(perDay, today), timed == 0 ? null : answerMillis / timed, perDay, leeches, suspended);
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
