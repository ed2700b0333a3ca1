package dev.glossary.exchange;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Level;
import dev.glossary.deck.Term;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a deck as a Markdown glossary to read or print: {@code new MarkdownExporter().write(deck, out)}.
 * The deck name is the title, its description follows, then one section per level (Beginner, Intermediate,
 * Advanced) with each term under its own heading: definition, example, other names, twins (terms of the deck
 * that mean the same), category, related terms.
 * Deck text is escaped so that it prints as written: a definition that starts with "#" or "1." stays text.
 */
public final class MarkdownExporter implements DeckExporter {
    /** Characters that mean something anywhere in a line, and an ampersand that would start an entity. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_<\\[\\]~]|&(?=[a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;"
            + "|#[xX][0-9a-fA-F]+;))");
    /** What would start a heading, quote, list, table, setext underline or thematic break. */
    private static final Pattern LINE_START = Pattern.compile("^([#>+\\-=|])");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d+)([.)])");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");

    @Override
    public void write(Deck deck, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(heading(deck.name())).append("\n\n");
        String edition = deck.metadata().edition();
        if (!edition.isEmpty()) {
            md.append('*').append(inline(edition)).append("*\n\n");
        }
        if (!deck.description().isBlank()) {
            md.append(paragraphs(deck.description())).append("\n\n");
        }
        for (Level level : Level.values()) {
            List<Term> terms = deck.terms().stream().filter(t -> t.level() == level).toList();
            if (terms.isEmpty()) {
                continue;
            }
            md.append("## ").append(level.id().substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(level.id().substring(1)).append("\n\n");
            for (Term term : terms) {
                term(deck, term, md);
            }
        }
        out.write(md.toString().stripTrailing());
        out.write("\n");
        out.flush();
    }

    private static void term(Deck deck, Term term, StringBuilder md) {
        md.append("### ").append(heading(term.name())).append("\n\n");
        md.append(paragraphs(term.definition())).append("\n\n");
        if (!term.example().isBlank()) {
            md.append("*Example:* ").append(paragraphs(term.example())).append("\n\n");
        }
        if (!term.aliases().isEmpty()) {
            md.append("*Also called:* ").append(list(term.aliases())).append("\n\n");
        }
        List<String> same = deck.same(term).stream().map(Term::name).toList();
        if (!same.isEmpty()) {
            md.append("*Same as:* ").append(list(same)).append("\n\n");
        }
        if (!term.category().isBlank()) {
            md.append("*Category:* ").append(inline(term.category())).append("\n\n");
        }
        List<String> related = deck.related(term).stream().map(Term::name).toList();
        if (!related.isEmpty()) {
            md.append("*Related:* ").append(list(related)).append("\n\n");
        }
    }

    private static String list(List<String> items) {
        return String.join(", ", items.stream().map(MarkdownExporter::inline).toList());
    }

    /** A heading is one line; a run of "#" at its end would be read as a closing sequence. */
    private static String heading(String text) {
        String line = inline(text.strip().replaceAll("\\s+", " "));
        return CLOSING_HASHES.matcher(line).replaceAll("$1\\\\$2");
    }

    /** Text on one line, as in a list: only the inline characters need escaping. */
    private static String inline(String text) {
        return INLINE.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
    }

    /**
     * Text that may have several lines: blank lines stay paragraph breaks, other line breaks become hard
     * breaks (a backslash at the end of the line), and each line is escaped at its start.
     */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.strip().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = escapeLine(lines[i].strip());
            if (line.isEmpty()) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append("\n\n");
                }
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append("\\\n");
            }
            out.append(line);
        }
        return out.toString();
    }

    private static String escapeLine(String line) {
        String escaped = INLINE.matcher(line).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceAll("\\\\$1");
        return ORDERED_ITEM.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
