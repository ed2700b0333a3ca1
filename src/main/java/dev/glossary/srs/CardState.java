package dev.glossary.srs;

/**
 * Where a card is in its life: {@link Card#state()} holds it. The {@link #code()} is the number ts-fsrs,
 * py-fsrs and Anki use, so it is what a progress file stores.
 */
public enum CardState {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int code;

    CardState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CardState of(int code) {
        for (CardState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException("card state code must be 0 to 3, not " + code);
    }
}
