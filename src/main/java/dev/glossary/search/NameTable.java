package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name variant of a deck in columns, as the name and word indexes are built from it. Each distinct word
 * is kept once and variants refer to it by number: a 100 000-term deck has a quarter of a million variants,
 * and holding each as objects through the build costs more in garbage collection than building the indexes.
 *
 * @param terms        variant to term index
 * @param kinds        variant to where it came from
 * @param keys         variant to its words run together
 * @param words        the distinct words, numbered in order of first use
 * @param variantStart the words of variant v are {@code variantWords[variantStart[v] .. variantStart[v + 1])}
 * @param variantWords word numbers; initials have none, as they only ever match whole
 */
record NameTable(int[] terms, NameVariant.Kind[] kinds, String[] keys, List<String> words, int[] variantStart,
        int[] variantWords) {

    static NameTable of(List<Term> deckTerms) {
        Builder builder = new Builder(deckTerms.size() * 2);
        List<NameVariant> variants = new ArrayList<>();
        Tokenizer.Scanner scanner = new Tokenizer.Scanner(false);
        for (int t = 0; t < deckTerms.size(); t++) {
            variants.clear();
            NameVariant.addAll(t, deckTerms.get(t), scanner, variants);
            for (int v = 0; v < variants.size(); v++) {
                builder.add(variants.get(v));
            }
        }
        return builder.finish();
    }

    int size() {
        return keys.length;
    }

    private static final class Builder {
        private int[] terms;
        private NameVariant.Kind[] kinds;
        private String[] keys;
        private int size;
        private int[] variantStart;
        private int[] variantWords = new int[1024];
        private int wordCount;
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        Builder(int capacity) {
            int initial = Math.max(16, capacity);
            terms = new int[initial];
            kinds = new NameVariant.Kind[initial];
            keys = new String[initial];
            variantStart = new int[initial + 1];
        }

        void add(NameVariant variant) {
            if (size == keys.length) {
                terms = Arrays.copyOf(terms, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
                variantStart = Arrays.copyOf(variantStart, size * 2 + 1);
            }
            terms[size] = variant.term();
            kinds[size] = variant.kind();
            keys[size] = variant.key();
            if (variant.kind() != NameVariant.Kind.INITIALS) {
                List<String> words = variant.words();
                for (int w = 0; w < words.size(); w++) {
                    addWord(words.get(w));
                }
            }
            variantStart[++size] = wordCount;
        }

        NameTable finish() {
            return new NameTable(Arrays.copyOf(terms, size), Arrays.copyOf(kinds, size), Arrays.copyOf(keys, size),
                    List.copyOf(words), Arrays.copyOf(variantStart, size + 1), Arrays.copyOf(variantWords, wordCount));
        }

        private void addWord(String word) {
            // get before put: most words are seen before, and putIfAbsent would box a new id for each.
            Integer id = wordIds.get(word);
            if (id == null) {
                id = words.size();
                wordIds.put(word, id);
                words.add(word);
            }
            if (wordCount == variantWords.length) {
                variantWords = Arrays.copyOf(variantWords, wordCount * 2);
            }
            variantWords[wordCount++] = id;
        }
    }
}
