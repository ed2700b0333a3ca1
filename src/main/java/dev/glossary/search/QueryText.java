package dev.glossary.search;

import java.util.List;

/**
 * A query taken apart once: its words, the words run together ("Server-Sent Events" becomes
 * "serversentevents"), which is what whole names are compared on, and its keywords, which are what names are
 * matched on word by word.
 *
 * @param keywords the words less stop words, so "what is idempotency" looks for "idempotency"; all the words
 *                 if they are all stop words
 */
record QueryText(List<String> words, String compact, List<String> keywords) {
    /** Longer input is a pasted paragraph, not a name: cutting it keeps every query cheap. */
    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 16;

    static QueryText parse(String query) {
        if (query == null) {
            return new QueryText(List.of(), "", List.of());
        }
        String cut = query.length() > MAX_CHARS ? query.substring(0, MAX_CHARS) : query;
        List<String> words = Tokenizer.foldedWords(cut).stream().limit(MAX_WORDS).toList();
        List<String> keywords = words.stream().filter(word -> !StopWords.contains(word)).toList();
        return new QueryText(words, String.join("", words), keywords.isEmpty() ? words : keywords);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
