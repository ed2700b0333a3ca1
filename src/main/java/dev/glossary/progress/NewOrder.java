package dev.glossary.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order in which new terms join sessions ({@code config new-order}). {@code LEVEL}, the default:
 * beginner terms first, then intermediate, then advanced, each level in deck order, so that a first session
 * is not "Actix" and "Aggregate Root"; {@code DECK}: the deck's own order, for a teacher's course that builds
 * up on purpose; {@code RANDOM}: any order, for a learner who already knows the basics.
 */
public enum NewOrder {
    LEVEL, DECK, RANDOM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NewOrder> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.id().equals(wanted)).findFirst();
    }

    /** "level, deck or random": for help and error messages. */
    public static String ids() {
        String all = Arrays.stream(values()).map(NewOrder::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
