package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name a term can be found by: its name, an alias, either half of "JWT (JSON Web Token)", or the initials
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

    private static final Pattern PARENTHESISED = Pattern.compile("(.+?)\\s*\\((.+)\\)\\s*");
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

        /** The halves of "JWT (JSON Web Token)"; the regex runs only on names with a parenthesis, which are few. */
        void addParts(String name) {
            if (name.indexOf('(') <= 0) {
                return;
            }
            Matcher parts = PARENTHESISED.matcher(name);
            if (parts.matches()) {
                add(Kind.PART, parts.group(1));
                add(Kind.PART, parts.group(2));
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
