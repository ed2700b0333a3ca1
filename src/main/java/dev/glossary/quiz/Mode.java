package dev.glossary.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a term is asked. {@code FLIP}: show the definition, reveal the term, the learner rates themselves;
 * {@code CHOICE}: the masked definition and four terms to pick from; {@code TYPED}: the masked definition,
 * the learner types the term; {@code REVERSE}: the term and four definitions to pick from; {@code MIXED}:
 * one of the others per term, see {@link ModeChooser}. The lower-case {@link #id()} is what the command
 * line uses.
 */
public enum Mode {
    FLIP, CHOICE, TYPED, REVERSE, MIXED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id().equals(wanted)).findFirst();
    }

    /** "flip, choice, typed, reverse, mixed": for help and error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id();
    }
}
