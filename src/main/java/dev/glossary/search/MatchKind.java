package dev.glossary.search;

/**
 * How a hit matched its query; the declaration order is the rank order, so hits of an earlier kind always
 * come before hits of a later one, whatever their scores.
 *
 * <pre>{@code
 * if (hit.kind() == MatchKind.FUZZY) out.println("(closest match)");
 * }</pre>
 */
public enum MatchKind {
    /** The query is a name or alias, ignoring case, accents and punctuation: "server sent events". */
    EXACT,
    /** A name or alias starts with the query: "idempotency k". */
    PREFIX,
    /** Every query word starts, or shares a stem with, a word of one name or alias: "rate lim". */
    ALL_WORDS,
    /** A name or alias matches once typos are allowed for: "idempotncy", "idmepotency". */
    FUZZY,
    /** Query words were found in the definition, example, tags or category. */
    FULL_TEXT
}
