package dev.glossary.quiz;

import java.util.ArrayList;
import java.util.List;

/** Edit distance and character diffs, for grading typed answers. */
final class Edits {
    private Edits() {
    }

    /**
     * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters each count as one edit. Returns {@code max + 1} as soon as the lengths alone
     * show the distance exceeds {@code max}.
     */
    static int distance(String a, String b, int max) {
        int beyond = max == Integer.MAX_VALUE ? max : max + 1;
        if (Math.abs(a.length() - b.length()) > max) {
            return beyond;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return Math.min(d[a.length()][b.length()], beyond);
    }

    /**
     * A character diff of what was typed against what was expected, from a longest common subsequence.
     * Case is ignored and any two separators (space, hyphen, punctuation) match, so "server sent" against
     * "Server-Sent" is all {@code SAME}. {@code SAME} and {@code MISSING} parts spell {@code expected};
     * {@code SAME} and {@code EXTRA} parts spell {@code typed} up to case and separators.
     */
    static List<DiffPart> diff(String typed, String expected) {
        int n = typed.length();
        int m = expected.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = alike(typed.charAt(i), expected.charAt(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffPart> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && alike(typed.charAt(i), expected.charAt(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                append(parts, DiffPart.Kind.SAME, expected.charAt(j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(parts, DiffPart.Kind.EXTRA, typed.charAt(i));
                i++;
            } else {
                append(parts, DiffPart.Kind.MISSING, expected.charAt(j));
                j++;
            }
        }
        return List.copyOf(parts);
    }

    private static boolean alike(char a, char b) {
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return true;
        }
        return !Character.isLetterOrDigit(a) && !Character.isLetterOrDigit(b);
    }

    private static void append(List<DiffPart> parts, DiffPart.Kind kind, char c) {
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == kind) {
            parts.set(last, new DiffPart(kind, parts.get(last).text() + c));
        } else {
            parts.add(new DiffPart(kind, String.valueOf(c)));
        }
    }
}
