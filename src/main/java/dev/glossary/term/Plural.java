package dev.glossary.term;

/** A count with its noun: {@code Plural.of(1, "term")} is "1 term", {@code Plural.of(2, "term")} "2 terms". */
public final class Plural {
    private Plural() {
    }

    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
