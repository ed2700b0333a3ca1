package dev.glossary.search;

import dev.glossary.deck.Term;

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

    /** Adds the term's variants to {@code variants}, best kind first, each key once per term. */
    static void addAll(int index, Term term, List<NameVariant> variants) {
        int first = variants.size();
        add(variants, first, index, Kind.NAME, term.name());
        for (String alias : term.aliases()) {
            add(variants, first, index, Kind.ALIAS, alias);
        }
        addParts(variants, first, index, term.name());
        for (String alias : term.aliases()) {
            addParts(variants, first, index, alias);
        }
        int withParts = variants.size();
        for (int v = first; v < withParts; v++) {
            String initials = initials(variants.get(v).words());
            if (initials.length() >= MIN_INITIALS && !hasKey(variants, first, initials)) {
                variants.add(new NameVariant(index, Kind.INITIALS, List.of(initials), initials));
            }
        }
    }

    private static void addParts(List<NameVariant> variants, int first, int index, String name) {
        if (name.indexOf('(') > 0) {
            Matcher parts = PARENTHESISED.matcher(name);
            if (parts.matches()) {
                add(variants, first, index, Kind.PART, parts.group(1));
                add(variants, first, index, Kind.PART, parts.group(2));
            }
        }
    }

    private static void add(List<NameVariant> variants, int first, int index, Kind kind, String text) {
        List<String> words = Tokenizer.foldedWords(text);
        String key = String.join("", words);
        if (!words.isEmpty() && !hasKey(variants, first, key)) {
            variants.add(new NameVariant(index, kind, words, key));
        }
    }

    /** A term has a handful of variants, so a scan beats a set. */
    private static boolean hasKey(List<NameVariant> variants, int first, String key) {
        for (int v = first; v < variants.size(); v++) {
            if (variants.get(v).key().equals(key)) {
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
