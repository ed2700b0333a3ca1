package dev.glossary.term;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;
import dev.glossary.term.Painter;
import dev.glossary.term.SafeText;
import dev.glossary.term.Screen;
import dev.glossary.term.Wrap;

import java.util.ArrayList;
import java.util.List;

/** Renders one term in full, as {@code show} prints it, wrapped to the screen and with deck text sanitised. */
public final class TermCard {
    private final Screen screen;
    private final Painter paint;

    public TermCard(Screen screen, Painter paint) {
        this.screen = screen;
        this.paint = paint;
    }

    public String render(Term term, Deck deck) {
        return render(term, deck, "", false);
    }

    /**
     * The card with the learner's {@code progress} line under the header (none when empty) and, when {@code
     * numberRelated}, the related terms numbered for {@code show N}.
     */
    public String render(Term term, Deck deck, String progress, boolean numberRelated) {
        StringBuilder out = new StringBuilder();
        String header = paint.bold(SafeText.line(term.name())) + "  " + paint.level(term.level())
                + (term.category().isEmpty() ? "" : paint.faint(" · " + SafeText.line(term.category())));
        out.append(header).append('\n');
        if (!progress.isEmpty()) {
            out.append(Wrap.indented(paint.faint(progress), screen.width(), "  "));
        }
        out.append(Wrap.indented(SafeText.clean(term.definition()), screen.width(), "  "));
        if (!term.example().isEmpty()) {
            out.append('\n').append(Wrap.indented("Example: " + SafeText.clean(term.example()), screen.width(), "  "));
        }
        if (!term.aliases().isEmpty()) {
            out.append(Wrap.indented("Also known as: " + listed(term.aliases()), screen.width(), "  "));
        }
        var same = deck.same(term);
        if (!same.isEmpty()) {
            out.append(Wrap.indented("Same as: " + listed(names(same)), screen.width(), "  "));
        }
        // A twin is related as well (the deck links them both ways), but "Same as" has said it already.
        var related = deck.related(term).stream().filter(t -> !same.contains(t)).toList();
        if (!related.isEmpty()) {
            out.append(Wrap.indented("Related: " + (numberRelated ? numbered(names(related)) : listed(names(related))),
                    screen.width(), "  "));
        }
        if (!term.tags().isEmpty()) {
            out.append(Wrap.indented("Tags: " + listed(term.tags()), screen.width(), "  "));
        }
        return out.toString();
    }

    private static List<String> names(List<Term> terms) {
        List<String> names = new ArrayList<>(terms.size());
        for (Term term : terms) {
            names.add(term.name());
        }
        return names;
    }

    /** "1 PUT, 2 GET, 3 Idempotency Key": each number kept with its name when the line wraps. */
    private static String numbered(List<String> items) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(Wrap.together((i + 1) + " " + SafeText.line(items.get(i))));
        }
        return line.toString();
    }

    private static String listed(List<String> items) {
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            line.append(line.length() == 0 ? "" : ", ").append(SafeText.line(item));
        }
        return line.toString();
    }
}
