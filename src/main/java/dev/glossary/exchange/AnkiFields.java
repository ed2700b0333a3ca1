package dev.glossary.exchange;

import java.util.List;
import java.util.Locale;

/**
 * Which fields of an Anki note type hold the term, its definition and an example: those the teacher named
 * ({@code --term-field} and so on, null when not given), else those with a usual name, else the first two fields.
 */
public record AnkiFields(String term, String definition, String example) {
    static final List<String> TERM_NAMES = List.of("word", "term", "front", "question", "expression");
    static final List<String> DEFINITION_NAMES = List.of("meaning", "definition", "back", "answer");
    static final List<String> EXAMPLE_NAMES = List.of("example", "sentence");

    public static AnkiFields defaults() {
        return new AnkiFields(null, null, null);
    }

    /** Column indexes in a note type's fields (-1 when none). */
    record Choice(int term, int definition, int example, int aliases, int category) {
    }

    Choice choose(List<String> fields) {
        int t = named(fields, term, TERM_NAMES);
        int d = named(fields, definition, DEFINITION_NAMES);
        int e = named(fields, example, EXAMPLE_NAMES);
        if (t < 0) {
            t = firstFree(fields.size(), d, e);
        }
        if (d < 0) {
            d = firstFree(fields.size(), t, e);
        }
        return new Choice(t, d, e, index(fields, "aliases"), index(fields, "category"));
    }

    /** Whether the field the teacher named (or any, when none was named) is one of {@code fields}. */
    static boolean has(List<String> fields, String wanted) {
        return wanted == null || index(fields, wanted) >= 0;
    }

    private static int named(List<String> fields, String wanted, List<String> usual) {
        if (wanted != null && index(fields, wanted) >= 0) {
            return index(fields, wanted);
        }
        for (String name : usual) {
            int i = index(fields, name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int index(List<String> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstFree(int size, int a, int b) {
        for (int i = 0; i < size; i++) {
            if (i != a && i != b) {
                return i;
            }
        }
        return -1;
    }
}
