package dev.glossary.search;

/**
 * A small, conservative English suffix stripper, so that "retries", "retried" and "retry" meet, as do
 * "caching", "caches" and "cache", and the common word forms of a name: "serialize" and "serialization",
 * "paginate" and "pagination", "acknowledge" and "acknowledgment", "idempotent" and "idempotency". Stems are
 * only compared with other stems, never shown, so they need not be words ("retri", "cach"); what matters is
 * that a word and its forms end up the same, and that short words do not collide: "cors" is not "core".
 * Words shorter than four letters, and anything but plain a–z, are left alone.
 */
final class Stemmer {
    /** A plural "-is" that is an acronym's ("apis", "uris"); longer words in "-is" are singular: "redis", "basis". */
    private static final int ACRONYM_PLURAL_LENGTH = 4;
    /** What must be left before "-ment" ("deploy"-ment): "state"-ment and "pay"-ment are other words. */
    private static final int MIN_BEFORE_MENT = 6;
    /** What must be left before "-ent"/"-ency"/"-ence" ("idempot"-ent): "curr"-ent is not "curr"-ency. */
    private static final int MIN_BEFORE_ENT = 5;

    private Stemmer() {}

    static String stem(String word) {
        if (word.length() < 4 || !isPlainLetters(word)) {
            return word;
        }
        String stem = stripDerivation(stripAgent(stripInflection(americanSpelling(word))));
        stem = yToI(stem);
        return stem.length() >= 4 && stem.endsWith("e") && !isShortSyllable(cut(stem, 1)) ? cut(stem, 1) : stem;
    }

    /** "serialise", "serialised", "serialisation" are spelt with a z, so they meet "serialize". */
    private static String americanSpelling(String word) {
        int at = word.lastIndexOf("is");
        if (at < 3 || !isBritishEnding(word.substring(at + 2))) {
            return word;
        }
        return word.substring(0, at) + "iz" + word.substring(at + 2);
    }

    private static boolean isBritishEnding(String rest) {
        return rest.equals("e") || rest.equals("ed") || rest.equals("es") || rest.equals("er") || rest.equals("ers")
                || rest.equals("ing") || rest.equals("ation") || rest.equals("ations");
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
            // "cases" is "case" plus s, not "cas" plus es, as "boxes" is "box" plus es.
            return cut(word, isShortSyllable(cut(word, 2)) && word.charAt(word.length() - 3) == 's'
                    ? 1 : 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && (!word.endsWith("is") || word.length() == ACRONYM_PLURAL_LENGTH)) {
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

    /**
     * The noun of a verb or adjective back to what they share: "serialization" and "serialize" to "serializ",
     * "pagination" and "paginate" to "paginat", "acknowledgment" to "acknowledg(e)", "idempotency" and
     * "idempotent" to "idempoten". Only where enough is left that it cannot be another word.
     */
    private static String stripDerivation(String word) {
        if (word.endsWith("ization") && word.length() - 7 >= 3) {
            return cut(word, 5);
        }
        if (word.endsWith("ation") && word.length() - 5 >= 3) {
            return cut(word, 3);
        }
        if (word.endsWith("ment") && word.length() - 4 >= MIN_BEFORE_MENT) {
            return cut(word, 4);
        }
        if ((word.endsWith("ency") || word.endsWith("ence")) && word.length() - 4 >= MIN_BEFORE_ENT) {
            return cut(word, 2);
        }
        if (word.endsWith("ent") && word.length() - 3 >= MIN_BEFORE_ENT) {
            return cut(word, 1);
        }
        return word;
    }

    /**
     * "string" keeps its "ing": what would be left has no vowel, so it was never a verb ending. A short
     * syllable gets its e back, as "rating" is "rate" and "coding" "code"; a doubled letter does not:
     * "mapping" is "map".
     */
    private static String stripVerbEnding(String word, int length) {
        String base = cut(word, length);
        if (base.length() < 3 || !hasVowel(base)) {
            return word;
        }
        String undoubled = undouble(base);
        return undoubled.length() == base.length() && isShortSyllable(base) ? base + "e" : undoubled;
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

    /**
     * One vowel (or run of vowels) closed by one consonant, as in "rat", "cor", "stat" and "bas": the final e
     * of "rate", "core" and "base" is kept, so that "core" stays apart from "cors", while "cache" and "route"
     * still lose theirs. Porter's "measure 1, ends consonant-vowel-consonant" rule; w, x and y never close it.
     */
    private static boolean isShortSyllable(String base) {
        int n = base.length();
        if (n < 3 || !isConsonant(base, n - 1) || isConsonant(base, n - 2) || !isConsonant(base, n - 3)
                || "wxy".indexOf(base.charAt(n - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i < n - 3; i++) {
            if (!isConsonant(base, i)) {
                return false;
            }
        }
        return true;
    }

    /** A y after a consonant sounds as a vowel: "typ" of "type" is a short syllable. */
    private static boolean isConsonant(String word, int i) {
        char c = word.charAt(i);
        if (isVowel(c)) {
            return false;
        }
        return c != 'y' || i == 0 || !isConsonant(word, i - 1);
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
