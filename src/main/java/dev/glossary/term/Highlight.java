package dev.glossary.term;

import dev.glossary.search.Snippet;

/**
 * Renders a search snippet with its matched words in bold. Each piece is sanitised on its own, so a
 * hostile deck cannot smuggle escapes through, and the highlight offsets stay right.
 */
public final class Highlight {
    private Highlight() {
    }

    public static String render(Snippet snippet, Painter paint) {
        String text = snippet.text();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Snippet.Span span : snippet.highlights()) {
            int start = Math.max(span.start(), at);
            int end = Math.min(span.end(), text.length());
            if (start >= end) {
                continue;
            }
            out.append(SafeText.line(text.substring(at, start)));
            out.append(paint.bold(SafeText.line(text.substring(start, end))));
            at = end;
        }
        out.append(SafeText.line(text.substring(Math.min(at, text.length()))));
        return out.toString();
    }
}
