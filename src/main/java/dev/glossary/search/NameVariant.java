package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * One name a term can be found by: its name, an alias, either half of "JWT (JSON Web Token)" (but only the
 * name of "Guard (backend)", whose parenthesis qualifies rather than spells out), or the initials
 * of a long name ("Time to Live" as "ttl"), so acronyms work both ways without the deck listing each one.
 *
 * @param term  the term's index in the deck
 * @param words the folded words
 * @param key   the words run together: "Server-Sent Events" and "server sent events" are both "serversentevents"
 */
record NameVariant(int term, Kind kind, List<String> words, String key) {
    /** Where a variant came from, and how much a match on it counts: a term's own name counts most. */
    enum Kind {
        NAME(1.0), ALIAS(0.95), PART(0.9), INITIALS(0.8);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    private static final int MIN_INITIALS = 3;

    /**
     * Adds the term's variants to {@code variants}, best kind first, each key once per term. The scanner is the
     * caller's, reused from term to term, as a deck can have hundreds of thousands of names. Lists are walked
     * by index here and in NameTable: under C1 (the launcher's JIT) each for-each would allocate an iterator.
     */
    static void addAll(int index, Term term, Tokenizer.Scanner scanner, List<NameVariant> variants) {
        TermVariants found = new TermVariants(index, scanner, variants);
        List<String> aliases = term.aliases();
        found.add(Kind.NAME, term.name());
        for (int a = 0; a < aliases.size(); a++) {
            found.add(Kind.ALIAS, aliases.get(a));
        }
        found.addParts(term.name());
        for (int a = 0; a < aliases.size(); a++) {
            found.addParts(aliases.get(a));
        }
        found.addInitials();
    }

    /** One term's variants as they are found, so that each key is checked against the term's others. */
    private static final class TermVariants {
        private final int index;
        private final Tokenizer.Scanner scanner;
        private final List<NameVariant> variants;
        private final int first;
        private final List<List<String>> plainNames = new ArrayList<>();

        TermVariants(int index, Tokenizer.Scanner scanner, List<NameVariant> variants) {
            this.index = index;
            this.scanner = scanner;
            this.variants = variants;
            this.first = variants.size();
        }

        /**
         * Adds one variant unless its key is already there. Its words are noted for initials only if the text
         * has no parentheses: "JWT (JSON Web Token)" has none of its own, its "JSON Web Token" part gives "jwt".
         */
        void add(Kind kind, String text) {
            List<String> words = scanner.words(text);
            String key = String.join("", words);
            if (!words.isEmpty() && !hasKey(key)) {
                variants.add(new NameVariant(index, kind, words, key));
            }
            if (text.indexOf('(') < 0) {
                plainNames.add(words);
            }
        }

        /**
         * The halves of "JWT (JSON Web Token)": what comes before a parenthesis, and what it holds when it
         * closes at the end of the name, if one half abbreviates the other. "Guard (backend)" and "Entity (DDD)"
         * are found as "guard" and "entity", but their qualifiers are no names of theirs: "backend" would
         * otherwise be an exact match for every term the deck qualifies so. The split is the regex
         * {@code (.+?)\s*\((.+)\)\s*} written out, as compiling and running it was a visible share of a cold
         * one-shot's index build.
         */
        void addParts(String name) {
            int close = lastNonSpace(name);
            if (name.indexOf('(') <= 0 || close < 0 || name.charAt(close) != ')') {
                return;
            }
            for (int open = name.indexOf('('); open >= 0 && open < close - 1; open = name.indexOf('(', open + 1)) {
                int before = open;
                while (before > 1 && isSpace(name.charAt(before - 1))) {
                    before--;
                }
                if (hasLineBreak(name, 0, before)) {
                    return;
                }
                if (!hasLineBreak(name, open + 1, close)) {
                    String inside = name.substring(open + 1, close);
                    add(Kind.PART, name.substring(0, before));
                    if (Abbreviation.pairs(scanner.words(name.substring(0, before)), scanner.words(inside))) {
                        add(Kind.PART, inside);
                    }
                    return;
                }
            }
        }

        /** Last, so that a name or alias that happens to equal some initials keeps its better kind. */
        void addInitials() {
            for (int n = 0; n < plainNames.size(); n++) {
                String initials = initials(plainNames.get(n));
                if (initials.length() >= MIN_INITIALS && !hasKey(initials)) {
                    variants.add(new NameVariant(index, Kind.INITIALS, List.of(initials), initials));
                }
            }
        }

        /** A term has a handful of variants, so a scan beats a set. */
        private boolean hasKey(String key) {
            for (int v = first; v < variants.size(); v++) {
                if (variants.get(v).key().equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whitespace as the regex {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Whether {@code text} has, from {@code from} up to {@code to}, a character the regex {@code .} does not match. */
    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Only for names of three or more words that all start with a letter: "HTTP 404 Not Found" has none. */
    private static String initials(List<String> words) {
        if (words.size() < MIN_INITIALS) {
            return "";
        }
        StringBuilder initials = new StringBuilder(words.size());
        for (String word : words) {
            if (!Character.isLetter(word.charAt(0))) {
                return "";
            }
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }
}
