package dev.glossary.search;

import java.util.Arrays;

/**
 * Which query words each term's names use, as a bit per word (a query has at most {@link QueryText#MAX_WORDS}),
 * so that full-text ranking can put a term whose name has the words, typos and all, above one whose
 * definition merely mentions them; and which of them a name uses exactly as typed.
 */
final class NameWordHits {
    /** Per term: bit i if a name uses query word i in any form, bit EXACT + i if as typed. */
    private final int[] masks;
    private static final int EXACT = 16;
    private int[] touched = new int[16];
    private int count;

    NameWordHits(int terms) {
        masks = new int[terms];
    }

    void add(int term, int queryWord, boolean exact) {
        if (masks[term] == 0) {
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = term;
        }
        masks[term] |= 1 << queryWord | (exact ? 1 << (EXACT + queryWord) : 0);
    }

    /** Bit {@code i} is set when a name of the term uses query word {@code i}. */
    int mask(int term) {
        return masks[term] & (1 << EXACT) - 1;
    }

    /** Bit {@code i} is set when a name of the term has query word {@code i} as typed, not only a form of it. */
    int exactMask(int term) {
        return masks[term] >>> EXACT;
    }

    /** How many terms have a name that uses some query word; {@link #term} lists them. */
    int count() {
        return count;
    }

    int term(int i) {
        return touched[i];
    }
}
