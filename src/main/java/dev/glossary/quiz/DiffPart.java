package dev.glossary.quiz;

import java.util.Objects;

/**
 * One run of a character diff between a typed answer and the expected one, for the UI to colour:
 * {@code SAME} text was typed right, {@code MISSING} text should have been typed, {@code EXTRA} text was
 * typed but does not belong.
 */
public record DiffPart(Kind kind, String text) {

    public enum Kind { SAME, MISSING, EXTRA }

    public DiffPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
