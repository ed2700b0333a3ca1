package dev.glossary.deck;

import java.util.Locale;
import java.util.Optional;

/** How hard a term is; the lower-case {@link #id()} is what deck files and the command line use. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** Every term of a deck parses its level, so the ids and the list of levels are made once. */
    private static final Level[] ALL = values();
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Level level : ALL) {
            if (level.id.equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
