package dev.glossary.srs;

/**
 * One prediction to learn from, as fsrs-rs's {@code FSRSItem}: a card's ratings and the UTC calendar days
 * before each, up to and including a review on a later day than the one before it (the target).
 *
 * @param ratings 1 to 4, the first review's first
 * @param days    days since the review before; 0 for the first review and for same-day reviews
 */
record TrainingItem(int[] ratings, int[] days) {

    int length() {
        return ratings.length;
    }

    int targetDays() {
        return days[days.length - 1];
    }

    /** 1 when the target review was a pass (hard, good or easy), 0 for again. */
    double label() {
        return ratings[ratings.length - 1] > 1 ? 1 : 0;
    }

    int firstRating() {
        return ratings[0];
    }

    /** Reviews on a later day than the review before them. */
    int longTermReviews() {
        int count = 0;
        for (int d : days) {
            if (d > 0) {
                count++;
            }
        }
        return count;
    }

    int firstLongTermDays() {
        for (int d : days) {
            if (d > 0) {
                return d;
            }
        }
        throw new IllegalStateException("an item always ends in a long-term review");
    }

    /** Lapses before the target: reviews on a later day rated again. */
    int lapsesBefore() {
        int count = 0;
        for (int i = 0; i < ratings.length - 1; i++) {
            if (ratings[i] == 1 && days[i] > 0) {
                count++;
            }
        }
        return count;
    }
}
