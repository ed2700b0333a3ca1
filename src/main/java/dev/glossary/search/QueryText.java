package dev.glossary.search;

import java.util.List;

/**
 * A query taken apart once: its words, and the words run together ("Server-Sent Events" becomes
 * "serversentevents"), which is what whole names are compared on.
 */
record QueryText(List<String> words, String compact) {
    /** Longer input is a pasted paragraph, not a name: cutting it keeps every query cheap. */
    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 16;

    static QueryText parse(String query) {
        if (query == null) {
            return new QueryText(List.of(), "");
        }
        String cut = query.length() > MAX_CHARS ? query.substring(0, MAX_CHARS) : query;
        List<String> words = Tokenizer.foldedWords(cut).stream().limit(MAX_WORDS).toList();
        return new QueryText(words, String.join("", words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
