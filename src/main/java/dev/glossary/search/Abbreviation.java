package dev.glossary.search;

import java.util.List;

/**
 * Whether one half of a name such as "JWT (JSON Web Token)" abbreviates the other, so that both are names of
 * the term, as against a qualifier as in "Guard (backend)" or "Entity (DDD)". An abbreviation is one word whose
 * letters can be taken, in order, from the other half: at least one from each of its words ("xml" from
 * "eXtensible Markup Language", "php" from "PHP: Hypertext Preprocessor"), short words such as "of" and "and"
 * may give none, and a single word must start with the same letter ("otel" from "OpenTelemetry").
 */
final class Abbreviation {
    /** Words this short ("of", "the", "and", "for") are often left out of an acronym. */
    private static final int SKIPPABLE = 3;

    private Abbreviation() {}

    static boolean pairs(List<String> one, List<String> other) {
        return (one.size() == 1 && abbreviates(one.get(0), other))
                || (other.size() == 1 && abbreviates(other.get(0), one));
    }

    static boolean abbreviates(String word, List<String> words) {
        int length = 0;
        for (int w = 0; w < words.size(); w++) {
            length += words.get(w).length();
        }
        if (word.isEmpty() || words.isEmpty() || length <= word.length()) {
            return false;
        }
        if (words.size() == 1) {
            String whole = words.get(0);
            return whole.charAt(0) == word.charAt(0) && taken(word, 0, word.length(), whole) >= 0;
        }
        return fits(word, 0, words, 0);
    }

    /** Whether letters {@code at..} of {@code word} can be taken from words {@code w..}, each giving some. */
    private static boolean fits(String word, int at, List<String> words, int w) {
        if (w == words.size()) {
            return at == word.length();
        }
        String source = words.get(w);
        if (source.length() <= SKIPPABLE && fits(word, at, words, w + 1)) {
            return true;
        }
        // Taking more letters from one word only gets harder, so stop at the first count that cannot be taken.
        for (int end = at + 1; end <= word.length() && taken(word, at, end, source) >= 0; end++) {
            if (fits(word, end, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Where in {@code source} letters {@code from..to} of {@code word} end when taken in order, or -1. */
    private static int taken(String word, int from, int to, String source) {
        int s = 0;
        for (int i = from; i < to; i++) {
            while (s < source.length() && source.charAt(s) != word.charAt(i)) {
                s++;
            }
            if (s == source.length()) {
                return -1;
            }
            s++;
        }
        return s;
    }
}
