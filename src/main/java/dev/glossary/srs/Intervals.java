package dev.glossary.srs;

import java.util.OptionalDouble;

/** Turns a stability into whole days until the next review, fuzzed when the caller supplies a draw. */
final class Intervals {
    private final double modifier;
    private final int maximum;

    Intervals(FsrsParameters parameters, MemoryModel model) {
        modifier = model.intervalModifier(parameters.requestRetention());
        maximum = parameters.maximumInterval();
    }

    /** I(S) before fuzz: at least 1 day, at most the maximum interval. */
    int of(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * modifier)), maximum);
    }

    int of(double stability, int elapsedDays, OptionalDouble fuzzDraw) {
        int interval = of(stability);
        return fuzzDraw.isPresent() ? Fuzz.apply(interval, elapsedDays, maximum, fuzzDraw.getAsDouble()) : interval;
    }
}
