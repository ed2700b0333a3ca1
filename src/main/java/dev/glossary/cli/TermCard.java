package dev.glossary.cli;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;

import java.util.stream.Collectors;

/** Renders one term in full, as {@code show} prints it, wrapped to the screen and with deck text sanitised. */
final class TermCard {
    private final Screen screen;
    private final Painter paint;

    TermCard(Screen screen, Painter paint) {
        this.screen = screen;
        this.paint = paint;
    }

    String render(Term term, Deck deck) {
        StringBuilder out = new StringBuilder();
        String header = paint.bold(SafeText.line(term.name())) + "  " + paint.level(term.level())
                + (term.category().isEmpty() ? "" : paint.faint(" · " + SafeText.line(term.category())));
        out.append(header).append('\n');
        out.append(Wrap.indented(SafeText.clean(term.definition()), screen.width(), "  "));
        if (!term.example().isEmpty()) {
            out.append('\n').append(Wrap.indented("Example: " + SafeText.clean(term.example()), screen.width(), "  "));
        }
        if (!term.aliases().isEmpty()) {
            out.append(Wrap.indented("Also known as: " + term.aliases().stream().map(SafeText::line)
                    .collect(Collectors.joining(", ")), screen.width(), "  "));
        }
        var related = deck.related(term);
        if (!related.isEmpty()) {
            out.append(Wrap.indented("Related: " + related.stream().map(t -> SafeText.line(t.name()))
                    .collect(Collectors.joining(", ")), screen.width(), "  "));
        }
        if (!term.tags().isEmpty()) {
            out.append(Wrap.indented("Tags: " + term.tags().stream().map(SafeText::line)
                    .collect(Collectors.joining(", ")), screen.width(), "  "));
        }
        return out.toString();
    }
}
