package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides a term in a text so a question does not give its answer away:
 * {@code Masker.mask(term, term.definition())}.
 *
 * <p>First whole phrases, longest first: the name, each alias, the parts of "JWT (JSON Web Token)", and
 * the name without its qualifier or generic last word ("Entity" for "Entity (DDD)", "Circuit Breaker" for
 * "Circuit Breaker Pattern", "N+1" for "N+1 Problem"), whatever the case and whether written with spaces,
 * hyphens, dots or nothing between the words, with a plural "s"/"es". Then the words that make the name
 * what it is, on their own, when they are distinctive (four letters or more and not a common word, see
 * {@link Text#COMMON}):
 * <ul>
 *   <li>each such word of the name (or of its parts) as written, in the plural or possessive, or sharing a
 *       long root with it ("idempotent" for "Idempotency");</li>
 *   <li>the head word (the last one, or a one-word name) also in its other forms: "limiter" and "limits"
 *       for "Rate Limiting", "cached" for "Caching".</li>
 * </ul>
 * Ordinary words that only look like a name's word are left, so the question stays readable: other forms
 * of a word that is not the head ("points" for "Null Pointer Exception"); the words of a longer alias ("a
 * good one checks its dependencies", though "health check endpoint" is an alias of "Health Endpoint", and
 * "query" for "N+1 query problem"); the words a one-word alias leaves out ("Apache" when "Apache Pulsar" is
 * also "Pulsar"); and a qualifier such as "DDD", which is context, not the answer. Matches are on word
 * boundaries ("Bun" never hides "bundler"), and neighbouring blanks merge into one, so the number of words
 * is not a hint either.
 */
public final class Masker {
    public static final String BLANK = "_____";

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String SEPARATOR = "[\\s\\p{Pd}./]{0,3}";
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SIBILANT_END = Pattern.compile("(?:s|x|z|ch|sh)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANKS = Pattern.compile(Pattern.quote(BLANK) + "(?:[\\s\\p{Pd}./]+"
            + Pattern.quote(BLANK) + ")+");

    private Masker() {
    }

    /** The term's definition with the term hidden. */
    public static String maskDefinition(Term term) {
        return mask(term, term.definition());
    }

    /**
     * The term's definition with the term hidden, and its twins' names too ({@code deck.same(term)}): a twin's
     * name is a right answer as well, so showing it would give the answer away.
     */
    public static String maskDefinition(Term term, List<Term> twins) {
        String masked = maskDefinition(term);
        if (twins.isEmpty()) {
            return masked;
        }
        for (Term twin : twins) {
            for (String phrase : phrases(twin)) {
                if (mayAppear(phrase, masked)) {
                    masked = phrasePattern(phrase).matcher(masked).replaceAll(BLANK);
                }
            }
        }
        return BLANKS.matcher(masked).replaceAll(BLANK);
    }

    public static String mask(Term term, String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String masked = text;
        for (String phrase : phrases(term)) {
            if (mayAppear(phrase, masked)) {
                masked = phrasePattern(phrase).matcher(masked).replaceAll(BLANK);
            }
        }
        Words words = Words.of(term);
        Matcher m = WORD.matcher(masked);
        StringBuilder out = new StringBuilder(masked.length());
        while (m.find()) {
            String word = Text.compact(m.group());
            m.appendReplacement(out, words.hides(word) ? BLANK : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return BLANKS.matcher(out).replaceAll(BLANK);
    }

    /**
     * Whether a text names the term: its name, an alias, a part or its name without qualifier or generic
     * word, as a whole phrase. A choice question uses it to keep out options its question names.
     */
    public static boolean mentions(Term term, String text) {
        for (String phrase : phrases(term)) {
            if (mayAppear(phrase, text) && phrasePattern(phrase).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A term's phrases, for asking of many texts whether they name it: a phrase's pattern is compiled the first
     * time a text may hold it ({@link #mayAppear}), which most texts do not, so a ladder that asks it of a
     * whole deck's definitions compiles few.
     */
    static final class Mentions {
        private final List<String> texts;
        private final Pattern[] patterns;

        private Mentions(List<String> texts) {
            this.texts = texts;
            this.patterns = new Pattern[texts.size()];
        }

        static Mentions of(Term term) {
            return new Mentions(phrases(term));
        }

        boolean in(String text) {
            for (int i = 0; i < patterns.length; i++) {
                if (!mayAppear(texts.get(i), text)) {
                    continue;
                }
                if (patterns[i] == null) {
                    patterns[i] = phrasePattern(texts.get(i));
                }
                if (patterns[i].matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the phrase's first word is in the text at all, whatever its case, as its pattern compares
     * letters: most texts hold none of a term's phrases, and this is much cheaper than compiling and running
     * the pattern to find out.
     */
    private static boolean mayAppear(String phrase, String text) {
        for (String token : TOKEN_SPLIT.split(phrase.strip())) {
            if (!token.isEmpty()) {
                // The first letter as regionMatches compares it, so that most places are passed over without a call.
                char upper = Character.toUpperCase(token.charAt(0));
                char lower = Character.toLowerCase(upper);
                for (int at = 0; at + token.length() <= text.length(); at++) {
                    char u = Character.toUpperCase(text.charAt(at));
                    if ((u == upper || Character.toLowerCase(u) == lower)
                            && text.regionMatches(true, at, token, 0, token.length())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /**
     * The words, lower-cased, that a way of writing the term can begin with: every word of its names, since
     * each of its phrases is made of them. A text none of whose words begins with one of these names no
     * phrase of the term.
     */
    static Set<String> nameWords(Term term) {
        Set<String> words = new HashSet<>();
        for (String name : term.names()) {
            for (String token : TOKEN_SPLIT.split(name)) {
                if (!token.isEmpty()) {
                    words.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** The words of a text, lower-cased: split as phrases are, and at every other character that is no letter or digit. */
    static Set<String> textWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : TOKEN_SPLIT.split(text)) {
            if (!token.isEmpty()) {
                words.add(token.toLowerCase(Locale.ROOT));
            }
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The ways of writing the term that can appear in running text, longest first. */
    private static List<String> phrases(Term term) {
        List<String> phrases = new ArrayList<>();
        for (Forms.Form form : Forms.of(term)) {
            // "JWT (JSON Web Token)" as a whole is covered by its parts; a qualifier such as "(DDD)" stays.
            if (!form.display().contains("(")) {
                phrases.add(form.display());
            }
        }
        phrases.sort(Comparator.comparingInt((String p) -> Text.compact(p).length()).reversed());
        return phrases;
    }

    private static Pattern phrasePattern(String phrase) {
        StringBuilder regex = new StringBuilder(WORD_START);
        String separator = "";
        String last = "";
        for (String token : TOKEN_SPLIT.split(phrase.strip())) {
            if (!token.isEmpty()) {
                regex.append(separator).append(Pattern.quote(token));
                separator = SEPARATOR;
                last = token;
            }
        }
        if (separator.isEmpty()) {
            return symbolPattern(phrase.strip());
        }
        // "-es" only where English puts it ("caches", "proxies" aside): "goes" is no plural of "Go".
        regex.append(SIBILANT_END.matcher(last).find() ? "(?:'?s|es)?" : "(?:'?s)?").append(WORD_END);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A name of symbols only ({@code &&}, {@code ->}) as written, where no more of its own characters are next
     * to it: "&&" is hidden in "a && b" but not in "a &&& b".
     */
    private static Pattern symbolPattern(String phrase) {
        StringBuilder own = new StringBuilder();
        phrase.codePoints().distinct().forEach(c -> own.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return Pattern.compile("(?<![" + own + "])" + Pattern.quote(phrase) + "(?![" + own + "])");
    }

    /** The words of a name that are hidden on their own: see the class comment. */
    private record Words(Set<String> words, Set<String> heads) {

        static Words of(Term term) {
            Set<String> words = new LinkedHashSet<>();
            Set<String> heads = new LinkedHashSet<>();
            Set<String> shortNames = new LinkedHashSet<>();
            for (String alias : term.aliases()) {
                List<String> aliasWords = Text.words(alias);
                if (aliasWords.size() == 1) {
                    shortNames.add(aliasWords.get(0));
                    add(aliasWords, words, heads);
                }
            }
            for (String part : parts(term.name())) {
                List<String> partWords = Text.words(part);
                if (partWords.size() > 1 && partWords.stream().anyMatch(shortNames::contains)) {
                    // "Apache Pulsar" is also "Pulsar": the rest of the name only qualifies it.
                    partWords = partWords.stream().filter(shortNames::contains).toList();
                }
                add(partWords, words, heads);
            }
            return new Words(words, heads);
        }

        /** The name without qualifier or generic word when it has one, and the parts of "JWT (JSON Web Token)". */
        private static List<String> parts(String name) {
            List<String> parts = new ArrayList<>();
            List<String> cores = Forms.cores(name);
            String core = cores.isEmpty() ? name : cores.get(cores.size() - 1);
            parts.addAll(Forms.expansion(core).orElse(List.of(core)));
            return parts;
        }

        private static void add(List<String> partWords, Set<String> words, Set<String> heads) {
            List<String> distinctive = partWords.stream().filter(Text::isDistinctive).toList();
            words.addAll(distinctive);
            if (!distinctive.isEmpty()) {
                heads.add(distinctive.get(distinctive.size() - 1));
            }
        }

        boolean hides(String word) {
            if (word.length() < 4) {
                return false;
            }
            for (String w : words) {
                if (Text.sameOrPlural(word, w) || Text.longSharedRoot(word, w)) {
                    return true;
                }
            }
            return heads.stream().anyMatch(h -> Text.sameRoot(word, h));
        }

    }
}
