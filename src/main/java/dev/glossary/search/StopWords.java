package dev.glossary.search;

import java.util.Set;

/**
 * English words too common to tell terms apart. Full text leaves them out of the index, which also keeps out
 * its longest postings; name matching skips them in questions such as "what is idempotency".
 */
final class StopWords {
    static final Set<String> ALL = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "has",
            "have", "how", "if", "in", "into", "is", "it", "its", "not", "of", "on", "or", "so", "such", "than",
            "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "what", "when",
            "which", "while", "who", "will", "with", "you", "your");

    private StopWords() {}

    static boolean contains(String word) {
        return ALL.contains(word);
    }
}
