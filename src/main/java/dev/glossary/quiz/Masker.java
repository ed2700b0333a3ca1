package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides a term in a text so a question does not give its answer away:
 * {@code Masker.mask(term, term.definition())}.
 *
 * <p>First whole phrases, longest first: the name, each alias, the parts of "JWT (JSON Web Token)", and
 * the name without its qualifier or generic last word ("Entity" for "Entity (DDD)", "Circuit Breaker" for
 * "Circuit Breaker Pattern"), whatever the case and whether written with spaces, hyphens, dots or nothing
 * between the words, with a plural "s"/"es". Then single words of the name that are distinctive (four
 * letters or more and not a common word, see {@link Text#COMMON}), with their inflections: "idempotent"
 * for "Idempotency", "limiter" for "Rate Limiting", "entities" for "Entity". A qualifier such as "DDD" is
 * left: it is context, not the answer. Matches are on word boundaries ("Bun" never hides "bundler"),
 * and neighbouring blanks merge into one, so the number of words is not a hint either.
 */
public final class Masker {
    public static final String BLANK = "_____";

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String SEPARATOR = "[\\s\\p{Pd}./]{0,3}";
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BLANKS = Pattern.compile(Pattern.quote(BLANK) + "(?:[\\s\\p{Pd}./]+"
            + Pattern.quote(BLANK) + ")+");

    private Masker() {
    }

    /** The term's definition with the term hidden. */
    public static String maskDefinition(Term term) {
        return mask(term, term.definition());
    }

    public static String mask(Term term, String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        List<String> phrases = phrases(term);
        String masked = text;
        for (String phrase : phrases) {
            masked = phrasePattern(phrase).matcher(masked).replaceAll(BLANK);
        }
        Set<String> distinctive = new LinkedHashSet<>();
        for (String phrase : phrases) {
            for (String word : Text.words(phrase)) {
                if (Text.isDistinctive(word)) {
                    distinctive.add(word);
                }
            }
        }
        Matcher m = WORD.matcher(masked);
        StringBuilder out = new StringBuilder(masked.length());
        while (m.find()) {
            String word = Text.compact(m.group());
            boolean hide = word.length() >= 4 && distinctive.stream().anyMatch(d -> Text.sameRoot(word, d));
            m.appendReplacement(out, hide ? BLANK : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return BLANKS.matcher(out).replaceAll(BLANK);
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
        for (String token : TOKEN_SPLIT.split(phrase.strip())) {
            if (!token.isEmpty()) {
                regex.append(separator).append(Pattern.quote(token));
                separator = SEPARATOR;
            }
        }
        regex.append("(?:'?s|es)?").append(WORD_END);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
