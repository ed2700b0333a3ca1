package dev.glossary.term;

import java.time.Duration;
import java.time.Instant;

/** Short human durations for labels: {@code 10m}, {@code 3h}, {@code 5d}, {@code 4mo}, {@code 2y}. */
public final class Durations {
    private Durations() {
    }

    public static String until(Instant from, Instant to) {
        return of(Duration.between(from, to));
    }

    public static String of(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "<1m";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + "h";
        }
        long days = Math.round(minutes / 1440.0);
        if (days < 31) {
            return days + "d";
        }
        if (days < 365) {
            return Math.round(days / 30.4) + "mo";
        }
        return String.format("%.1fy", days / 365.0).replace(".0y", "y");
    }
}
