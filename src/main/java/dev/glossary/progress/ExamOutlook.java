package dev.glossary.progress;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.srs.Scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a learner stands towards an exam, as the prompt, {@code stats} and {@code exam} show it
 * ("exam in 12 days · 40 unseen · 8 new/day · 87 % predicted recall"), and the daily new count a quiz uses:
 * {@code ExamOutlook.of(exam, deck, progress.deck(deck.id()), config.newPerDay(), scheduler, now, zone)}.
 *
 * @param daysLeft        whole days to the exam, 0 on the day itself
 * @param unseen          terms the exam covers that were never studied (cram answers leave a term unseen)
 * @param newPerDay       new terms a day: the learner's own count, raised as needed so that every unseen term
 *                        is introduced at least {@link #LEAD_DAYS} days before the exam (see {@link #pace})
 * @param predictedRecall the mean predicted recall (FSRS retrievability) of the terms the exam covers when the
 *                        exam day begins, 0 for a term never studied; 0 when it covers none
 */
public record ExamOutlook(Exam exam, long daysLeft, int unseen, int newPerDay, double predictedRecall) {
    /**
     * How many days before the exam the last new term comes in: enough for a few reviews at growing intervals
     * (FSRS's first intervals after a good answer run about 1, 3 and 8 days), so that no term meets the exam
     * on its first day out of learning.
     */
    public static final int LEAD_DAYS = 3;

    public ExamOutlook {
        Objects.requireNonNull(exam, "exam");
    }

    public static ExamOutlook of(Exam exam, Deck deck, Map<String, TermHistory> histories, int perDay,
                                 Scheduler scheduler, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant moment = exam.moment(zone);
        int covered = 0;
        int unseen = 0;
        int introducedToday = 0;
        double recall = 0;
        for (Term term : deck.terms()) {
            if (!exam.covers(term)) {
                continue;
            }
            covered++;
            TermHistory history = histories.get(term.id());
            if (history == null || !history.studied()) {
                unseen++;
                continue;
            }
            recall += scheduler.retrievability(history.card(), moment);
            List<Review> scheduled = history.scheduled();
            if (!scheduled.isEmpty() && LocalDate.ofInstant(scheduled.get(0).at(), zone).equals(today)) {
                introducedToday++;
            }
        }
        long daysLeft = exam.daysLeft(today);
        // Today's pace counts the terms already introduced today, so that it holds all day long.
        return new ExamOutlook(exam, daysLeft, unseen, pace(perDay, unseen + introducedToday, daysLeft),
                covered == 0 ? 0 : recall / covered);
    }

    /**
     * The daily new count: {@code perDay}, or more when {@code unseen} terms (as the day began) must all come
     * in on the days from today to {@link #LEAD_DAYS} days before the exam; all of them today when fewer days
     * are left than that.
     */
    static int pace(int perDay, int unseen, long daysLeft) {
        long days = Math.max(1, daysLeft - LEAD_DAYS + 1);
        long needed = (unseen + days - 1) / days;
        return (int) Math.max(perDay, needed);
    }
}
