package dev.glossary.search;

import java.util.List;
import java.util.Objects;

/**
 * The part of a term's text to show under a hit, with the words that matched marked, so the terminal can bold
 * them.
 *
 * <pre>{@code
 * Snippet snippet = hit.snippet();
 * int at = 0;
 * for (Snippet.Span span : snippet.highlights()) {
 *     out.append(snippet.text(), at, span.start()).append(bold(snippet.text().substring(span.start(), span.end())));
 *     at = span.end();
 * }
 * out.append(snippet.text().substring(at));
 * }</pre>
 *
 * @param text       at most about 160 characters, with "…" where it was cut from a longer text
 * @param highlights the matched words in {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> highlights) {
    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the snippet's text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
