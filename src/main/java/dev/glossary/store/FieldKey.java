package dev.glossary.store;

/**
 * The field a problem's place names, without the term's id: {@code terms[3]:level} for both
 * {@code terms[3]: level} and {@code terms[3] "zed": level}, as the reader may not have seen the id yet.
 */
final class FieldKey {
    private static final String TERMS = "terms[";

    private FieldKey() {
    }

    static String of(String where) {
        if (!where.startsWith(TERMS)) {
            return where;
        }
        int close = where.indexOf(']');
        String term = where.substring(0, close + 1);
        // Field names never hold ": ", while a quoted id may, so the field is what follows the last one.
        int colon = where.lastIndexOf(": ");
        return colon > close ? term + ":" + where.substring(colon + 2) : term;
    }

    /** The term part of a key ({@code terms[3]}), or the key itself for a deck field. */
    static String term(String key) {
        return key.startsWith(TERMS) ? key.substring(0, key.indexOf(']') + 1) : key;
    }
}
