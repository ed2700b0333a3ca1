package dev.glossary.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences, as a card's "2-3 sentences" rule counts them: {@code Sentences.split(text)}.
 * A sentence ends at {@code . ! ?} (and any closing quote or bracket) followed by a space and a capital
 * letter, a digit or an opening quote. Definitions are full of dots that end nothing, so a dot inside a word
 * ({@code Node.js}, {@code index.js}, {@code 2.0}) never splits, nor does one after {@code e.g.}, {@code i.e.},
 * {@code vs.} or {@code cf.}.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "cf");
    private static final String CLOSERS = ".!?\"')]\u201d\u2019";

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean boundary = next > end && next < text.length() && opensSentence(text.charAt(next))
                    && !(c == '.' && ABBREVIATIONS.contains(wordBefore(text, start, i)));
            if (boundary) {
                sentences.add(text.substring(start, end).strip());
                start = next;
            }
            i = boundary ? next : end;
        }
        String last = text.substring(start).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        return sentences;
    }

    public static int count(String text) {
        return split(text).size();
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '\u201c';
    }

    /** The letters and dots just before {@code dot}, lower-cased without a final dot: "e.g" for "… e.g.". */
    private static String wordBefore(String text, int from, int dot) {
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
