package dev.glossary.search;

import dev.glossary.deck.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inverted index from word stems to the terms whose text uses them, ranked with BM25: a word that few
 * terms use counts more than a common one, and a mention in a short definition more than one in a long one.
 * Names count three times, so "bucket algorithm" prefers "Token Bucket" among the terms that say
 * "algorithm".
 */
final class FullTextIndex {
    private static final int NAME_WEIGHT = 3;
    /**
     * What a query word found in a name adds, in its inverse document frequency: about what one more mention
     * of it would score, so a name's rare word counts for more than "pattern" shared by a dozen names.
     */
    private static final double NAME_BONUS = 1.0;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** A posting packs the term index above the low byte and the (weighted, capped) count in it. */
    private static final int TF_BITS = 8;
    private static final int MAX_TF = (1 << TF_BITS) - 1;
    private static final int MAX_TERMS = Integer.MAX_VALUE >> TF_BITS;
    /** Distinct words per term a part's word table is first sized for: the bundled deck has about 13. */
    private static final int NEW_WORDS_PER_TERM = 16;

    private final Map<String, Integer> stemIds;
    /** Every word of the deck's text as written (folded), for telling real words from typos. */
    private final WordTable words;
    private final Postings postings;
    private final int[] lengths;
    private final double averageLength;

    private FullTextIndex(Map<String, Integer> stemIds, WordTable words, Postings postings, int[] lengths) {
        this.stemIds = stemIds;
        this.words = words;
        this.postings = postings;
        this.lengths = lengths;
        long total = 0;
        for (int length : lengths) {
            total += length;
        }
        this.averageLength = lengths.length == 0 ? 1.0 : Math.max(1.0, (double) total / lengths.length);
    }

    void write(IndexData.Out out) throws IOException {
        out.numbering(stemIds);
        words.write(out);
        out.postings(postings);
        out.ints(lengths);
    }

    static FullTextIndex read(IndexData.In in) {
        return new FullTextIndex(in.numbering(), WordTable.read(in), in.postings(), in.ints());
    }

    /** Whether {@code word} (folded) occurs anywhere in the deck: in a name, a definition, an example or a tag. */
    boolean contains(String word) {
        return words.get(word) != WordTable.MISSING;
    }

