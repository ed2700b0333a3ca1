package dev.glossary.srs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Review logs of a simulated learner whose memory follows FSRS-6 with known weights: each review is recalled
 * with the chance the forgetting curve gives, so a fit on the log should find weights that predict it about
 * as well as the true ones. Cards start over a year, are reviewed around their due dates (early, on time or
 * late), and a first review rated again or hard, and every lapse, gets a same-day review, as learning steps do.
 * For the optimizer's tests and {@code bench/optimizer}.
 */
public final class ReviewSimulator {
    private static final double[] FIRST_RATINGS = {0.2, 0.15, 0.5, 0.15};
    private static final double[] PASS_RATINGS = {0.15, 0.7, 0.15};

    private final double[] w;
    private final RandomGenerator random;

    public ReviewSimulator(List<Double> trueWeights, RandomGenerator random) {
        this.w = trueWeights.stream().mapToDouble(Double::doubleValue).toArray();
        this.random = random;
    }

    /** Cards until about {@code reviews} reviews are logged, starting on the day of {@code start}. */
    public List<List<ReviewEvent>> simulate(int reviews, Instant start) {
        List<List<ReviewEvent>> cards = new ArrayList<>();
        int logged = 0;
        while (logged < reviews) {
            List<ReviewEvent> card = card(start.plus(Duration.ofMinutes(random.nextInt(365 * 1440))),
                    Math.min(reviews - logged, 4 + random.nextInt(24)));
            logged += card.size();
            cards.add(card);
        }
        return cards;
    }

    private List<ReviewEvent> card(Instant first, int reviews) {
        List<ReviewEvent> log = new ArrayList<>();
        Instant at = first;
        log.add(new ReviewEvent(at, Rating.of(pick(FIRST_RATINGS) + 1)));
        while (log.size() < reviews) {
            Rating last = log.get(log.size() - 1).rating();
            boolean sameDayStep = last.value() <= 2 && (log.size() == 1 || lastWasLongTerm(log));
            if (sameDayStep && at.plus(Duration.ofMinutes(10)).atZone(java.time.ZoneOffset.UTC).getDayOfYear()
                    == at.atZone(java.time.ZoneOffset.UTC).getDayOfYear()) {
                at = at.plus(Duration.ofMinutes(10));
                log.add(new ReviewEvent(at, random.nextDouble() < 0.85 ? Rating.GOOD : Rating.AGAIN));
                continue;
            }
            double stability = stabilityAfter(log);
            long interval = Math.max(1, Math.round(stability * (0.85 + 0.3 * random.nextDouble())));
            double lateness = random.nextDouble();
            long days = lateness < 0.15 ? Math.max(1, Math.round(interval * (0.5 + 0.5 * random.nextDouble())))
                    : lateness < 0.85 ? interval
                    : interval + 1 + Math.round(interval * random.nextDouble());
            at = at.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(120) - 60));
            int elapsed = ReviewContext.calendarDaysBetween(log.get(log.size() - 1).at(), at);
            if (elapsed == 0) {
                at = at.plus(Duration.ofDays(1));
                elapsed = ReviewContext.calendarDaysBetween(log.get(log.size() - 1).at(), at);
            }
            boolean recalled = random.nextDouble() < ModelCurve.recall(w, elapsed, stability);
            log.add(new ReviewEvent(at, recalled ? Rating.of(pick(PASS_RATINGS) + 2) : Rating.AGAIN));
        }
        return log;
    }

    private boolean lastWasLongTerm(List<ReviewEvent> log) {
        int n = log.size();
        return ReviewContext.calendarDaysBetween(log.get(n - 2).at(), log.get(n - 1).at()) > 0;
    }

    /** The true stability after the whole log: the model run over it with a placeholder target. */
    private double stabilityAfter(List<ReviewEvent> log) {
        int n = log.size();
        int[] ratings = new int[n + 1];
        int[] days = new int[n + 1];
        for (int i = 0; i < n; i++) {
            ratings[i] = log.get(i).rating().value();
            days[i] = i == 0 ? 0 : ReviewContext.calendarDaysBetween(log.get(i - 1).at(), log.get(i).at());
        }
        ratings[n] = 3;
        days[n] = 1;
        return new ModelCurve(w, false).stabilityBefore(new TrainingItem(ratings, days));
    }

    private int pick(double[] shares) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    static double[] array(List<Double> weights) {
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static List<Double> list(double... weights) {
        return Arrays.stream(weights).boxed().toList();
    }
}
