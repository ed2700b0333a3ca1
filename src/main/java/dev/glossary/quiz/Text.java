package dev.glossary.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the quiz compares words: {@code Text.compact("Server-Sent Events")} is {@code "serversentevents"},
 * the same as for "server sent events". Case, accents, spacing, hyphens and punctuation never matter;
 * "2.0" reads as "2", and "+"/"#" are spelt out so that "C++" and "C#" stay apart.
 */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // "2.0" and "2.00" are "2", but "2.0.1" and "3.10" are left alone.
    private static final Pattern ZERO_DECIMALS = Pattern.compile("(\\d)(?:\\.0+)+(?!\\.?\\d)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Words a name may end with that say nothing about which term it is: "Saga Pattern" is "Saga". */
    static final Set<String> GENERIC_SUFFIXES = Set.of("pattern", "patterns", "principle", "technique", "strategy",
            "algorithm", "mechanism", "approach", "service", "backend", "runtime", "problem");

    /**
     * English function words and words so common in backend definitions that hiding them would make a
     * definition unreadable and sharing them says nothing about two terms being alike.
     */
    static final Set<String> COMMON = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "onto", "over", "under", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
            "that", "this", "these", "those", "than", "then", "when", "where", "which", "while", "who", "whom",
            "what", "how", "why", "not", "no", "yes", "can", "may", "must", "will", "would", "should", "could",
            "does", "do", "did", "each", "every", "any", "all", "some", "many", "more", "most", "less", "much",
            "one", "two", "three", "only", "also", "just", "even", "very", "such", "same", "other", "another",
            "about", "after", "before", "between", "without", "within", "through", "across", "their", "there",
            "they", "them", "your", "you", "have", "has", "having", "make", "makes", "made", "used", "uses",
            "using", "use", "like", "first", "second", "rather", "instead", "usually", "often", "thing", "things",
            "way", "ways", "part", "parts", "kind", "type", "types", "based", "else", "once", "again", "both",
            "either", "new", "given", "whether", "because", "so", "if", "per", "via", "out", "up", "down",
            "api", "apis", "app", "apps", "application", "applications", "backend", "call", "calls", "client",
            "clients", "code", "data", "error", "errors", "event", "events", "message", "messages", "model",
            "network", "object", "objects", "pattern", "patterns", "principle", "technique", "strategy",
            "algorithm", "mechanism", "approach", "process", "processes", "request", "requests", "response",
            "responses", "runtime", "server", "servers", "service", "services", "state", "system", "systems",
            "time", "user", "users", "value", "values", "web", "layer", "tool", "tools", "feature", "features",
            "operation", "operations", "resource", "resources", "protocol", "version", "design", "method",
            "methods", "node", "nodes", "problem", "problems");

    private static final String[] SUFFIXES = {"ations", "ation", "ments", "ment", "ings", "ing", "ency", "ence",
        "ance", "ions", "ion", "ers", "er", "ed", "es", "ent", "ant", "ity", "ive", "ly", "al", "s"};

    private Text() {
    }

    /** Lower case without accents, with "2.0" as "2" and "+"/"#" spelt out. */
    static String fold(String text) {
        // ASCII text is its own decomposition and has no marks: a deck's names are folded by the thousand.
        String s = ascii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('.') >= 0) {
            s = ZERO_DECIMALS.matcher(s).replaceAll("$1");
        }
        return s.replace("+", " plus ").replace("#", " sharp ");
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The folded words: runs of letters and digits. A text with none, such as a term named {@code &&}, {@code ->}
     * or {@code ?}, is its runs of other characters, so that it can still be typed, compared and masked.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (splitsAtOtherCharacters(text)) {
            String folded = text.toLowerCase(Locale.ROOT);
            int start = -1;
            for (int i = 0; i <= folded.length(); i++) {
                boolean inWord = i < folded.length() && isAsciiLetterOrDigit(folded.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    words.add(folded.substring(start, i));
                    start = -1;
                }
            }
        } else {
            for (String word : NON_WORD.split(fold(text))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            for (String symbols : SPACES.split(text.strip())) {
                if (!symbols.isEmpty()) {
                    words.add(symbols);
                }
            }
        }
        return words;
    }

    /** The folded words run together: what two spellings of one name have in common. */
    static String compact(String text) {
        int i = 0;
        while (i < text.length() && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        // A masked definition compacts its words one by one: a word of letters and digits is only lower-cased.
        if (i == text.length()) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (!splitsAtOtherCharacters(text)) {
            return String.join("", words(text));
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (isAsciiLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.isEmpty() ? String.join("", words(text)) : out.toString();
    }

    /**
     * Whether the text is ASCII other than "+", "#" and ".": then its letters and digits fold to their lower case
     * and every other character only parts words, so that it is split in one pass (a deck's names are split by
     * the thousand, some of them 10 000 characters long).
     */
    private static boolean splitsAtOtherCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiLetterOrDigit(text.charAt(i)) && !splitsWords(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean splitsWords(char c) {
        return c < 0x80 && c != '+' && c != '#' && c != '.' && !isAsciiLetterOrDigit(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The numbers in a compact text, in order: "http2" and "http 3" differ here even when a typo would not. */
    static String numbers(String compact) {
        List<String> runs = new ArrayList<>();
        var m = DIGITS.matcher(compact);
        while (m.find()) {
            runs.add(m.group());
        }
        return String.join(",", runs);
    }

    static boolean isCommon(String word) {
        return COMMON.contains(word);
    }

    /** A word worth hiding or comparing: four letters or more, with a letter, and not a common word. */
    static boolean isDistinctive(String word) {
        return word.length() >= 4 && !isCommon(word) && word.chars().anyMatch(Character::isLetter);
    }

    /** A crude stem, enough to see that "limiter", "limiting" and "limits" are one word. */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        String s = word;
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 4) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * Whether {@code word} is a form of {@code other} (both folded): the same word, the same stem, or a
     * shared beginning of six letters or more that is most of the shorter word ("idempotent" and
     * "idempotency").
     */
    static boolean sameRoot(String word, String other) {
        if (word.equals(other)) {
            return true;
        }
        if (word.length() < 4 || other.length() < 4) {
            return false;
        }
        String a = stem(word);
        if (a.length() >= 4 && a.equals(stem(other))) {
            return true;
        }
        return longSharedRoot(word, other);
    }

    /**
     * A shared beginning of six letters or more that is most of the shorter word: "idempotent" and
     * "idempotency", but not "unauthorized" and "unauthenticated".
     */
    static boolean longSharedRoot(String word, String other) {
        int shared = 0;
        int shorter = Math.min(word.length(), other.length());
        while (shared < shorter && word.charAt(shared) == other.charAt(shared)) {
            shared++;
        }
        return shared >= 6 && shared * 10 >= shorter * 7;
    }

    /**
     * Whether two folded words (or compact names) are one, up to a plural ending on the last word:
     * "entity" and "entities", "cache" and "caches", "graphqlsubscription" and "graphqlsubscriptions".
     */
    static boolean sameOrPlural(String a, String b) {
        return a.equals(b) || pluralOf(a, b) || pluralOf(b, a);
    }

    // Compared in place, without building the plural: a typed answer is checked against every term of a deck.
    private static boolean pluralOf(String plural, String singular) {
        int extra = plural.length() - singular.length();
        if ((extra == 1 || extra == 2) && plural.startsWith(singular) && plural.endsWith(extra == 1 ? "s" : "es")) {
            return !singular.endsWith("s") || plural.endsWith("es");
        }
        return extra == 2 && singular.length() > 2 && singular.endsWith("y") && plural.endsWith("ies")
                && plural.regionMatches(0, singular, 0, singular.length() - 1);
    }

    /**
     * Endings a word takes, by what they make of it; two forms of one word have different kinds of ending on
     * a common base of four letters or more ("retr-y" and "retr-ies", "monolith" and "monolith-ic"). Two
     * endings of one kind ("kubernet-s", "kubernet-es") are a misspelling, not another form.
     */
    private static final Map<String, String> ENDINGS = Map.ofEntries(
            Map.entry("", "base"), Map.entry("e", "base"), Map.entry("y", "base"),
            Map.entry("s", "plural"), Map.entry("es", "plural"), Map.entry("ies", "plural"),
            Map.entry("ed", "past"), Map.entry("ing", "doing"), Map.entry("ings", "doing"),
            Map.entry("er", "doer"), Map.entry("ers", "doer"), Map.entry("or", "doer"), Map.entry("ors", "doer"),
            Map.entry("ic", "quality"), Map.entry("ical", "quality"), Map.entry("al", "quality"),
            Map.entry("ive", "quality"), Map.entry("ent", "quality"), Map.entry("ly", "manner"),
            Map.entry("ion", "act"), Map.entry("ions", "act"), Map.entry("ation", "act"),
            Map.entry("ations", "act"), Map.entry("ment", "act"), Map.entry("ments", "act"),
            Map.entry("ity", "state"), Map.entry("ence", "state"), Map.entry("ency", "state"),
            Map.entry("ance", "state"), Map.entry("ness", "state"));
    static final int MIN_BASE = 4;
    private static final int LONGEST_ENDING = ENDINGS.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** Whether two folded words are forms of one word: "retries" and "retry", "monolithic" and "monolith". */
    static boolean wordForm(String typed, String word) {
        if (typed.equals(word)) {
            return true;
        }
        int shared = 0;
        int shorter = Math.min(typed.length(), word.length());
        while (shared < shorter && typed.charAt(shared) == word.charAt(shared)) {
            shared++;
        }
        for (int base = shared; base >= MIN_BASE; base--) {
            String a = ENDINGS.get(typed.substring(base));
            String b = ENDINGS.get(word.substring(base));
            if (a != null && b != null && !a.equals(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a compact spelling splits into as many words as {@code typed}, each a form of the typed word at its
     * place ({@link #wordForm}): what the spelling of a form whose words are forms of the typed ones passes.
     */
    static boolean mayBeWordForms(List<String> typed, String spelling) {
        return wordFormsFrom(typed, 0, spelling, 0);
    }

    private static boolean wordFormsFrom(List<String> typed, int word, String spelling, int at) {
        if (word == typed.size()) {
            return at == spelling.length();
        }
        String t = typed.get(word);
        if (spelling.startsWith(t, at) && wordFormsFrom(typed, word + 1, spelling, at + t.length())) {
            return true;
        }
        if (t.length() < MIN_BASE || !spelling.startsWith(t.substring(0, MIN_BASE), at)) {
            return false;
        }
        // Another form of the word keeps a base of the typed word and takes one of the endings.
        int last = Math.min(spelling.length(), at + t.length() + LONGEST_ENDING);
        for (int end = at + MIN_BASE; end <= last; end++) {
            if (wordForm(t, spelling.substring(at, end)) && wordFormsFrom(typed, word + 1, spelling, end)) {
                return true;
            }
        }
        return false;
    }
}