    /**
     * Reports every term that uses at least one of the query's words, in its text or (per {@code names}) in a
     * name, typos allowed for. The score is BM25 plus, for each query word a name uses as typed, its weight
     * ({@link #NAME_BONUS} times its inverse document frequency; half that for another form or a typo of it),
     * times the share of the query's words the term uses anywhere, so that terms using them all come first
     * and, among those using some, a name with them beats a definition that mentions them: "rate limiting
     * work" is about Rate Limiting, not about whichever definition also says "works".
     *
     * @param names bit {@code i} for {@code queryWords.get(i)}
     */
    void search(List<String> queryWords, NameWordHits names, ScoreSink terms) {
        // Distinct stems, and the stem of each query word (-1 for a stop word): a query has at most 16 words.
        List<String> stems = new ArrayList<>(queryWords.size());
        int[] stemOfWord = new int[queryWords.size()];
        for (int w = 0; w < queryWords.size(); w++) {
            String word = queryWords.get(w);
            if (StopWords.contains(word)) {
                stemOfWord[w] = -1;
                continue;
            }
            String stem = Stemmer.stem(word);
            int at = stems.indexOf(stem);
            if (at < 0) {
                at = stems.size();
                stems.add(stem);
            }
            stemOfWord[w] = at;
        }
        if (stems.isEmpty()) {
            return;
        }
        float[] scores = new float[lengths.length];
        // Which stems each term's text uses, a bit each: a query has at most 16 words, so a char holds them.
        char[] found = new char[lengths.length];
        int[] touched = new int[16];
        int touchedCount = 0;
        // A stem the text lacks is a typo of a name word (or nothing): rare, as its df of 0 says.
        double[] idf = new double[stems.size()];
        for (int s = 0; s < stems.size(); s++) {
            Integer id = stemIds.get(stems.get(s));
            int df = id == null ? 0 : postings.size(id);
            idf[s] = Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
            if (id == null) {
                continue;
            }
            for (int i = postings.from(id); i < postings.to(id); i++) {
                int posting = postings.value(i);
                int term = posting >>> TF_BITS;
                int tf = posting & MAX_TF;
                double norm = K1 * (1 - B + B * lengths[term] / averageLength);
                if (found[term] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = term;
                }
                found[term] |= (char) (1 << s);
                scores[term] += (float) (idf[s] * tf * (K1 + 1) / (tf + norm));
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            report(touched[i], scores[touched[i]], found[touched[i]], names, stemOfWord, idf, terms);
        }
        for (int i = 0; i < names.count(); i++) {
            int term = names.term(i);
            if (found[term] == 0) {
                report(term, 0, 0, names, stemOfWord, idf, terms);
            }
        }
    }

    private static void report(int term, double bm25, int textStems, NameWordHits names, int[] stemOfWord,
            double[] idf, ScoreSink terms) {
        int nameWords = names.mask(term);
        if (nameWords == 0) {
            // Most terms a common word finds have none of the query's words in a name: no bits to map.
            terms.accept(term, bm25 * Integer.bitCount(textStems) / idf.length);
            return;
        }
        int nameStems = stems(nameWords, stemOfWord);
        if ((textStems | nameStems) == 0) {
            return;
        }
        // A word in another form or with a typo counts half: "limiting" is more Rate Limiting than Rate Limiter.
        int exactStems = stems(names.exactMask(term), stemOfWord);
        double score = bm25;
        for (int bits = nameStems; bits != 0; bits &= bits - 1) {
            int s = Integer.numberOfTrailingZeros(bits);
            score += NAME_BONUS * idf[s] * ((exactStems & 1 << s) != 0 ? 1 : 0.5);
        }
        terms.accept(term, score * Integer.bitCount(textStems | nameStems) / idf.length);
    }

    /** The stems (as bits) of the query words given as bits. */
    private static int stems(int wordBits, int[] stemOfWord) {
        int stems = 0;
        for (int bits = wordBits; bits != 0; bits &= bits - 1) {
            int stem = stemOfWord[Integer.numberOfTrailingZeros(bits)];
            if (stem >= 0) {
                stems |= 1 << stem;
            }
        }
        return stems;
    }

    /**
     * One build shared among threads: each {@link #take} claims chunks of terms until none are left, so a
     * thread that comes late, or is slowed by other work, simply takes fewer. Postings end up out of term
     * order, which costs nothing: a search adds them up in any order.
     */
    static final class Parts {
        static final int CHUNK = 2048;

        private final List<Term> terms;
        private final int chunk;
        private final AtomicInteger next = new AtomicInteger();
        /** Shared: each part writes the lengths of the terms it claimed. */
        private final int[] lengths;

        Parts(List<Term> terms, int chunk) {
            if (terms.size() > MAX_TERMS) {
                throw new IllegalArgumentException("a deck of " + terms.size() + " terms is too big to index");
            }
            this.terms = terms;
            this.chunk = chunk;
            this.lengths = new int[terms.size()];
        }

        Part take() {
            Part part = new Part(lengths, Math.min(terms.size(), chunk) * NEW_WORDS_PER_TERM);
            for (int from = next.getAndAdd(chunk); from < terms.size(); from = next.getAndAdd(chunk)) {
                for (int t = from; t < Math.min(terms.size(), from + chunk); t++) {
                    part.add(t, terms.get(t));
                }
                part.endChunk();
            }
            return part;
        }

        /** The index, once every part has been taken and no thread adds to them any more. */
        FullTextIndex merge(Part first, Part... others) {
            for (Part other : others) {
                first.absorb(other);
            }
            return first.finish();
        }
    }

    /**
     * Collects postings term by term, counting each term's stems as they come. It is its scanner's sink itself.
     */
    static final class Part implements Tokenizer.Sink {
        private static final int STOP = -2;

        private final Map<String, Integer> stemIds = new HashMap<>();
        /** Folded word to stem id: most words recur across thousands of definitions, so each is stemmed once. */
        private final WordTable wordIds;
        private final Tokenizer.Scanner scanner = new Tokenizer.Scanner(true);
        private final int[] lengths;
        /** The current chunk's postings in the order they are made, as parallel (stem, posting) arrays. */
        private int[] postingStems = new int[1 << 16];
        private int[] postingValues = new int[1 << 16];
        private int postingCount;
        /**
         * Each finished chunk's postings, in arrays of just their size, grouped by stem at the end: a large deck
         * has millions of postings, and one array for all of them would be grown and copied again and again.
         */
        private final List<int[]> stemBlocks = new ArrayList<>();
        private final List<int[]> valueBlocks = new ArrayList<>();
        /** For each stem, the last term (plus one) that used it and how often: counting without sorting. */
        private int[] lastTerm = new int[1024];
        private int[] uses = new int[1024];
        private int[] termStems = new int[64];
        private int termStemCount;
        private int term;
        private int weight;

        private Part(int[] lengths, int expectedWords) {
            this.lengths = lengths;
            this.wordIds = new WordTable(expectedWords);
            for (String word : StopWords.ALL) {
                wordIds.put(word, STOP);
            }
        }

        /** Lists are walked by index: under C1 (the launcher's JIT) each for-each would allocate an iterator. */
        private void add(int index, Term term) {
            this.term = index;
            termStemCount = 0;
            List<String> aliases = term.aliases();
            List<String> tags = term.tags();
            addText(term.name(), NAME_WEIGHT);
            for (int a = 0; a < aliases.size(); a++) {
                addText(aliases.get(a), NAME_WEIGHT);
            }
            addText(term.definition(), 1);
            addText(term.example(), 1);
            addText(term.category(), 1);
            for (int t = 0; t < tags.size(); t++) {
                addText(tags.get(t), 1);
            }
            for (int i = 0; i < termStemCount; i++) {
                int stem = termStems[i];
                addPosting(stem, index << TF_BITS | Math.min(uses[stem], MAX_TF));
            }
        }

        /** Takes in another part's words and postings, renumbering its stems into this part's. */
        private void absorb(Part other) {
            int[] renumbered = new int[other.stemIds.size()];
            other.stemIds.forEach((stem, id) -> renumbered[id] = stemIds.computeIfAbsent(stem, s -> stemIds.size()));
            other.wordIds.forEach((word, id) -> {
                if (wordIds.get(word) == WordTable.MISSING) {
                    wordIds.put(word, id == STOP ? STOP : renumbered[id]);
                }
            });
            for (int[] block : other.stemBlocks) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = renumbered[block[i]];
                }
            }
            stemBlocks.addAll(other.stemBlocks);
            valueBlocks.addAll(other.valueBlocks);
        }

