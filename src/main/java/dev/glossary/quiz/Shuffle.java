package dev.glossary.quiz;

import java.util.List;
import java.util.random.RandomGenerator;

/** Fisher–Yates with the caller's generator, so the same seed gives the same order. */
final class Shuffle {
    private Shuffle() {
    }

    static <T> void inPlace(List<T> list, RandomGenerator rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
