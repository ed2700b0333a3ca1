package dev.glossary.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The dictionary of words used in names, for matching a query word by word ("rate lim" finds "Rate Limiter",
 * "idempotncy key" finds "Idempotency Key") and for finding names that start with the query. Words are
 * sorted, so a prefix is a range of word ids; they are also grouped by stem, and by length so that typo
 * candidates come from a few short lists instead of the whole dictionary.
 */
final class WordIndex {
    /** Receives a variant in which every query word matched, and how many typos that took. */
    @FunctionalInterface
    interface Matches {
        void accept(int variant, double quality, int edits);
    }

    /**
     * Receives a variant that has a word matching query word {@code queryWord} (its index in the query), and
     * whether that word is the query word as typed.
     */
    @FunctionalInterface
    interface WordHits {
        void accept(int variant, int queryWord, boolean exact);
    }

    /** Query words shorter than this match name words whole, not as prefixes: "re" is no search for "redis". */
    private static final int MIN_PREFIX = 4;

    private final String[] words;
    private final long[] letters;
    private final int[] stemOf;
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final Postings stemMembers;
    private final Postings byLength;
    /** Word to the variants that use it. */
    private final Postings postings;
    /** Word to the variants that start with it. */
    private final Postings firstWords;
    /** The words of variant v are variantWords[variantStart[v] .. variantStart[v + 1]). */
    private final int[] variantStart;
    private final int[] variantWords;
    private final int maxWordsPerVariant;

    private WordIndex(NameTable table) {
        variantStart = table.variantStart();
        int widest = 0;
        for (int v = 0; v < table.size(); v++) {
            widest = Math.max(widest, variantStart[v + 1] - variantStart[v]);
        }
        maxWordsPerVariant = widest;
        // The table numbers words in order of first use; renumber them in sorted order, so a prefix is a range.
        List<String> seen = table.words();
        words = seen.toArray(new String[0]);
        Arrays.sort(words);
        int[] sortedId = new int[words.length];
        for (int w = 0; w < sortedId.length; w++) {
            sortedId[w] = Arrays.binarySearch(words, seen.get(w));
        }
        variantWords = table.variantWords().clone();
        for (int i = 0; i < variantWords.length; i++) {
            variantWords[i] = sortedId[variantWords[i]];
        }

        letters = new long[words.length];
        stemOf = new int[words.length];
        int[] lengths = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            letters[w] = EditDistance.letters(words[w]);
            String stem = Stemmer.stem(words[w]);
            Integer id = stemIds.get(stem);
            if (id == null) {
                id = stemIds.size();
                stemIds.put(stem, id);
            }
            stemOf[w] = id;
            lengths[w] = words[w].length();
        }
        stemMembers = Postings.invert(stemOf);
        byLength = Postings.invert(lengths);

