package dev.glossary.search;

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbouring letters as one edit, the
 * commonest typo), computed only as far as a bound, and a cheap letter-set test that rules most words out
 * before any distance is computed: {@code EditDistance.within("stat", "stats", 1)} is 1.
 */
public final class EditDistance {
    private EditDistance() {}

    /** How many typos a word of this length may carry: none up to three letters, where one edit makes another word. */
    static int allowedEdits(int length) {
        return length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }

    /**
     * The distance between {@code a} and {@code b} if it is at most {@code max}, otherwise {@code max + 1}. Only
     * the band of cells within {@code max} of the diagonal is computed: any path outside it costs more.
     */
    public static int within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int above = j <= i - 1 + max ? previous[j] : over;
                int best = Math.min(above + 1, current[j - 1] + 1);
                best = Math.min(best, previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                current[j] = Math.min(best, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = over;
            }
            // Every later cell costs at least this row's minimum (a swap too), so stop early.
            if (rowMin > max) {
                return over;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /** Which letters and digits occur in {@code text}, one bit each (other characters share the spare bits). */
    static long letters(String text) {
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            mask |= 1L << bit;
        }
        return mask;
    }

    /**
     * False when the letter sets alone prove the distance exceeds {@code max}: an edit adds or removes at most
     * one letter from each side's set, and a swap none.
     */
    static boolean mayBeWithin(long letters, long otherLetters, int max) {
        return Long.bitCount(letters ^ otherLetters) <= 2 * max;
    }
}
