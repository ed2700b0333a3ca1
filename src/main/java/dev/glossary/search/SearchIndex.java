package dev.glossary.search;

import dev.glossary.deck.Deck;
import dev.glossary.deck.Term;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Ranked, typo-tolerant search over one deck.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(deck);                   // once per deck; then share it
 * List<SearchHit> hits = index.search("idempotncy", 10);          // still finds "Idempotency"
 * List<SearchHit> easy = index.search("cache", 10, term -> term.level() == Level.BEGINNER);
 * if (hits.isEmpty()) {
 *     List<Term> didYouMean = index.suggest("kafak", 3);
 * }
 * }</pre>
 *
 * <p>Hits come in the tiers of {@link MatchKind}, best first: the exact name or an alias; names that start
 * with the query; names holding every query word (as a word, word prefix or stem); names that match once a
 * typo or two is allowed for; then definitions, examples and tags that use the query's words. Case, accents
 * and punctuation never matter. Within a tier, better scores come first, and equal scores by name.
 *
 * <p>The index is immutable and safe to share between threads. Building it takes one pass over the names and
 * one over the text, for a large deck in parallel where a second core is free. A query reads the postings of its
 * own words and of the name words within a typo or two of them; it never scans the definitions.
 */
public final class SearchIndex {
    private static final ToIntFunction<String> NO_TYPOS = word -> 0;
    /** A suggestion from the start of a word shares at least this much, and three fifths of the word. */
    private static final int MIN_SHARED_START = 5;

    /** "GLIX", then the layout's version: a change to what the index holds must change it. */
    private static final int MAGIC = 0x474C4958;
    private static final int FORMAT = 1;

    private final List<Term> terms;
    private final NameIndex names;
    private final WordIndex words;
    private final FullTextIndex text;

    private SearchIndex(List<Term> terms, NameIndex names, WordIndex words, FullTextIndex text) {
        this.terms = terms;
        this.names = names;
        this.words = words;
        this.text = text;
    }

