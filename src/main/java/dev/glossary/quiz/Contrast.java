package dev.glossary.quiz;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells two terms apart, for the line the quiz shows when a learner answered one term with another:
 * {@code Contrast.between(right, answered)}.
 *
 * <p>A definition's first sentence says what the term is, so the two first sentences are compared: the
 * words they open with alike are left out (401 and 403 are both "The HTTP status for a caller the server
 * …", and what follows is the difference: "cannot identify" against "has identified but will not allow to
 * do this"), and each is cut at the end of its first clause and after {@value #MAX_WORDS} words.
 */
public final class Contrast {
    static final int MAX_WORDS = 16;
    /** Fewer shared opening words than this are no common frame worth leaving out ("A", "The HTTP"). */
    static final int MIN_SHARED = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[:;(]|\\s[—–-]\\s)");

    /** The gist of each term; {@code trimmed} when both leave out the words they open with alike. */
    public record Gist(Term right, String rightGist, Term answered, String answeredGist, boolean trimmed) {
    }

    private Contrast() {
    }

    public static Gist between(Term right, Term answered) {
        List<String> a = words(firstSentence(right.definition()));
        List<String> b = words(firstSentence(answered.definition()));
        int shared = 0;
        while (shared < a.size() - 1 && shared < b.size() - 1 && fold(a.get(shared)).equals(fold(b.get(shared)))) {
            shared++;
        }
        int skip = shared >= MIN_SHARED ? shared : 0;
        return new Gist(right, gist(a, skip), answered, gist(b, skip), skip > 0);
    }

    private static String gist(List<String> words, int skip) {
        String rest = String.join(" ", words.subList(skip, words.size()));
        Matcher clause = CLAUSE_END.matcher(rest);
        if (clause.find() && clause.start() > 0) {
            rest = rest.substring(0, clause.start());
        }
        List<String> kept = words(rest);
        boolean cut = kept.size() > MAX_WORDS;
        String text = String.join(" ", cut ? kept.subList(0, MAX_WORDS) : kept).replaceAll("[,.;:]+$", "");
        return cut ? text + "…" : text;
    }

    private static String firstSentence(String definition) {
        Matcher end = SENTENCE_END.matcher(definition);
        return end.find() ? definition.substring(0, end.start()) : definition;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