        private void endChunk() {
            stemBlocks.add(Arrays.copyOf(postingStems, postingCount));
            valueBlocks.add(Arrays.copyOf(postingValues, postingCount));
            postingCount = 0;
        }

        private FullTextIndex finish() {
            Postings postings = Postings.group(stemBlocks, valueBlocks, stemIds.size());
            return new FullTextIndex(stemIds, wordIds, postings, lengths);
        }

        private void addText(String text, int weight) {
            this.weight = weight;
            scanner.scan(text, this);
        }

        /** Takes one word of the current text. */
        @Override
        public void accept(char[] folded, int length, int start, int end) {
            int stem = wordIds.get(folded, length);
            if (stem == WordTable.MISSING) {
                String word = new String(folded, 0, length);
                String stemText = Stemmer.stem(word);
                stem = stemIds.computeIfAbsent(stemText, none -> stemIds.size());
                wordIds.put(word, stem);
            }
            if (stem == STOP) {
                return;
            }
            if (stem >= lastTerm.length) {
                lastTerm = Arrays.copyOf(lastTerm, Math.max(stem + 1, lastTerm.length * 2));
                uses = Arrays.copyOf(uses, lastTerm.length);
            }
            if (lastTerm[stem] != term + 1) {
                lastTerm[stem] = term + 1;
                uses[stem] = 0;
                if (termStemCount == termStems.length) {
                    termStems = Arrays.copyOf(termStems, termStemCount * 2);
                }
                termStems[termStemCount++] = stem;
            }
            uses[stem] += weight;
            lengths[term] += weight;
        }

        private void addPosting(int stem, int posting) {
            if (postingCount == postingStems.length) {
                postingStems = Arrays.copyOf(postingStems, postingCount * 2);
                postingValues = Arrays.copyOf(postingValues, postingCount * 2);
            }
            postingStems[postingCount] = stem;
            postingValues[postingCount++] = posting;
        }
    }
}