        int[] postingWords = new int[variantWords.length];
        int[] postingVariants = new int[variantWords.length];
        int postingCount = 0;
        int[] firstWordOf = new int[table.size()];
        int[] firstVariants = new int[table.size()];
        int firstCount = 0;
        for (int v = 0; v < table.size(); v++) {
            int from = variantStart[v];
            for (int i = from; i < variantStart[v + 1]; i++) {
                int w = variantWords[i];
                // A name that repeats a word ("Bulkhead Bulkhead") is listed under it once.
                if (!contains(variantWords, from, i, w)) {
                    postingWords[postingCount] = w;
                    postingVariants[postingCount++] = v;
                }
            }
            if (variantStart[v + 1] > from) {
                firstWordOf[firstCount] = variantWords[from];
                firstVariants[firstCount++] = v;
            }
        }
        postings = Postings.group(postingWords, postingVariants, postingCount, words.length);
        firstWords = Postings.group(firstWordOf, firstVariants, firstCount, words.length);
    }

    static WordIndex build(NameTable table) {
        return new WordIndex(table);
    }

    private WordIndex(String[] words, long[] letters, int[] stemOf, Map<String, Integer> stemIds,
            Postings stemMembers, Postings byLength, Postings postings, Postings firstWords, int[] variantStart,
            int[] variantWords) {
        this.words = words;
        this.letters = letters;
        this.stemOf = stemOf;
        this.stemIds.putAll(stemIds);
        this.stemMembers = stemMembers;
        this.byLength = byLength;
        this.postings = postings;
        this.firstWords = firstWords;
        this.variantStart = variantStart;
        this.variantWords = variantWords;
        int widest = 0;
        for (int v = 0; v + 1 < variantStart.length; v++) {
            widest = Math.max(widest, variantStart[v + 1] - variantStart[v]);
        }
        this.maxWordsPerVariant = widest;
    }

    void write(IndexData.Out out) throws IOException {
        out.strings(words);
        out.longs(letters);
        out.ints(stemOf);
        out.numbering(stemIds);
        out.postings(stemMembers);
        out.postings(byLength);
        out.postings(postings);
        out.postings(firstWords);
        out.ints(variantStart);
        out.ints(variantWords);
    }

    static WordIndex read(IndexData.In in) {
        return new WordIndex(in.strings(), in.longs(), in.ints(), in.numbering(), in.postings(), in.postings(),
                in.postings(), in.postings(), in.ints(), in.ints());
    }

    int wordCount(int variant) {
        return variantStart[variant + 1] - variantStart[variant];
    }

    /**
     * Reports the variants whose words, run together, are longer than {@code key} and start with it, scored
     * higher the less is left over. The first word of such a variant either starts with the key ("rate" for
     * "rat") or is itself a prefix of it ("node" for "nodejsrun"), so only those words' variants are checked.
     */
    void prefixed(String key, ScoreSink variants) {
        for (int w = firstAtLeast(key); w < words.length && words[w].startsWith(key); w++) {
            reportPrefixed(w, key, variants);
        }
        for (int length = 1; length < key.length(); length++) {
            int w = Arrays.binarySearch(words, key.substring(0, length));
            if (w >= 0) {
                reportPrefixed(w, key, variants);
            }
        }
    }

    /**
     * Reports each variant in which every query word matches one of its words: whole, as a prefix, by stem, or
     * with up to {@code allowedEdits.applyAsInt(word)} typos. Quality is near 1 for an exact match of every
     * word of the name and falls with prefixes, typos and words the query left out.
     */
    void match(List<String> queryWords, ToIntFunction<String> allowedEdits, Matches matches) {
        match(queryWords, allowedEdits, new Lookups(), matches);
    }

    /** As {@link #match(List, ToIntFunction, Matches)}, reusing the query's words as {@code lookups} has them. */
    void match(List<String> queryWords, ToIntFunction<String> allowedEdits, Lookups lookups, Matches matches) {
        if (queryWords.isEmpty() || queryWords.size() > maxWordsPerVariant) {
            return;
        }
        QueryWord[] query = new QueryWord[queryWords.size()];
        QueryWord rarest = null;
        for (int i = 0; i < query.length; i++) {
            query[i] = lookups.word(queryWords.get(i), allowedEdits.applyAsInt(queryWords.get(i)));
            if (query[i].postingCount == 0) {
                return;
            }
            if (rarest == null || query[i].postingCount < rarest.postingCount) {
                rarest = query[i];
            }
        }
        // Every match contains the rarest query word, so its postings are the only candidates worth checking.
        BitSet seen = new BitSet(variantStart.length);
        for (int w : rarest.words()) {
            for (int i = postings.from(w); i < postings.to(w); i++) {
                int v = postings.value(i);
                if (!seen.get(v)) {
                    seen.set(v);
                    score(v, query, matches);
                }
            }
        }
    }

    /**
     * Reports, for each query word that is not a stop word, every variant with a word it matches: whole, by
     * stem or plural, as a prefix if the query word is long enough, or with up to
     * {@code allowedEdits.applyAsInt(word)} typos.
     */
    void wordsInNames(List<String> queryWords, ToIntFunction<String> allowedEdits, Lookups lookups, WordHits hits) {
        for (int q = 0; q < queryWords.size(); q++) {
            String text = queryWords.get(q);
            if (StopWords.contains(text)) {
                continue;
            }
            QueryWord word = lookups.word(text, allowedEdits.applyAsInt(text));
            for (int w : word.words()) {
                boolean exact = words[w].equals(text);
                if (text.length() < MIN_PREFIX && w >= word.from && w < word.to && !exact) {
                    continue;
                }
                for (int i = postings.from(w); i < postings.to(w); i++) {
                    hits.accept(postings.value(i), q, exact);
                }
            }
        }
    }

    /**
     * Reports the variants with a word that starts with the first {@code shared} letters of {@code word}, with,
     * as the edits, how many letters of {@code word} are left over past the start the two share.
     */
    void sharingStart(String word, int shared, Matches matches) {
        String start = word.substring(0, shared);
        for (int w = firstAtLeast(start); w < words.length && words[w].startsWith(start); w++) {
            int common = shared;
            int most = Math.min(word.length(), words[w].length());
            while (common < most && word.charAt(common) == words[w].charAt(common)) {
                common++;
            }
            for (int i = postings.from(w); i < postings.to(w); i++) {
                matches.accept(postings.value(i), 0, word.length() - common);
            }
        }
    }

    private void reportPrefixed(int word, String key, ScoreSink variants) {
        for (int i = firstWords.from(word); i < firstWords.to(word); i++) {
            int v = firstWords.value(i);
            int length = lengthIfStartsWith(v, key);
            if (length > key.length()) {
                variants.accept(v, 0.5 + 0.5 * key.length() / length);
            }
        }
    }

    /** The length of the variant's words run together if that starts with {@code key}, otherwise -1. */
    private int lengthIfStartsWith(int variant, String key) {
        int matched = 0;
        int length = 0;
        for (int i = variantStart[variant]; i < variantStart[variant + 1]; i++) {
            String word = words[variantWords[i]];
            int overlap = Math.min(word.length(), key.length() - matched);
            if (!word.regionMatches(0, key, matched, overlap)) {
                return -1;
            }
            matched += overlap;
            length += word.length();
        }
        return matched == key.length() ? length : -1;
    }

    private void score(int variant, QueryWord[] query, Matches matches) {
        double total = 0;
        int edits = 0;
        for (QueryWord word : query) {
            double best = 0;
            int bestEdits = 0;
            for (int i = variantStart[variant]; i < variantStart[variant + 1]; i++) {
                int e = word.edits(variantWords[i]);
                double quality = e < 0 ? 0 : word.quality(variantWords[i], e);
                if (quality > best) {
                    best = quality;
                    bestEdits = e;
                }
            }
            if (best == 0) {
                return;
            }
            total += best;
            edits += bestEdits;
        }
        double coverage = Math.min(1.0, (double) query.length / wordCount(variant));
        matches.accept(variant, total / query.length * (0.5 + 0.5 * coverage), edits);
    }

    private int firstAtLeast(String key) {
        int index = Arrays.binarySearch(words, key);
        return index >= 0 ? index : -index - 1;
    }


    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dictionary words of one query's words, found once and shared by its tiers: finding a word's typos
     * scans every dictionary word of a similar length, and the typo and full-text tiers both need them.
     */
    final class Lookups {
        private final List<QueryWord> found = new ArrayList<>();

        private QueryWord word(String text, int maxEdits) {
            for (int i = 0; i < found.size(); i++) {
                QueryWord word = found.get(i);
                if (word.maxEdits == maxEdits && word.text.equals(text)) {
                    return word;
                }
            }
            QueryWord word = new QueryWord(text, maxEdits);
            found.add(word);
            return word;
        }
    }

    Lookups lookups() {
        return new Lookups();
    }

    /** One query word and every dictionary word it can stand for. */
    private final class QueryWord {
        private final String text;
        private final int maxEdits;
        private final int from;
        private final int to;
        private final int stem;
        /** The word less a plural s, when a name uses it: "ids" for "id", "apis" for "api", too short to stem. */
        private final int singular;
        private final Map<Integer, Integer> typos = new HashMap<>();
        private final long postingCount;

        QueryWord(String text, int maxEdits) {
            this.text = text;
            this.maxEdits = maxEdits;
            from = firstAtLeast(text);
            int end = from;
            while (end < words.length && words[end].startsWith(text)) {
                end++;
            }
            to = end;
            stem = stemIds.getOrDefault(Stemmer.stem(text), -1);
            singular = singularOf(text);
            if (maxEdits > 0) {
                findTypos(maxEdits);
            }
            long count = postings.sizeOfRange(from, to);
            if (stem >= 0) {
                for (int i = stemMembers.from(stem); i < stemMembers.to(stem); i++) {
                    count += postings.size(stemMembers.value(i));
                }
            }
            if (singular >= 0) {
                count += postings.size(singular);
            }
            for (int w : typos.keySet()) {
                count += postings.size(w);
            }
            postingCount = count;
        }

        /** 0 if {@code word} matches as typed (whole, prefix or stem), the typos it takes, or -1 if it does not. */
        int edits(int word) {
            if ((word >= from && word < to) || stemOf[word] == stem || word == singular) {
                return 0;
            }
            return typos.getOrDefault(word, -1);
        }

        double quality(int word, int edits) {
            if (edits > 0) {
                return 0.6 - 0.1 * edits;
            }
            if (words[word].length() == text.length() && word >= from && word < to) {
                return 1.0;
            }
            if (stemOf[word] == stem || word == singular) {
                return 0.9;
            }
            return 0.6 + 0.3 * text.length() / words[word].length();
        }

        /** The dictionary words it can stand for: those it starts, those of its stem, and its typos. */
        int[] words() {
            int stemFrom = stem >= 0 ? stemMembers.from(stem) : 0;
            int stemTo = stem >= 0 ? stemMembers.to(stem) : 0;
            int[] all = new int[to - from + stemTo - stemFrom + typos.size() + (singular >= 0 ? 1 : 0)];
            int n = 0;
            if (singular >= 0) {
                all[n++] = singular;
            }
            for (int w = from; w < to; w++) {
                all[n++] = w;
            }
            for (int i = stemFrom; i < stemTo; i++) {
                all[n++] = stemMembers.value(i);
            }
            for (int w : typos.keySet()) {
                all[n++] = w;
            }
            return all;
        }

        private int singularOf(String plural) {
            int n = plural.length();
            if (n < 3 || plural.charAt(n - 1) != 's' || plural.charAt(n - 2) == 's') {
                return -1;
            }
            int w = Arrays.binarySearch(words, plural.substring(0, n - 1));
            return w >= 0 ? w : -1;
        }

        private void findTypos(int maxEdits) {
            long textLetters = EditDistance.letters(text);
            int shortest = Math.max(1, text.length() - maxEdits);
            int longest = Math.min(byLength.keyCount() - 1, text.length() + maxEdits);
            for (int length = shortest; length <= longest; length++) {
                for (int i = byLength.from(length); i < byLength.to(length); i++) {
                    int w = byLength.value(i);
                    if (EditDistance.mayBeWithin(textLetters, letters[w], maxEdits)) {
                        int distance = EditDistance.within(text, words[w], maxEdits);
                        if (distance > 0 && distance <= maxEdits) {
                            typos.put(w, distance);
                        }
                    }
                }
            }
        }
    }
}
