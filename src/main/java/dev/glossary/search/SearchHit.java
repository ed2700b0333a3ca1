package dev.glossary.search;

import dev.glossary.deck.Term;

import java.util.Objects;

/**
 * One search result: the term, how it matched, and the bit of text to show for it.
 *
 * <pre>{@code
 * for (SearchHit hit : index.search("retries", 10)) {
 *     out.println(hit.term().name() + "  " + hit.snippet().text());
 * }
 * }</pre>
 *
 * @param score how well it matched within its {@code kind}; scores of different kinds are not comparable
 */
public record SearchHit(Term term, double score, MatchKind kind, Snippet snippet) {
    public SearchHit {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snippet, "snippet");
    }
}