    public static SearchIndex build(Deck deck) {
        List<Term> terms = deck.terms();
        FullTextIndex.Parts text = new FullTextIndex.Parts(terms, FullTextIndex.Parts.CHUNK);
        if (terms.size() <= FullTextIndex.Parts.CHUNK) {
            // One chunk cannot be shared, only handed over: a thread of its own to take it (on two cores,
            // CompletableFuture starts one per task) costs more than the names it would run beside.
            NameTable table = NameTable.of(terms);
            return new SearchIndex(terms, NameIndex.build(table), WordIndex.build(table), text.merge(text.take()));
        }
        // The full text is the bigger half of the work: a second thread starts on it at once, and this one
        // joins in when the names are done, so on a machine with a spare core the halves share the time.
        CompletableFuture<FullTextIndex.Part> helped = CompletableFuture.supplyAsync(text::take);
        NameTable table = NameTable.of(terms);
        NameIndex names = NameIndex.build(table);
        WordIndex words = WordIndex.build(table);
        FullTextIndex.Part mine = text.take();
        try {
            return new SearchIndex(terms, names, words, text.merge(helped.join(), mine));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Writes the built index, so that {@link #read} can give it back for the same deck without building it:
     * the bundled deck's index is written so at build time. The caller owns the stream.
     */
    public void write(DataOutput stream) throws IOException {
        IndexData.Out out = new IndexData.Out(stream);
        out.integer(MAGIC);
        out.integer(FORMAT);
        out.integer(terms.size());
        out.integer(fingerprint(terms));
        names.write(out);
        words.write(out);
        text.write(out);
    }

    /**
     * The index {@link #write} wrote for this deck, from the buffer's position. An index written by another
     * version, or for a deck whose ids or names differ, is an {@link IllegalArgumentException}: build it
     * instead. Only the caller knows that the rest of the text is the same, so it reads back only an index
     * it wrote for this very deck.
     */
    public static SearchIndex read(Deck deck, ByteBuffer buffer) {
        IndexData.In in = new IndexData.In(buffer);
        if (in.integer() != MAGIC || in.integer() != FORMAT) {
            throw new IllegalArgumentException("not a search index of this version");
        }
        List<Term> terms = deck.terms();
        if (in.integer() != terms.size() || in.integer() != fingerprint(terms)) {
            throw new IllegalArgumentException("the search index of another deck");
        }
        SearchIndex index = new SearchIndex(terms, NameIndex.read(in), WordIndex.read(in), FullTextIndex.read(in));
        if (!in.atEnd()) {
            throw new IllegalArgumentException("data after the search index");
        }
        return index;
    }

    /**
     * The terms' ids and names, in their order, hashed: a check that the index is this deck's, not a proof
     * (hashing every definition would cost a cold start more than reading the index saves). That the index
     * was written from this very deck's text is the caller's to know, as for the bundled deck.
     */
    private static int fingerprint(List<Term> terms) {
        int h = 1;
        for (Term term : terms) {
            h = 31 * h + term.id().hashCode();
            h = 31 * h + term.name().hashCode();
            h = 31 * h + term.aliases().hashCode();
        }
        return h;
    }

    /** The best {@code limit} hits for {@code query}; none for a blank query. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, term -> true);
    }

    /** The best {@code limit} hits among the terms that pass {@code filter}, such as one level only. */
    public List<SearchHit> search(String query, int limit, Predicate<? super Term> filter) {
        Objects.requireNonNull(filter, "filter");
        QueryText q = QueryText.parse(query);
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        HitCollector hits = new HitCollector(terms, limit, filter);
        if (q.isEmpty()) {
            hits.collect(MatchKind.EXACT, new SymbolName(query.strip()));
        } else {
            QueryTiers tiers = new QueryTiers(q);
            for (MatchKind kind : MatchKind.values()) {
                hits.collect(kind, tiers);
            }
        }
        List<HitCollector.Ranked> ranked = hits.ranked();
        SearchHit[] found = new SearchHit[ranked.size()];
        for (int i = 0; i < found.length; i++) {
            HitCollector.Ranked hit = ranked.get(i);
            found[i] = new SearchHit(hit.term(), hit.score(), hit.kind(),
                    SnippetMaker.snippet(hit.term(), hit.kind(), q));
        }
        return List.of(found);
    }

    /**
     * Up to {@code limit} terms whose name or alias is nearest to {@code query} by edit distance, nearest first,
     * for "did you mean" when a search finds nothing or a name is not in the deck. More typos are allowed than
     * in a search, though never more than a third of the letters, so a suggestion is genuinely close ("café" is
     * not "core"); a query close to one word of a longer name counts too ("kafak" for "Apache Kafka"), and so
     * does a word that shares most of its start with a name's ("deserializr" for "Deserialization").
     */
    public List<Term> suggest(String query, int limit) {
        return suggest(query, limit, term -> true);
    }

    /** As {@link #suggest(String, int)}, among the terms that pass {@code filter}. */
    public List<Term> suggest(String query, int limit, Predicate<? super Term> filter) {
        Objects.requireNonNull(filter, "filter");
        QueryText q = QueryText.parse(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        HitCollector nearest = new HitCollector(terms, limit, filter);
        nearest.collect(MatchKind.FUZZY, (kind, sink) -> {
            names.nearest(q.compact(), suggestionEdits(q.compact().length()),
                    (variant, distance) -> sink.accept(names.term(variant), -distance));
            words.match(q.keywords(), word -> suggestionEdits(word.length()), (variant, quality, edits) -> {
                // Matching only some words of a longer name is one step further away than matching it whole.
                int missing = words.wordCount(variant) > q.keywords().size() ? 1 : 0;
                sink.accept(names.term(variant), -(edits + missing));
            });
            for (String word : q.keywords()) {
                int shared = Math.max(MIN_SHARED_START, (3 * word.length() + 4) / 5);
                if (word.length() > shared) {
                    // Further than any typo of the same letters: a name is a guess from the start alone.
                    words.sharingStart(word, shared, (variant, quality, unshared) ->
                            sink.accept(names.term(variant), -(unshared + 1)));
                }
            }
        });
        return nearest.ranked().stream().map(HitCollector.Ranked::term).toList();
    }

    /**
     * Names that match once typos are allowed for. A word the deck itself uses ("reconnection") is taken as
     * meant rather than as a typo of a name word ("connection"), and left to the full-text tier.
     */
    private void fuzzy(QueryText q, WordIndex.Lookups lookups, ScoreSink variants) {
        if (!anyTypo(q.keywords())) {
            return;
        }
        boolean[] wordsMatched = {false};
        words.match(q.keywords(), this::allowedEdits, lookups, (variant, quality, edits) -> {
            wordsMatched[0] = true;
            if (edits > 0) {
                variants.accept(variant, quality);
            }
        });
        // Whole names catch typos across word breaks: "nodjs" is one edit from "nodejs" but two from the word
        // "node". Long keys are the costliest to compare, so when a query of several words has matched word by
        // word, that is left out.
        if (q.keywords().size() == 1 || !wordsMatched[0]) {
            int maxEdits = EditDistance.allowedEdits(q.compact().length());
            names.nearest(q.compact(), maxEdits, (variant, distance) -> variants.accept(variant, 0.9 - 0.1 * distance));
        }
    }

    /** Which query words each term's names use, typos allowed for, for the full-text tier's ranking. */
    private NameWordHits nameWords(QueryText q, WordIndex.Lookups lookups) {
        NameWordHits hits = new NameWordHits(terms.size());
        words.wordsInNames(q.words(), this::allowedEdits, lookups, new VariantWords(hits));
        return hits;
    }

    private boolean anyTypo(List<String> queryWords) {
        for (String word : queryWords) {
            if (allowedEdits(word) > 0) {
                return true;
            }
        }
        return false;
    }

    private int allowedEdits(String word) {
        return text.contains(word) ? 0 : EditDistance.allowedEdits(word.length());
    }

    /** More than a search allows, but at most three and never more than a third of the letters. */
    private static int suggestionEdits(int length) {
        return Math.min(3, Math.max(EditDistance.allowedEdits(length), length / 3));
    }

    /** The tiers of one query, a case each. */
    private final class QueryTiers implements HitCollector.TierSearch {
        private final QueryText q;
        private final WordIndex.Lookups lookups = words.lookups();

        QueryTiers(QueryText q) {
            this.q = q;
        }

        @Override
        public void find(MatchKind kind, ScoreSink terms) {
            VariantTerms variants = new VariantTerms(terms);
            switch (kind) {
                case EXACT -> names.exact(q.compact(), variants);
                case PREFIX -> words.prefixed(q.compact(), variants);
                case ALL_WORDS -> words.match(q.keywords(), NO_TYPOS, lookups, variants);
                case FUZZY -> fuzzy(q, lookups, variants);
                case FULL_TEXT -> text.search(q.words(), nameWords(q, lookups), terms);
            }
        }
    }

    /**
     * A query of symbols only ({@code &&}, {@code ->}, {@code ?}) has no words for the index to look up, yet a
     * deck may name a term so: such a query finds the names and aliases written exactly so, by a pass over the
     * terms (a symbol query is rare, and the pass is a string comparison per name).
     */
    private final class SymbolName implements HitCollector.TierSearch {
        private final String query;

        SymbolName(String query) {
            this.query = query;
        }

        @Override
        public void find(MatchKind kind, ScoreSink sink) {
            for (int i = 0; i < terms.size(); i++) {
                for (String name : terms.get(i).names()) {
                    if (name.strip().equalsIgnoreCase(query)) {
                        sink.accept(i, 1.0);
                        break;
                    }
                }
            }
        }
    }

    /** Passes name variants on as their terms. */
    private final class VariantWords implements WordIndex.WordHits {
        private final NameWordHits hits;

        VariantWords(NameWordHits hits) {
            this.hits = hits;
        }

        @Override
        public void accept(int variant, int queryWord, boolean exact) {
            hits.add(names.term(variant), queryWord, exact);
        }
    }

    /** Passes name variants on as their terms, with scores weighted by the kind of variant. */
    private final class VariantTerms implements ScoreSink, WordIndex.Matches {
        private final ScoreSink terms;

        VariantTerms(ScoreSink terms) {
            this.terms = terms;
        }

        @Override
        public void accept(int variant, double score) {
            terms.accept(names.term(variant), names.weight(variant) * score);
        }

        @Override
        public void accept(int variant, double quality, int edits) {
            accept(variant, quality);
        }
    }
}
