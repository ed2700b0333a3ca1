package dev.glossary.quiz;

import dev.glossary.progress.Review;
import dev.glossary.progress.TermHistory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How long a session will take, for the line before its first card ("12 due · 8 new · about 5 min"):
 * {@code SessionEstimate.of(plan, SessionEstimate.perAnswer(histories))}.
 *
 * <p>An answer takes the learner's median answer time over their last {@value #RECENT} timed answers, plus
 * {@value #FEEDBACK_SECONDS} s to read the feedback; without a history, {@value #DEFAULT_SECONDS} s. A new
 * term is introduced (about one more answer's time) and asked; a studied one is asked once, and the misses
 * that come back are left out: an estimate, not a promise.
 */
public final class SessionEstimate {
    static final int RECENT = 100;
    static final int FEEDBACK_SECONDS = 4;
    static final int DEFAULT_SECONDS = 15;

    private SessionEstimate() {
    }

    /** The time one answer takes this learner, feedback included. */
    public static Duration perAnswer(Collection<TermHistory> histories) {
        List<Review> timed = new ArrayList<>();
        for (TermHistory h : histories) {
            for (Review r : h.reviews()) {
                if (r.answerMillis() > 0) {
                    timed.add(r);
                }
            }
        }
        if (timed.isEmpty()) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
        timed.sort(Comparator.comparing(Review::at).reversed());
        List<Long> recent = new ArrayList<>();
        for (Review r : timed.subList(0, Math.min(RECENT, timed.size()))) {
            recent.add(r.answerMillis());
        }
        recent.sort(Comparator.naturalOrder());
        return Duration.ofMillis(recent.get(recent.size() / 2)).plusSeconds(FEEDBACK_SECONDS);
    }

    /** The whole session's time: each studied term once, each new term twice (its introduction and question). */
    public static Duration of(SessionPlan plan, Duration perAnswer) {
        return perAnswer.multipliedBy(plan.studiedCount() + 2L * plan.newCount());
    }
}
