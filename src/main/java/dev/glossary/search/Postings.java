package dev.glossary.search;

import java.util.Arrays;
import java.util.List;

/**
 * Lists of ints filed under small int keys, all in one array ("compressed sparse rows"): an index of
 * millions of postings as two arrays rather than one small array per word.
 */
final class Postings {
    private final int[] start;
    private final int[] values;

    private Postings(int[] start, int[] values) {
        this.start = start;
        this.values = values;
    }

    /** Files the first {@code count} {@code values[i]} under {@code keys[i]}, keeping their order within a key. */
    static Postings group(int[] keys, int[] values, int count, int keyCount) {
        return group(List.of(count == keys.length ? keys : Arrays.copyOf(keys, count)),
                List.of(count == values.length ? values : Arrays.copyOf(values, count)), keyCount);
    }

    /**
     * Files {@code values.get(b)[i]} under {@code keys.get(b)[i]}, block after block, keeping their order within
     * a key. Blocks let a builder collect millions of values without ever growing (and copying) one big array.
     */
    static Postings group(List<int[]> keys, List<int[]> values, int keyCount) {
        int[] start = new int[keyCount + 1];
        for (int[] block : keys) {
            for (int key : block) {
                start[key + 1]++;
            }
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, keyCount);
        int[] grouped = new int[start[keyCount]];
        for (int b = 0; b < keys.size(); b++) {
            int[] keyBlock = keys.get(b);
            int[] valueBlock = values.get(b);
            for (int i = 0; i < keyBlock.length; i++) {
                grouped[next[keyBlock[i]]++] = valueBlock[i];
            }
        }
        return new Postings(start, grouped);
    }

    /**
     * Files each index {@code i} under {@code keys[i]}: the inverse of a many-to-one mapping. The keys run
     * from 0 to the largest one given.
     */
    static Postings invert(int[] keys) {
        int[] indexes = new int[keys.length];
        int keyCount = 0;
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
            keyCount = Math.max(keyCount, keys[i] + 1);
        }
        return group(keys, indexes, keys.length, keyCount);
    }

    /** Postings read back from {@link IndexData}, checked so that no lookup can run outside the arrays. */
    static Postings of(int[] start, int[] values) {
        if (start.length == 0 || start[0] != 0 || start[start.length - 1] != values.length) {
            throw new IllegalArgumentException("postings that do not cover their values");
        }
        for (int k = 1; k < start.length; k++) {
            if (start[k] < start[k - 1]) {
                throw new IllegalArgumentException("postings out of order");
            }
        }
        return new Postings(start, values);
    }

    int[] starts() {
        return start;
    }

    int[] values() {
        return values;
    }

    int keyCount() {
        return start.length - 1;
    }

    /** The values of {@code key} are {@code value(from(key))} up to, not including, {@code value(to(key))}. */
    int from(int key) {
        return start[key];
    }

    int to(int key) {
        return start[key + 1];
    }

    int size(int key) {
        return start[key + 1] - start[key];
    }

    int value(int index) {
        return values[index];
    }

    /** How many values keys {@code from} to {@code to} (exclusive) hold together, in constant time. */
    int sizeOfRange(int from, int to) {
        return start[to] - start[from];
    }
}
