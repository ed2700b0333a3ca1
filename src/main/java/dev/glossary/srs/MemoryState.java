package dev.glossary.srs;

/** Stability and difficulty: the two numbers FSRS carries from one review to the next. */
record MemoryState(double stability, double difficulty) {

    /** ts-fsrs marks a never-reviewed card by S = D = 0 rather than by its state. */
    boolean isEmpty() {
        return stability == 0 && difficulty == 0;
    }
}
