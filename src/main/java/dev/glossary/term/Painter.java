package dev.glossary.term;

import dev.glossary.deck.Level;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Applies emphasis through JLine's attributed strings when colour is allowed, and returns the text
 * untouched otherwise, so callers style freely and piped output stays plain.
 */
public final class Painter {
    private final boolean color;

    public Painter(boolean color) {
        this.color = color;
    }

    public boolean color() {
        return color;
    }

    public String bold(String s) {
        return paint(s, AttributedStyle.BOLD);
    }

    public String faint(String s) {
        return paint(s, AttributedStyle.DEFAULT.faint());
    }

    public String good(String s) {
        return paint(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN));
    }

    public String bad(String s) {
        return paint(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
    }

    public String accent(String s) {
        return paint(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    public String warn(String s) {
        return paint(s, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    public String level(Level level) {
        return switch (level) {
            case BEGINNER -> good(level.id());
            case INTERMEDIATE -> warn(level.id());
            case ADVANCED -> bad(level.id());
        };
    }

    private String paint(String s, AttributedStyle style) {
        if (!color || s.isEmpty()) {
            return s;
        }
        return new AttributedString(s, style).toAnsi();
    }
}
