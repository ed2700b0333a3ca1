package dev.glossary.search;

import java.util.ArrayList;
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
        List<String> all = Tokenizer.foldedWords(cut);
        List<String> words = List.copyOf(all.size() > MAX_WORDS ? all.subList(0, MAX_WORDS) : all);
        List<String> keywords = new ArrayList<>(words.size());
        for (String word : words) {
            if (!StopWords.contains(word)) {
                keywords.add(word);
            }
        }
        return new QueryText(words, String.join("", words), keywords.isEmpty() ? words : List.copyOf(keywords));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
