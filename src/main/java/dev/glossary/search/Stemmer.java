package dev.glossary.search;

/**
 * A small, conservative English suffix stripper, so that "retries", "retried" and "retry" meet, as do
 * "caching", "caches" and "cache". Stems are only compared with other stems, never shown, so they need not
 * be words ("retri", "cach"); what matters is that a word and its inflections end up the same. Words shorter
 * than four letters, and anything but plain a–z, are left alone.
 */
final class Stemmer {
    private Stemmer() {}

    static String stem(String word) {
        if (word.length() < 4 || !isPlainLetters(word)) {
            return word;
        }
        String stem = stripAgent(stripInflection(word));
        stem = yToI(stem);
        return stem.length() >= 4 && stem.endsWith("e") ? cut(stem, 1) : stem;
    }

    private static String stripInflection(String word) {
        if (word.endsWith("ies") || word.endsWith("ied")) {
            // "retries" -> "retri" like "retry" -> "retri"; but "ties" -> "tie", not "ti"
            return word.length() > 4 ? cut(word, 2) : cut(word, 1);
        }
        if (word.endsWith("sses")) {
            return cut(word, 2);
        }
        if (word.endsWith("es") && endsWithSibilant(cut(word, 2)) && word.length() - 2 >= 3) {
            return cut(word, 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return cut(word, 1);
        }
        if (word.endsWith("ing")) {
            return stripVerbEnding(word, 3);
        }
        if (word.endsWith("ed") && !word.endsWith("eed")) {
            return stripVerbEnding(word, 2);
        }
        return word;
    }

    /** "limiter" -> "limit", "mapper" -> "map"; only on longer words, as "user" and "order" are not agents. */
    private static String stripAgent(String word) {
        return word.endsWith("er") && word.length() - 2 >= 4 ? undouble(cut(word, 2)) : word;
    }

    /** "string" keeps its "ing": what would be left has no vowel, so it was never a verb ending. */
    private static String stripVerbEnding(String word, int length) {
        String base = cut(word, length);
        return base.length() >= 3 && hasVowel(base) ? undouble(base) : word;
    }

    private static String yToI(String word) {
        int n = word.length();
        return n >= 3 && word.charAt(n - 1) == 'y' && !isVowel(word.charAt(n - 2)) ? cut(word, 1) + "i" : word;
    }

    /** "mapping" -> "mapp" -> "map"; but "falling", "passing" and "buzzing" keep theirs. */
    private static String undouble(String base) {
        int n = base.length();
        char last = base.charAt(n - 1);
        boolean doubled = n >= 2 && base.charAt(n - 2) == last && !isVowel(last) && "lsz".indexOf(last) < 0;
        return doubled ? cut(base, 1) : base;
    }

    private static boolean endsWithSibilant(String base) {
        return base.endsWith("s") || base.endsWith("x") || base.endsWith("z")
                || base.endsWith("ch") || base.endsWith("sh");
    }

    private static boolean hasVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isVowel(text.charAt(i)) || text.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isPlainLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static String cut(String word, int length) {
        return word.substring(0, word.length() - length);
    }
}
