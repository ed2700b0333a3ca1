package dev.glossary.search;

import java.io.IOException;
import java.util.function.ObjIntConsumer;

/**
 * A map from words to ints that can be probed with a character buffer, so that indexing millions of words
 * in definitions allocates a string only for each word seen for the first time.
 */
final class WordTable {
    static final int MISSING = -1;

    /** Kept as arrays, not strings: comparing them is the innermost loop of indexing. */
    private char[][] keys;
    private int[] values;
    private int size;

    /**
     * A table with room for {@code expected} words before it grows: each time it grows, every word is hashed
     * again.
     */
    WordTable(int expected) {
        int slots = 16;
        while (slots < 2 * (expected + 1)) {
            slots *= 2;
        }
        keys = new char[slots][];
        values = new int[slots];
    }

    int get(char[] chars, int length) {
        int mask = keys.length - 1;
        for (int slot = hash(chars, length) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (matches(keys[slot], chars, length)) {
                return values[slot];
            }
        }
        return MISSING;
    }

    int get(String word) {
        return get(word.toCharArray(), word.length());
    }

    /** Calls {@code action} with every word and its value, in no particular order. */
    void forEach(ObjIntConsumer<String> action) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                action.accept(new String(keys[slot]), values[slot]);
            }
        }
    }

    void write(IndexData.Out out) throws IOException {
        String[] words = new String[size];
        int[] numbers = new int[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                words[n] = new String(keys[slot]);
                numbers[n++] = values[slot];
            }
        }
        out.strings(words);
        out.ints(numbers);
    }

    static WordTable read(IndexData.In in) {
        String[] words = in.strings();
        int[] numbers = in.ints();
        if (numbers.length != words.length) {
            throw new IllegalArgumentException("a word table with " + words.length + " words and " + numbers.length
                    + " values");
        }
        WordTable table = new WordTable(words.length);
        for (int i = 0; i < words.length; i++) {
            table.put(words[i], numbers[i]);
        }
        return table;
    }

    /** Adds a word that is not in the table yet. */
    void put(String word, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(word.toCharArray(), value);
        size++;
    }

    private void insert(char[] word, int value) {
        int mask = keys.length - 1;
        int slot = hash(word, word.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = word;
        values[slot] = value;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        // Bring the high bits down: the table index uses only the low ones.
        return h ^ (h >>> 16);
    }

    /** A plain loop: words are short, and under C1 Arrays.equals on ranges costs more in checks than it saves. */
    private static boolean matches(char[] key, char[] chars, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
