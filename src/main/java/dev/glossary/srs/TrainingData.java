package dev.glossary.srs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A review log made ready for {@link WeightOptimizer} and {@link ModelEvaluation}, built from each card's
 * answers: {@code TrainingData.of(List.of(cardA, cardB))}. Like Anki's conversion for fsrs-rs, every review on
 * a later UTC calendar day than the one before it becomes an item (the history up to it, and whether it was
 * recalled); same-day reviews are part of the histories but are not predicted. Items are kept in the order
 * of their reviews, oldest first, for the recency weights and for splits by time.
 */
public final class TrainingData {
    private final List<TrainingItem> items;
    private final int reviews;
    private final int cards;

    private TrainingData(List<TrainingItem> items, int reviews, int cards) {
        this.items = items;
        this.reviews = reviews;
        this.cards = cards;
    }

    public static TrainingData of(List<List<ReviewEvent>> histories) {
        record Dated(Instant at, TrainingItem item) {
        }
        List<Dated> dated = new ArrayList<>();
        int reviews = 0;
        int cards = 0;
        for (List<ReviewEvent> history : histories) {
            List<ReviewEvent> sorted = history.stream().sorted(Comparator.comparing(ReviewEvent::at)).toList();
            if (sorted.isEmpty()) {
                continue;
            }
            cards++;
            reviews += sorted.size();
            int[] ratings = new int[sorted.size()];
            int[] days = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                ratings[i] = sorted.get(i).rating().value();
                days[i] = i == 0 ? 0 : ReviewContext.calendarDaysBetween(sorted.get(i - 1).at(), sorted.get(i).at());
                if (i > 0 && days[i] > 0) {
                    dated.add(new Dated(sorted.get(i).at(), new TrainingItem(
                            java.util.Arrays.copyOf(ratings, i + 1), java.util.Arrays.copyOf(days, i + 1))));
                }
            }
        }
        dated.sort(Comparator.comparing(Dated::at));
        return new TrainingData(dated.stream().map(Dated::item).toList(), reviews, cards);
    }

    private TrainingData withItems(List<TrainingItem> subset) {
        return new TrainingData(subset, reviews, cards);
    }

    /** Every review given, same-day ones included. */
    public int reviews() {
        return reviews;
    }

    public int cards() {
        return cards;
    }

    /** The reviews that can be predicted: those on a later day than the review before. */
    public int predictions() {
        return items.size();
    }

    /** The first {@code count} predictions in time, with their histories. */
    public TrainingData first(int count) {
        return withItems(items.subList(0, count));
    }

    /**
     * The predictions fsrs-rs evaluates, in the order it weights them by: as its own tests and its npm binding
     * prepare a log for {@code evaluate}, the items of rare or very long first intervals are dropped (as in
     * training, see {@link InitialStability#removeOutliers}), and the items of a card's first review on a
     * later day come first, grouped by first rating and interval, before all the later ones in time order.
     */
    public TrainingData withoutOutliers() {
        InitialStability.Split split = InitialStability.removeOutliers(items);
        List<TrainingItem> kept = new ArrayList<>(split.pretraining());
        for (TrainingItem item : split.training()) {
            if (item.longTermReviews() > 1) {
                kept.add(item);
            }
        }
        return withItems(List.copyOf(kept));
    }

    List<TrainingItem> items() {
        return items;
    }
}
