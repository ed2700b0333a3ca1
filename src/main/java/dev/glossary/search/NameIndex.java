package dev.glossary.search;

import java.io.IOException;

/**
 * Whole-name lookups over every name variant, by its key (its words run together): exact matches through a
 * hash table, and nearest keys by edit distance for typos and suggestions.
 */
final class NameIndex {
    private final int[] terms;
    private final NameVariant.Kind[] kinds;
    private final String[] keys;
    private final long[] letters;
    /** Variants by key length: a typo changes the length by at most its edits, so only a few lengths are scanned. */
    private final Postings byLength;
    /**
     * Open addressing over distinct keys: a slot holds one variant with that key plus one (0 is empty), and
     * {@code sameKey} chains the others, as thousands of names can share initials.
     */
    private final int[] slots;
    /** Each slot's key hash: most probes are settled without touching the key itself. */
    private final int[] slotHashes;
    private final int[] sameKey;

    private NameIndex(NameTable table) {
        int n = table.size();
        terms = table.terms();
        kinds = table.kinds();
        keys = table.keys();
        int[] keyLengths = new int[n];
        letters = new long[n];
        slots = new int[Integer.highestOneBit(Math.max(n, 1) * 2) * 2];
        slotHashes = new int[slots.length];
        sameKey = new int[n];
        for (int v = 0; v < n; v++) {
            keyLengths[v] = keys[v].length();
            letters[v] = EditDistance.letters(keys[v]);
            int slot = slotOf(keys[v]);
            sameKey[v] = slots[slot] - 1;
            slots[slot] = v + 1;
            slotHashes[slot] = keys[v].hashCode();
        }
        byLength = Postings.invert(keyLengths);
    }

    static NameIndex build(NameTable table) {
        return new NameIndex(table);
    }

    private NameIndex(int[] terms, NameVariant.Kind[] kinds, String[] keys, long[] letters, Postings byLength,
            int[] slots, int[] slotHashes, int[] sameKey) {
        this.terms = terms;
        this.kinds = kinds;
        this.keys = keys;
        this.letters = letters;
        this.byLength = byLength;
        this.slots = slots;
        this.slotHashes = slotHashes;
        this.sameKey = sameKey;
    }

    void write(IndexData.Out out) throws IOException {
        out.ints(terms);
        int[] kindNumbers = new int[kinds.length];
        for (int v = 0; v < kinds.length; v++) {
            kindNumbers[v] = kinds[v].ordinal();
        }
        out.ints(kindNumbers);
        out.strings(keys);
        out.longs(letters);
        out.postings(byLength);
        out.ints(slots);
        out.ints(slotHashes);
        out.ints(sameKey);
    }

    static NameIndex read(IndexData.In in) {
        int[] terms = in.ints();
        int[] kindNumbers = in.ints();
        NameVariant.Kind[] all = NameVariant.Kind.values();
        NameVariant.Kind[] kinds = new NameVariant.Kind[kindNumbers.length];
        for (int v = 0; v < kinds.length; v++) {
            if (kindNumbers[v] < 0 || kindNumbers[v] >= all.length) {
                throw new IllegalArgumentException("an unknown kind of name");
            }
            kinds[v] = all[kindNumbers[v]];
        }
        return new NameIndex(terms, kinds, in.strings(), in.longs(), in.postings(), in.ints(), in.ints(), in.ints());
    }

    int term(int variant) {
        return terms[variant];
    }

    double weight(int variant) {
        return kinds[variant].weight;
    }

    /** Variants whose key is {@code key}, each with score 1. */
    void exact(String key, ScoreSink variants) {
        for (int v = slots[slotOf(key)] - 1; v >= 0; v = sameKey[v]) {
            variants.accept(v, 1.0);
        }
    }

    /** Variants (initials aside) whose key is within {@code maxEdits} of {@code key}; the score is the distance. */
    void nearest(String key, int maxEdits, ScoreSink variants) {
        long keyLetters = EditDistance.letters(key);
        int longest = Math.min(byLength.keyCount() - 1, key.length() + maxEdits);
        for (int length = Math.max(0, key.length() - maxEdits); length <= longest; length++) {
            for (int i = byLength.from(length); i < byLength.to(length); i++) {
                int v = byLength.value(i);
                if (kinds[v] != NameVariant.Kind.INITIALS && EditDistance.mayBeWithin(keyLetters, letters[v], maxEdits)) {
                    int distance = EditDistance.within(key, keys[v], maxEdits);
                    if (distance <= maxEdits) {
                        variants.accept(v, distance);
                    }
                }
            }
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(String key) {
        int mask = slots.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0 && (slotHashes[slot] != h || !keys[slots[slot] - 1].equals(key))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
