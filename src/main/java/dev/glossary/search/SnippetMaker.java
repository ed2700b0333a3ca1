package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the bit of a term's text to show under a hit. A full-text hit shows the words around its first match,
 * in the definition or else the example; a name hit shows the start of the definition. Query words found in
 * the shown text are highlighted either way.
 */
final class SnippetMaker {
    static final int LENGTH = 160;
    /** Context kept before the first match, so it reads as part of a sentence. */
    private static final int LEAD = 50;
    /** How far a cut may move to land between words rather than inside one. */
    private static final int SLACK = 20;
    private static final String ELLIPSIS = "…";

    private SnippetMaker() {}

    static Snippet snippet(Term term, MatchKind kind, QueryText query) {
        Set<String> wanted = new HashSet<>();
        for (String word : query.words()) {
            if (!StopWords.contains(word)) {
                wanted.add(word);
                wanted.add(Stemmer.stem(word));
            }
        }
        if (kind == MatchKind.FULL_TEXT) {
            for (String text : List.of(term.definition(), term.example())) {
                List<Snippet.Span> matches = matches(text, wanted);
                if (!matches.isEmpty()) {
                    return cut(text, matches, matches.get(0).start());
                }
            }
        }
        return cut(term.definition(), matches(term.definition(), wanted), 0);
    }

    /** The words of {@code text} that are wanted as written or by stem, in order, overlaps dropped. */
    static List<Snippet.Span> matches(String text, Set<String> wanted) {
        List<Snippet.Span> found = new ArrayList<>();
        for (Tokenizer.Token token : Tokenizer.wordsAndJoins(text)) {
            if (wanted.contains(token.text()) || wanted.contains(Stemmer.stem(token.text()))) {
                found.add(new Snippet.Span(token.start(), token.end()));
            }
        }
        // By start, and the longer of two that start together first.
        found.sort(Comparator.comparingInt(Snippet.Span::start)
                .thenComparing(Comparator.comparingInt(Snippet.Span::end).reversed()));
        List<Snippet.Span> apart = new ArrayList<>();
        for (Snippet.Span span : found) {
            if (apart.isEmpty() || span.start() >= apart.get(apart.size() - 1).end()) {
                apart.add(span);
            }
        }
        return apart;
    }

    /** About {@link #LENGTH} characters of {@code text} around {@code focus}, cut between words where it can. */
    static Snippet cut(String text, List<Snippet.Span> matches, int focus) {
        if (text.length() <= LENGTH) {
            return new Snippet(text, matches);
        }
        int start = focus <= LEAD ? 0 : Math.max(0, Math.min(focus - LEAD, text.length() - LENGTH));
        if (start > 0) {
            start = afterSpace(text, start, focus);
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            end = beforeSpace(text, end, focus);
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end > start && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String before = start > 0 ? ELLIPSIS : "";
        String after = end < text.length() ? ELLIPSIS : "";
        int shift = before.length() - start;
        List<Snippet.Span> shown = new ArrayList<>();
        for (Snippet.Span span : matches) {
            if (span.start() >= start && span.end() <= end) {
                shown.add(new Snippet.Span(span.start() + shift, span.end() + shift));
            }
        }
        return new Snippet(before + text.substring(start, end) + after, shown);
    }

    /** The first word start at or after {@code at}, if one comes soon and not past the focus. */
    private static int afterSpace(String text, int at, int focus) {
        for (int i = at; i < Math.min(focus, at + SLACK); i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return at;
    }

    /** The last word end at or before {@code at}, if one comes soon and not before the focus. */
    private static int beforeSpace(String text, int at, int focus) {
        for (int i = at; i > Math.max(focus, at - SLACK); i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return at;
    }
}
