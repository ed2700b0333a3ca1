package dev.glossary.deck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a definition gives its own term away, in one of three ways a quiz's masking of the exact name
 * misses or that still read as the answer: the name or an alias itself ("OK" in the card for 200); every word
 * of a longer name, in any order ("a queue where each item carries a priority"); or an acronym of the name
 * spelled out word by word ("dynamic-link library" in the card for DLL Hell).
 */
final class Giveaways {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");
    /** Words a name shares with half the deck; "Circuit Breaker Pattern" is given away by "circuit breaker". */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "and", "or", "for", "with", "to", "in",
            "on", "by", "as", "vs", "pattern", "backend");
    private static final String[] SUFFIXES = {"ing", "es", "ed", "s", "e"};

    private Giveaways() {
    }

    /** How the definition gives the term away, e.g. {@code "OK"}, or empty when it does not. */
    static Optional<String> find(Term t) {
        return names(t, t, true);
    }

    /**
     * How {@code t}'s definition names its twin {@code named}: by a whole name or an acronym spelled out. Not word
     * by word, as a quiz hides only a twin's whole names, so its words apart ("cron" in Scheduled Task's) are
     * not the answer.
     */
    static Optional<String> namesTwin(Term t, Term named) {
        return names(t, named, false);
    }

    private static Optional<String> names(Term t, Term named, boolean wordByWord) {
        String text = t.definition().toLowerCase(Locale.ROOT);
        List<String> words = words(text);
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.add(stem(w)));
        Set<String> qualifiers = new HashSet<>(acronyms(insideBrackets(named.name())));
        for (String name : named.names()) {
            Optional<String> found = whole(name, text).or(() -> wordByWord ? wordByWord(name, stems) : Optional.empty())
                    .or(() -> spelledOut(name, words, qualifiers));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> whole(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.length() < 2) {
            return Optional.empty();
        }
        return containsWord(text, n) ? Optional.of("\"" + name + "\"") : Optional.empty();
    }

    /**
     * Whether {@code text} holds {@code words} with no letter or digit joined on either side. By hand, as a
     * pattern compiled for each name took most of the time linting a large deck.
     */
    private static boolean containsWord(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> wordByWord(String name, Set<String> stems) {
        List<String> significant = new ArrayList<>();
        for (String w : words(outsideBrackets(name).toLowerCase(Locale.ROOT))) {
            if (w.length() > 1 && !FILLER.contains(w)) {
                significant.add(w);
            }
        }
        if (significant.size() < 2) {
            return Optional.empty();
        }
        for (String w : significant) {
            if (!stems.contains(stem(w))) {
                return Optional.empty();
            }
        }
        return Optional.of("\"" + name + "\", word by word");
    }

    /**
     * An all-capitals word of the name (CQRS, DLL) read as the initials of consecutive words of the text. One
     * that only qualifies the name, as in "Entity (DDD)", gives nothing away: the card has to say "domain-driven
     * design" to set the sense.
     */
    private static Optional<String> spelledOut(String name, List<String> words, Set<String> qualifiers) {
        for (String token : acronyms(outsideBrackets(name))) {
            if (qualifiers.contains(token)) {
                continue;
            }
            String initials = token.toLowerCase(Locale.ROOT);
            for (int i = 0; i + initials.length() <= words.size(); i++) {
                if (spells(initials, words.subList(i, i + initials.length()))) {
                    return Optional.of("\"" + token + "\" spelled out as \""
                            + String.join(" ", words.subList(i, i + initials.length())) + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /** Short words ("a", "it", "of") are allowed once, so that "and passes it" is not read as API. */
    private static boolean spells(String initials, List<String> run) {
        int shortWords = 0;
        for (int k = 0; k < initials.length(); k++) {
            String w = run.get(k);
            if (w.charAt(0) != initials.charAt(k)) {
                return false;
            }
            if (w.length() < 4) {
                shortWords++;
            }
        }
        return shortWords <= 1;
    }

    private static List<String> acronyms(String text) {
        List<String> acronyms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && w.chars().allMatch(Character::isUpperCase)) {
                acronyms.add(w);
            }
        }
        return acronyms;
    }

    private static String insideBrackets(String name) {
        StringBuilder inside = new StringBuilder();
        Matcher m = BRACKETS.matcher(name);
        while (m.find()) {
            inside.append(m.group(1)).append(' ');
        }
        return inside.toString();
    }

    private static String outsideBrackets(String name) {
        return BRACKETS.matcher(name).replaceAll(" ");
    }

    /** The words of {@code text} in lower case, in order: runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** A crude stem, so that "connections" gives away "Connection" and "caching" gives away "Cache". */
    private static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
